/**
 * The current task pane language as React context: `useI18n()` gives the strings and the switch.
 * The choice is kept in localStorage; the default is Vietnamese.
 */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { DEFAULT_LANGUAGE, STRINGS, type Language, type Strings } from './strings';

const STORAGE_KEY = 'tthc-report.language';

function isLanguage(value: unknown): value is Language {
  return value === 'vi' || value === 'en';
}

/** The language saved by the user's last switch, else Vietnamese. */
export function initialLanguage(): Language {
  try {
    const saved = globalThis.localStorage?.getItem(STORAGE_KEY);
    if (isLanguage(saved)) return saved;
  } catch {
    // storage can be unavailable (privacy settings); fall through
  }
  return DEFAULT_LANGUAGE;
}

interface I18nValue {
  language: Language;
  strings: Strings;
  setLanguage: (language: Language) => void;
}

const I18nContext = createContext<I18nValue>({
  language: DEFAULT_LANGUAGE,
  strings: STRINGS[DEFAULT_LANGUAGE],
  setLanguage: () => undefined,
});

export function I18nProvider(props: { initial?: Language; children: ReactNode }): JSX.Element {
  const [language, setLanguageState] = useState<Language>(props.initial ?? DEFAULT_LANGUAGE);
  const setLanguage = useCallback((next: Language) => {
    setLanguageState(next);
    try {
      globalThis.localStorage?.setItem(STORAGE_KEY, next);
    } catch {
      // not saved; the switch still works for this session
    }
    if (typeof document !== 'undefined') document.documentElement.lang = next;
  }, []);
  const value = useMemo(() => ({ language, strings: STRINGS[language], setLanguage }), [language, setLanguage]);
  return <I18nContext.Provider value={value}>{props.children}</I18nContext.Provider>;
}

/** The current language, its strings, and the switch. */
export function useI18n(): I18nValue {
  return useContext(I18nContext);
}

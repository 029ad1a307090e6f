import { Select, Subtitle1, makeStyles, tokens, useId } from '@fluentui/react-components';
import type { ChangeEvent } from 'react';
import { useI18n } from '../i18n';
import type { Language } from '../strings';

const useStyles = makeStyles({
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
  },
  title: {
    margin: 0,
  },
  language: {
    width: '112px',
  },
});

const LANGUAGES: Language[] = ['vi', 'en'];

/** Title and the language switch. */
export function AppHeader(): JSX.Element {
  const styles = useStyles();
  const { strings, language, setLanguage } = useI18n();
  const selectId = useId('language');
  const onChange = (event: ChangeEvent<HTMLSelectElement>): void => {
    const value = event.target.value;
    if (value === 'vi' || value === 'en') setLanguage(value);
  };
  return (
    <header className={styles.header}>
      <Subtitle1 as="h1" className={styles.title}>
        {strings.appTitle}
      </Subtitle1>
      <Select
        id={selectId}
        className={styles.language}
        size="small"
        value={language}
        onChange={onChange}
        aria-label={strings.languageLabel}
      >
        {LANGUAGES.map((lang) => (
          <option key={lang} value={lang} lang={lang}>
            {strings.languageNames[lang]}
          </option>
        ))}
      </Select>
    </header>
  );
}

/**
 * The task pane shell: Fluent provider, header with the language switch, environment notice,
 * tabs. Business logic stays out of here; panels live in ./tabs and are listed in ./tabs/index.ts.
 */
import {
  FluentProvider,
  Tab,
  TabList,
  makeStaticStyles,
  makeStyles,
  tokens,
  webLightTheme,
  type SelectTabData,
  type SelectTabEvent,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { AppHeader } from './components/AppHeader';
import { EnvironmentNotice } from './components/EnvironmentNotice';
import { I18nProvider, initialLanguage, useI18n } from './i18n';
import { detectOfficeEnvironment, type OfficeEnvironment } from './office';
import type { Language } from './strings';
import { TABS } from './tabs';

const useStaticStyles = makeStaticStyles({
  body: { margin: 0 },
});

const useStyles = makeStyles({
  provider: {
    minHeight: '100vh',
  },
  shell: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    paddingTop: tokens.spacingVerticalM,
    paddingBottom: tokens.spacingVerticalM,
    paddingLeft: tokens.spacingHorizontalM,
    paddingRight: tokens.spacingHorizontalM,
    maxWidth: '960px',
    marginLeft: 'auto',
    marginRight: 'auto',
    boxSizing: 'border-box',
  },
  tabList: {
    marginLeft: `calc(-1 * ${tokens.spacingHorizontalM})`,
    flexWrap: 'wrap',
  },
  panel: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
});

export interface AppProps {
  /** Finds out whether we run inside Excel; replaceable in tests. */
  detectEnvironment?: () => Promise<OfficeEnvironment>;
  language?: Language;
}

export function App(props: AppProps): JSX.Element {
  useStaticStyles();
  const styles = useStyles();
  return (
    <FluentProvider theme={webLightTheme} className={styles.provider}>
      <I18nProvider initial={props.language ?? initialLanguage()}>
        <Shell detectEnvironment={props.detectEnvironment ?? detectOfficeEnvironment} />
      </I18nProvider>
    </FluentProvider>
  );
}

function Shell(props: { detectEnvironment: () => Promise<OfficeEnvironment> }): JSX.Element {
  const styles = useStyles();
  const { strings, language } = useI18n();
  const [environment, setEnvironment] = useState<OfficeEnvironment>({ kind: 'loading' });
  const [selected, setSelected] = useState<string>(TABS[0].id);

  useEffect(() => {
    let live = true;
    void props.detectEnvironment().then((env) => {
      if (live) setEnvironment(env);
    });
    return () => {
      live = false;
    };
  }, [props.detectEnvironment]);

  useEffect(() => {
    document.title = strings.appTitle;
    document.documentElement.lang = language;
  }, [strings, language]);

  const onTabSelect = (_event: SelectTabEvent, data: SelectTabData): void => {
    setSelected(String(data.value));
  };
  const current = TABS.find((tab) => tab.id === selected) ?? TABS[0];

  return (
    <div className={styles.shell}>
      <AppHeader />
      <EnvironmentNotice environment={environment} />
      <TabList
        className={styles.tabList}
        selectedValue={current.id}
        onTabSelect={onTabSelect}
        aria-label={strings.tabsLabel}
      >
        {TABS.map((tab) => (
          <Tab key={tab.id} id={`tab-${tab.id}`} value={tab.id} aria-controls={`panel-${tab.id}`}>
            {tab.label(strings)}
          </Tab>
        ))}
      </TabList>
      <div
        className={styles.panel}
        role="tabpanel"
        id={`panel-${current.id}`}
        aria-labelledby={`tab-${current.id}`}
        tabIndex={0}
      >
        <current.Panel environment={environment} />
      </div>
    </div>
  );
}

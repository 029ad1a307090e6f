/**
 * The task pane shell: Fluent provider, header with the language switch, environment notice,
 * the workbook picker (preview mode only), tabs. Business logic stays out of here: the service
 * for the environment (./services) does the work; panels live in ./tabs (listed in
 * ./tabs/index.ts) and stay mounted while hidden, so switching tabs keeps their state.
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
import { useEffect, useMemo, useState } from 'react';
import { SAMPLE_PERIODS } from '../sample/sampleWorkbook';
import { AppHeader } from './components/AppHeader';
import { EnvironmentNotice } from './components/EnvironmentNotice';
import { WorkbookPicker } from './components/WorkbookPicker';
import { I18nProvider, initialLanguage, useI18n } from './i18n';
import { detectOfficeEnvironment, type OfficeEnvironment } from './office';
import { PaneProvider, usePane } from './pane';
import { createOfficeService } from './services/officeService';
import { defaultPeriodLabel, todayDay } from './services/periodInput';
import { createPreviewService } from './services/previewService';
import type { ReportService } from './services/types';
import type { Language } from './strings';
import { TABS } from './tabs';

const useStaticStyles = makeStaticStyles({
  body: { margin: 0 },
});

const useStyles = makeStyles({
  // On a wrapper, not on FluentProvider: Fluent copies the provider's classes to its portal
  // nodes (dropdown lists, dialogs), which must not cover the viewport.
  page: {
    minHeight: '100vh',
  },
  shell: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    paddingTop: tokens.spacingVerticalM,
    paddingBottom: tokens.spacingVerticalXXL,
    paddingLeft: tokens.spacingHorizontalM,
    paddingRight: tokens.spacingHorizontalM,
    maxWidth: '960px',
    marginLeft: 'auto',
    marginRight: 'auto',
    boxSizing: 'border-box',
  },
  // The pane's content under the header: the page's one main landmark.
  main: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    minWidth: 0,
  },
  tabList: {
    marginLeft: `calc(-1 * ${tokens.spacingHorizontalM})`,
    flexWrap: 'wrap',
  },
  panel: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    minWidth: 0,
  },
  hidden: {
    display: 'none',
  },
});

/** The service for where the pane runs: Office.js inside Excel, ExcelJS in the browser outside it. */
export function serviceFor(environment: OfficeEnvironment): ReportService | null {
  switch (environment.kind) {
    case 'office':
      return createOfficeService();
    case 'outside':
      return createPreviewService();
    case 'loading':
      return null;
  }
}

export interface AppProps {
  /** Finds out whether we run inside Excel; replaceable in tests. */
  detectEnvironment?: () => Promise<OfficeEnvironment>;
  /** Makes the service for the environment; replaceable in tests. */
  createService?: (environment: OfficeEnvironment) => ReportService | null;
  language?: Language;
}

export function App(props: AppProps): JSX.Element {
  useStaticStyles();
  const styles = useStyles();
  return (
    <FluentProvider theme={webLightTheme}>
      <div className={styles.page}>
        <I18nProvider initial={props.language ?? initialLanguage()}>
          <Shell detectEnvironment={props.detectEnvironment ?? detectOfficeEnvironment} createService={props.createService ?? serviceFor} />
        </I18nProvider>
      </div>
    </FluentProvider>
  );
}

function Shell(props: { detectEnvironment: () => Promise<OfficeEnvironment>; createService: (environment: OfficeEnvironment) => ReportService | null }): JSX.Element {
  const [environment, setEnvironment] = useState<OfficeEnvironment>({ kind: 'loading' });
  const { createService, detectEnvironment } = props;
  const service = useMemo(() => createService(environment), [createService, environment]);
  const initialPeriod = useMemo(() => ({ text: defaultPeriodLabel(todayDay()), calendar: false }), []);

  useEffect(() => {
    let live = true;
    void detectEnvironment().then((env) => {
      if (live) setEnvironment(env);
    });
    return () => {
      live = false;
    };
  }, [detectEnvironment]);

  return (
    <PaneProvider environment={environment} service={service} initialPeriod={initialPeriod}>
      <Tabs />
    </PaneProvider>
  );
}

function Tabs(): JSX.Element {
  const styles = useStyles();
  const { strings, language } = useI18n();
  const { environment, service, setPeriod } = usePane();
  const [selected, setSelected] = useState<string>(TABS[0].id);

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
      <main className={styles.main}>
        <EnvironmentNotice environment={environment} />
        {service?.mode === 'preview' && (
          <WorkbookPicker service={service} onOpened={(w) => {
              // The sample shows the seed's quarter; another workbook its latest closed quarter with dossiers.
              const text = w.isSample ? SAMPLE_PERIODS.quarterly : w.suggestedPeriod;
              if (text) setPeriod({ text, calendar: false });
            }} />
        )}
        <TabList className={styles.tabList} selectedValue={current.id} onTabSelect={onTabSelect} aria-label={strings.tabsLabel}>
          {TABS.map((tab) => (
            <Tab key={tab.id} id={`tab-${tab.id}`} value={tab.id} aria-controls={`panel-${tab.id}`}>
              {tab.label(strings)}
            </Tab>
          ))}
        </TabList>
        {TABS.map((tab) => (
          <div
            key={tab.id}
            className={tab.id === current.id ? styles.panel : styles.hidden}
            role="tabpanel"
            id={`panel-${tab.id}`}
            aria-labelledby={`tab-${tab.id}`}
            hidden={tab.id !== current.id}
            tabIndex={0}
          >
            <tab.Panel environment={environment} active={tab.id === current.id} />
          </div>
        ))}
      </main>
    </div>
  );
}

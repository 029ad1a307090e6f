import { Body1, Button, Caption1, MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import { IssueList } from '../components/IssueList';
import { Section } from '../components/Section';
import { SelfTestPanel } from '../components/SelfTestPanel';
import { useAction, useSelectIssue } from '../hooks';
import { useI18n } from '../i18n';
import { usePane } from '../pane';
import { formatCount } from '../services/format';
import { tallyIssues } from '../services/issues';
import type { DataCheck, SheetsResult } from '../services/types';
import type { TabPanelProps } from './types';

const useStyles = makeStyles({
  panel: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXL,
  },
  intro: {
    color: tokens.colorNeutralForeground2,
  },
  action: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    rowGap: tokens.spacingVerticalXS,
  },
  hint: {
    color: tokens.colorNeutralForeground2,
  },
});

type Message = { intent: 'success' | 'warning' | 'error' | 'info'; text: string };

/**
 * "Dữ liệu": prepare the workbook (Excel: create the input tables, insert the sample; preview:
 * download the sample) and check the data, each problem with its cell (click selects it in Excel);
 * in Excel, the compatibility check of the Office.js features the add-in uses.
 */
export function DataPanel(_props: TabPanelProps): JSX.Element {
  const styles = useStyles();
  const { strings, language } = useI18n();
  const { service, hasWorkbook, touch, workbook } = usePane();
  const t = strings.data;
  const [setupMessage, setSetupMessage] = useState<Message | null>(null);
  const [result, setResult] = useState<DataCheck | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    setResult(null);
    setNotice(null);
  }, [workbook]);

  const describe = (r: SheetsResult, refused: boolean): Message => {
    if (refused) return { intent: 'warning', text: t.sampleRefused(r.skipped.join(', ')) };
    const parts = [r.created.length ? t.created(r.created.join(', ')) : t.nothingCreated, r.skipped.length ? t.skipped(r.skipped.join(', ')) : ''];
    return { intent: r.created.length ? 'success' : 'info', text: parts.filter(Boolean).join(' ') };
  };

  const createTables = useAction(async () => {
    if (service?.mode !== 'office') return;
    setSetupMessage(null);
    const r = await service.createInputTables();
    setSetupMessage(describe(r, false));
    if (r.created.length) touch();
  });
  const insertSample = useAction(async () => {
    if (service?.mode !== 'office') return;
    setSetupMessage(null);
    const r = await service.insertSample();
    setSetupMessage(describe(r, r.created.length === 0 && r.skipped.length > 0));
    if (r.created.length) touch();
  });
  const downloadSample = useAction(async () => {
    if (service?.mode !== 'preview') return;
    await service.downloadSample();
  });
  const check = useAction(async () => {
    if (!service) return;
    setNotice(null);
    setResult(await service.checkData(language));
  });

  const selectIssue = useSelectIssue(service, setNotice);

  const setupError = createTables.error ?? insertSample.error ?? downloadSample.error;
  const counts = useMemo(() => (result ? tallyIssues(result.issues) : null), [result]);

  return (
    <div className={styles.panel}>
      <Body1 className={styles.intro}>{t.intro}</Body1>

      <Section title={t.setupTitle}>
        {service?.mode === 'office' && (
          <>
            <div className={styles.action}>
              <Button appearance="primary" disabled={createTables.busy || insertSample.busy} onClick={() => void createTables.run()}>
                {t.createTables}
              </Button>
              <Caption1 className={styles.hint}>{t.createTablesHint}</Caption1>
            </div>
            <div className={styles.action}>
              <Button disabled={createTables.busy || insertSample.busy} onClick={() => void insertSample.run()}>
                {t.insertSample}
              </Button>
              <Caption1 className={styles.hint}>{t.insertSampleHint}</Caption1>
            </div>
          </>
        )}
        {service?.mode === 'preview' && (
          <div className={styles.action}>
            <Button disabled={downloadSample.busy} onClick={() => void downloadSample.run()} data-testid="download-sample">
              {t.downloadSample}
            </Button>
            <Caption1 className={styles.hint}>{t.downloadSampleHint}</Caption1>
          </div>
        )}
        {(createTables.busy || insertSample.busy) && <Spinner size="tiny" labelPosition="after" label={strings.report.stages.writing} />}
        {setupMessage && (
          <MessageBar intent={setupMessage.intent} layout="multiline">
            <MessageBarBody>{setupMessage.text}</MessageBarBody>
          </MessageBar>
        )}
        {setupError && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>{setupError}</MessageBarBody>
          </MessageBar>
        )}
      </Section>

      <Section title={strings.issues.listLabel} testId="data-check">
        <div className={styles.action}>
          <Button appearance={service?.mode === 'office' ? 'secondary' : 'primary'} disabled={!hasWorkbook || check.busy} onClick={() => void check.run()}>
            {t.check}
          </Button>
          <Caption1 className={styles.hint}>{hasWorkbook ? t.checkHint : strings.noWorkbook}</Caption1>
        </div>
        {check.busy && <Spinner size="tiny" labelPosition="after" label={t.checking} />}
        {check.error && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>{check.error}</MessageBarBody>
          </MessageBar>
        )}
        {notice && (
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>{notice}</MessageBarBody>
          </MessageBar>
        )}
        {result && counts && (
          <>
            <MessageBar intent={counts.errors ? 'warning' : 'success'} layout="multiline" data-testid="check-summary">
              <MessageBarBody>
                {t.summary(formatCount(result.procedures, language), formatCount(result.dossiers, language))} {t.counts(counts.errors, counts.warnings, counts.errorGroups + counts.warningGroups)}{' '}
                {t.tablesFound(result.tables.map((x) => (x.sheet === x.name ? x.name : `${x.name} (${x.sheet})`)).join(', '))}
              </MessageBarBody>
            </MessageBar>
            {result.issues.length > 0 && <IssueList issues={result.issues} onSelect={selectIssue} />}
          </>
        )}
      </Section>

      {service?.mode === 'office' && <SelfTestPanel />}
    </div>
  );
}

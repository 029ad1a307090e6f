import { Body1, Button, Link, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useReducer, useState } from 'react';
import { UNIT_SHEET } from '../../core/units';
import { FilesPicker } from '../components/FilesPicker';
import { IssueList } from '../components/IssueList';
import { PeriodField } from '../components/PeriodField';
import { ReplaceDialog } from '../components/ReplaceDialog';
import { Section } from '../components/Section';
import { StageProgress } from '../components/StageProgress';
import { UnitsTable } from '../components/UnitsTable';
import { useAction } from '../hooks';
import { useI18n } from '../i18n';
import { errorText, usePane } from '../pane';
import { countIssues } from '../services/issues';
import { checkPeriod, periodDates } from '../services/periodInput';
import { consolidateReducer, INITIAL_CONSOLIDATE_STATE } from './consolidateState';
import type { TabPanelProps } from './types';

const useStyles = makeStyles({
  panel: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalL,
    minWidth: 0,
  },
  form: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    // Full width in a task pane; a readable column in a wide browser window (preview).
    maxWidth: '560px',
    minWidth: 0,
  },
  result: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    minWidth: 0,
  },
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
  note: {
    color: tokens.colorNeutralForeground2,
  },
  // Messages naming sheets and the preview page's address wrap instead of overflowing a narrow pane.
  message: {
    overflowWrap: 'anywhere',
  },
});

const quoted = (names: readonly string[]) => names.map((n) => `“${n}”`).join(', ');

/**
 * "Tổng hợp": the units' files (logs, II.06a or form 06 tables, DonVi, a ThongTin-only file),
 * the period, press Tổng hợp; then the units and the total, the issues (each naming its
 * `file › sheet`), and the report: downloaded as .xlsx and .docx in preview, written into the
 * open workbook in Excel (then its .docx). Data errors keep the report back until the user
 * chooses to go past them, as `tthc-report consolidate` wants `--force`.
 */
export function ConsolidatePanel(props: TabPanelProps): JSX.Element {
  const styles = useStyles();
  const { strings, language } = useI18n();
  const t = strings.consolidate;
  const { service, period } = usePane();
  const [state, dispatch] = useReducer(consolidateReducer, INITIAL_CONSOLIDATE_STATE);
  const [replaceAsk, setReplaceAsk] = useState<{ name: string; resolve: (replace: boolean) => void } | null>(null);
  const check = checkPeriod(period.text, period.calendar);
  const { phase, files } = state;

  // Another period chosen: the result shown was another period's.
  useEffect(() => {
    dispatch({ type: 'reset' });
  }, [period.text, period.calendar]);

  const consolidate = async (): Promise<void> => {
    if (!service || !check.ok || files.length === 0) return;
    dispatch({ type: 'start' });
    try {
      const outcome = await service.consolidate(files, check.period, language, { onProgress: (progress) => dispatch({ type: 'progress', progress }) });
      dispatch({ type: 'done', outcome });
    } catch (e) {
      dispatch({ type: 'failed', message: errorText(e) });
    }
  };

  const outcome = phase.kind === 'done' ? phase.outcome : null;

  const downloadXlsx = useAction(async () => {
    if (service?.mode !== 'preview' || !outcome) return;
    const fileName = await service.downloadConsolidatedWorkbook(outcome);
    dispatch({ type: 'notice', text: strings.report.downloaded(fileName) });
  });

  const downloadDocx = useAction(async () => {
    if (!service || !outcome) return;
    const saved = await service.downloadConsolidatedDocument(outcome);
    dispatch({ type: 'notice', text: saved.previewUrl ? strings.report.downloadedDocxInExcel(saved.fileName, saved.previewUrl) : strings.report.downloaded(saved.fileName) });
  });

  const write = useAction(async () => {
    if (service?.mode !== 'office' || !outcome) return;
    dispatch({ type: 'notice', text: null });
    const result = await service.writeConsolidated(outcome, {
      confirmReplace: (name) => new Promise<boolean>((resolve) => setReplaceAsk({ name, resolve })),
    });
    dispatch({ type: 'written', result });
  });

  const openSheet = (sheet: string): void => {
    if (service?.mode === 'office') service.showSheet(sheet).catch((e) => dispatch({ type: 'notice', text: errorText(e) }));
  };

  const running = phase.kind === 'running';
  const canRun = service !== null && check.ok && files.length > 0 && !running;
  const errors = outcome ? countIssues(outcome.consolidation.issues).errors : 0;
  const tally = outcome ? countIssues(outcome.issues) : { errors: 0, warnings: 0 };
  const dates = outcome ? periodDates(outcome.consolidation.period) : null;
  const failures = [downloadXlsx.error, downloadDocx.error, write.error].filter((e): e is string => e !== null);

  return (
    <div className={styles.panel}>
      <div className={styles.form}>
        <Body1 className={styles.note}>{t.intro}</Body1>
        <FilesPicker
          files={files}
          disabled={running}
          onAdd={(picked) => dispatch({ type: 'add', files: picked })}
          onRemove={(index) => dispatch({ type: 'remove', index })}
          onClear={() => dispatch({ type: 'clear' })}
        />
        {/* The pane's one period, as the Report tab's field: mounted only while this tab shows, so the page never has two of it. */}
        {props.active && <PeriodField />}
        <div className={styles.actions}>
          <Button appearance="primary" disabled={!canRun} onClick={() => void consolidate()} data-testid="consolidate-run">
            {t.run}
          </Button>
          {files.length === 0 && <Body1 className={styles.note}>{t.needFiles}</Body1>}
        </div>
      </div>

      {phase.kind === 'running' && <StageProgress progress={phase.progress} />}

      {phase.kind === 'failed' && (
        <MessageBar intent="error" layout="multiline" className={styles.message} data-testid="consolidate-failed">
          <MessageBarBody>
            <MessageBarTitle>{strings.errorTitle}</MessageBarTitle>
            {phase.message}
          </MessageBarBody>
        </MessageBar>
      )}

      {phase.kind === 'done' && outcome && dates && (
        <div className={styles.result}>
          {phase.accepted ? (
            <MessageBar intent="success" layout="multiline" data-testid="consolidate-done">
              <MessageBarBody>
                <MessageBarTitle>{t.doneTitle(outcome.consolidation.units.length, outcome.files.length)}</MessageBarTitle>
                {t.periodLine(outcome.consolidation.period.label ?? `${dates.from}–${dates.to}`, dates.from, dates.to)}
              </MessageBarBody>
            </MessageBar>
          ) : (
            <MessageBar intent="warning" layout="multiline" data-testid="consolidate-blocked">
              <MessageBarBody>
                <MessageBarTitle>{t.errorsTitle(errors)}</MessageBarTitle>
                {t.errorsBody}
              </MessageBarBody>
              <MessageBarActions>
                <Button onClick={() => dispatch({ type: 'accept' })}>{t.useAnyway}</Button>
              </MessageBarActions>
            </MessageBar>
          )}

          <UnitsTable consolidation={outcome.consolidation} files={outcome.files.length} />

          {phase.accepted && (
            <div className={styles.actions}>
              {service?.mode === 'preview' && (
                <>
                  <Button appearance="primary" disabled={downloadXlsx.busy} onClick={() => void downloadXlsx.run()} data-testid="consolidate-download-xlsx">
                    {t.downloadXlsx}
                  </Button>
                  <Button disabled={downloadDocx.busy} onClick={() => void downloadDocx.run()} data-testid="consolidate-download-docx">
                    {t.downloadDocx}
                  </Button>
                </>
              )}
              {service?.mode === 'office' && (
                <>
                  <Button appearance={phase.written ? 'secondary' : 'primary'} disabled={write.busy} onClick={() => void write.run()} data-testid="consolidate-write">
                    {write.busy ? t.writing : t.write}
                  </Button>
                  {phase.written && (
                    <Button disabled={downloadDocx.busy} onClick={() => void downloadDocx.run()} data-testid="consolidate-download-docx">
                      {t.downloadDocx}
                    </Button>
                  )}
                </>
              )}
            </div>
          )}

          {phase.written && (
            <MessageBar intent="success" layout="multiline" className={styles.message} data-testid="consolidate-written">
              <MessageBarBody>
                {t.written(quoted(phase.written.sheets))}
                {phase.written.replaced.length > 0 && ` ${t.replaced(quoted(phase.written.replaced))}`}
                {` ${phase.written.unitSheet ? t.unitSheetAdded(phase.written.unitSheet) : t.unitSheetKept(UNIT_SHEET)}`}
              </MessageBarBody>
              <MessageBarActions>
                <Link as="button" onClick={() => openSheet(phase.written!.sheets[0])} data-testid="consolidate-open-sheet">
                  {t.openSheet}
                </Link>
              </MessageBarActions>
            </MessageBar>
          )}

          {state.notice && (
            <MessageBar intent="info" layout="multiline" className={styles.message} data-testid="consolidate-notice">
              <MessageBarBody>{state.notice}</MessageBarBody>
            </MessageBar>
          )}
          {failures.map((message) => (
            <MessageBar key={message} intent="error" layout="multiline" className={styles.message} data-testid="consolidate-action-error">
              <MessageBarBody>{message}</MessageBarBody>
            </MessageBar>
          ))}

          {outcome.issues.length > 0 && (
            <Section title={t.issuesTitle(tally.errors, tally.warnings)}>
              <IssueList issues={outcome.issues} />
            </Section>
          )}
        </div>
      )}

      <ReplaceDialog
        sheetName={replaceAsk?.name ?? null}
        onAnswer={(replace) => {
          replaceAsk?.resolve(replace);
          setReplaceAsk(null);
        }}
      />
    </div>
  );
}

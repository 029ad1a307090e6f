import {
  Body1,
  Body1Strong,
  Button,
  Caption1,
  Dropdown,
  Field,
  Link,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Option,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useMemo, useRef, useState } from 'react';
import { EMPTY_AGENCY } from '../../core/inputs';
import type { AgencyInfo, Issue } from '../../core/types';
import { reports, type ReportId } from '../../templates';
import { AgencyInfoForm } from '../components/AgencyInfoForm';
import { HeadlineFigures } from '../components/HeadlineFigures';
import { IssueList } from '../components/IssueList';
import { PeriodField } from '../components/PeriodField';
import { ReplaceDialog } from '../components/ReplaceDialog';
import { ReportPreview } from '../components/ReportPreview';
import { Section } from '../components/Section';
import { StageProgress } from '../components/StageProgress';
import { useAction, useContentGap, useSelectIssue } from '../hooks';
import { useI18n } from '../i18n';
import { errorText, usePane } from '../pane';
import { cleanInfo } from '../services/infoSheet';
import { countIssues, tallyIssues } from '../services/issues';
import { checkPeriod } from '../services/periodInput';
import type { GenerateOutcome, Headline, MadeReport, Progress, SessionReport } from '../services/types';
import { emptyPeriodSpan } from '../services/periodDossiers';
import type { Strings } from '../strings';
import type { TabPanelProps } from './types';

const useStyles = makeStyles({
  panel: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalL,
  },
  form: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    // Full width in a task pane; a readable column in a wide browser window (preview).
    maxWidth: '560px',
  },
  dropdown: {
    minWidth: 0,
    width: '100%',
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
  // Messages that carry a long address (the preview page's URL) wrap it instead of overflowing a narrow pane.
  message: {
    overflowWrap: 'anywhere',
  },
  // The result or error summary the focus moves to after "Tạo báo cáo" (tabIndex -1).
  result: {
    scrollMarginTop: tokens.spacingVerticalM,
    ':focus-visible': {
      outlineWidth: tokens.strokeWidthThick,
      outlineStyle: 'solid',
      outlineColor: tokens.colorStrokeFocus2,
    },
  },
  sessionList: {
    listStyleType: 'none',
    marginTop: 0,
    marginBottom: 0,
    paddingLeft: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
  sessionItem: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    borderBottomWidth: tokens.strokeWidthThin,
    borderBottomStyle: 'solid',
    borderBottomColor: tokens.colorNeutralStroke2,
  },
  sessionText: {
    display: 'flex',
    flexDirection: 'column',
    minWidth: 0,
    overflowWrap: 'anywhere',
  },
  // Read by screen readers, not shown.
  visuallyHidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    marginTop: '-1px',
    marginLeft: '-1px',
    overflowX: 'hidden',
    overflowY: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
  },
});

type Phase =
  | { kind: 'idle' }
  | { kind: 'running'; progress: Progress }
  | { kind: 'blocked'; issues: Issue[]; headline: Headline }
  | { kind: 'done'; outcome: Extract<GenerateOutcome, { status: 'done' }>; despiteErrors: boolean }
  | { kind: 'failed'; message: string };

/**
 * What the status region says for a phase: the stage while running, then the result (the
 * success message's text, the blocked summary's title, the error). `tally` counts the shown issues.
 */
function statusOf(phase: Phase, strings: Strings, tally: { errors: number; errorGroups: number }): string {
  const t = strings.report;
  switch (phase.kind) {
    case 'idle':
      return '';
    case 'running':
      return t.stages[phase.progress.stage];
    case 'blocked':
      return t.blockedTitle(tally.errors, tally.errorGroups);
    case 'done':
      return [
        `${t.doneTitle}.`,
        t.doneIn(phase.outcome.sheetName),
        phase.outcome.replaced ? t.replacedNote(phase.outcome.replaced) : '',
        phase.despiteErrors ? t.madeDespiteErrors : '',
      ]
        .filter(Boolean)
        .join(' ');
    case 'failed':
      return `${strings.errorTitle}: ${phase.message}`;
  }
}

const blankInfo = (): AgencyInfo => ({ ...EMPTY_AGENCY, recipients: [] });

/**
 * "Báo cáo": choose the report and the period, check the agency details, press Tạo báo cáo.
 *
 * Data errors: the first press stops after computing and lists them (sheet, row, column); a
 * second press on "Vẫn tạo báo cáo" makes the report from the rows that could be read. Warnings
 * never stop it; they are listed with the result.
 *
 * After a press the focus moves to what came of it (the success message, the blocked summary or
 * the error), scrolled into view; a polite status region says the stages and the result.
 */
export function ReportPanel(props: TabPanelProps): JSX.Element {
  const styles = useStyles();
  const { strings, language } = useI18n();
  const { service, hasWorkbook, version, period, workbook, report: reportId, setReport: setReportId, dossiers } = usePane();
  const [info, setInfo] = useState<AgencyInfo>(blankInfo);
  const [infoDirty, setInfoDirty] = useState(false);
  const [infoStatus, setInfoStatus] = useState<{ intent: 'success' | 'info' | 'error'; text: string } | null>(null);
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [replaceAsk, setReplaceAsk] = useState<{ name: string; resolve: (replace: boolean) => void } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const previewRef = useRef<HTMLDivElement>(null);
  /** The result or error summary, focused when a press of "Tạo báo cáo" ends. */
  const resultRef = useRef<HTMLDivElement>(null);
  const focusResult = useRef(false);
  const check = checkPeriod(period.text, period.calendar);
  const gap = useContentGap(props.active, reportId, check.ok ? check.period : null);
  const emptySpan = useMemo(() => emptyPeriodSpan(dossiers, check.ok ? check.period : null), [dossiers, check]);
  /** Preview: the reports made since the workbook was opened (the download holds them all). */
  const [session, setSession] = useState<SessionReport[]>([]);

  // Agency details from ThongTin, whenever the workbook (or its data) changes.
  useEffect(() => {
    if (!service || !hasWorkbook) return;
    let live = true;
    service.loadInfo().then(
      (loaded) => {
        if (!live) return;
        setInfo(loaded ?? blankInfo());
        setInfoDirty(false);
        setInfoStatus(loaded ? null : { intent: 'info', text: strings.report.infoMissing });
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- strings only pick the note's language: not a reason to reload
  }, [service, hasWorkbook, version]);

  // Another workbook opened (preview): the old result no longer applies.
  useEffect(() => {
    setPhase({ kind: 'idle' });
    setNotice(null);
    setSession(service?.mode === 'preview' ? service.sessionReports() : []);
  }, [workbook, service]);

  const saveInfo = useAction(async () => {
    if (!service) return;
    try {
      await service.saveInfo(cleanInfo(info));
      setInfoStatus({ intent: 'success', text: service.mode === 'office' ? strings.report.infoSaved : strings.report.infoSavedPreview });
      // The form already shows what was saved; the next report reads it from ThongTin.
      setInfoDirty(false);
    } catch (e) {
      setInfoStatus({ intent: 'error', text: errorText(e) });
    }
  });

  const generate = async (allowErrors: boolean): Promise<void> => {
    if (!service || !check.ok) return;
    setNotice(null);
    download.clearError();
    downloadDocx.clearError();
    setPhase({ kind: 'running', progress: { stage: 'reading' } });
    focusResult.current = true;
    try {
      const outcome = await service.generate(
        { report: reportId, period: check.period, language, info: infoDirty ? cleanInfo(info) : undefined, allowErrors },
        {
          onProgress: (progress) => setPhase({ kind: 'running', progress }),
          confirmReplace: (name) => new Promise<boolean>((resolve) => setReplaceAsk({ name, resolve })),
        },
      );
      if (service.mode === 'preview') setSession(service.sessionReports());
      setPhase(
        outcome.status === 'blocked'
          ? { kind: 'blocked', issues: outcome.issues, headline: outcome.headline }
          : { kind: 'done', outcome, despiteErrors: countIssues(outcome.issues).errors > 0 },
      );
    } catch (e) {
      setPhase({ kind: 'failed', message: errorText(e) });
    }
  };

  const selectIssue = useSelectIssue(service, setNotice);
  const shownIssues = phase.kind === 'blocked' ? phase.issues : phase.kind === 'done' ? phase.outcome.issues : null;
  const tally = useMemo(() => tallyIssues(shownIssues ?? []), [shownIssues]);

  // The press has ended: the focus goes to its result, scrolled into view (the top of the pane
  // may hold the form, well above it at 320 px).
  useEffect(() => {
    if (!focusResult.current || phase.kind === 'running' || phase.kind === 'idle') return;
    focusResult.current = false;
    const element = resultRef.current;
    if (!element) return;
    element.focus({ preventScroll: true });
    element.scrollIntoView({ block: 'start' });
  }, [phase]);

  const openReport = (sheetName: string): void => {
    if (service?.mode === 'office') {
      service.showSheet(sheetName).catch((e) => setNotice(errorText(e)));
    } else {
      previewRef.current?.scrollIntoView({ behavior: 'smooth', block: 'start' });
      previewRef.current?.focus({ preventScroll: true });
    }
  };

  const download = useAction(async () => {
    if (service?.mode !== 'preview') return;
    const file = await service.downloadReport();
    setNotice(strings.report.downloaded(file));
  });

  const downloadDocx = useAction(async (made?: MadeReport) => {
    const report = made ?? (phase.kind === 'done' ? phase.outcome : null);
    if (!service || !report) return;
    const saved = await service.downloadDocument(report);
    setNotice(saved.previewUrl ? strings.report.downloadedDocxInExcel(saved.fileName, saved.previewUrl) : strings.report.downloaded(saved.fileName));
  });

  const running = phase.kind === 'running';
  const canGenerate = service !== null && hasWorkbook && check.ok && !running;
  const current = reports.find((r) => r.id === reportId) ?? reports[0];

  // After a report is made, under its buttons (what a download says belongs next to what was pressed).
  const noticeBar = notice && (
    <MessageBar intent="info" layout="multiline" className={styles.message} data-testid="report-notice">
      <MessageBarBody>{notice}</MessageBarBody>
    </MessageBar>
  );

  // Preview: every report of the session, the workbook download holding them all, a Word download each.
  const sessionList = service?.mode === 'preview' && session.length > 0 && (
    <Section title={strings.report.sessionTitle(session.length)} testId="session-reports">
      <Body1 className={styles.note}>{strings.report.sessionNote}</Body1>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={download.busy} onClick={() => void download.run()} data-testid="download-report">
          {strings.report.downloadAll(session.length)}
        </Button>
      </div>
      <ul className={styles.sessionList}>
        {session.map((r) => (
          <li key={r.sheetName} className={styles.sessionItem} data-testid="session-report">
            <div className={styles.sessionText}>
              <Body1Strong>{r.sheetName}</Body1Strong>
              <Caption1 className={styles.note}>{reports.find((x) => x.id === r.report)?.title(language) ?? r.report} · {r.period}</Caption1>
            </div>
            <Button
              size="small"
              disabled={downloadDocx.busy}
              aria-label={strings.report.sessionDocxName(r.sheetName)}
              onClick={() => void downloadDocx.run(r)}
              data-testid="session-docx"
            >
              {strings.report.sessionDocx}
            </Button>
          </li>
        ))}
      </ul>
    </Section>
  );

  return (
    <div className={styles.panel}>
      <div className={styles.form}>
        <Field label={strings.report.kind}>
          <Dropdown
            className={styles.dropdown}
            value={current.title(language)}
            selectedOptions={[reportId]}
            onOptionSelect={(_e, data) => data.optionValue && setReportId(data.optionValue as ReportId)}
            data-testid="report-kind"
          >
            {reports.map((r) => (
              <Option key={r.id} value={r.id}>
                {r.title(language)}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <PeriodField warning={emptySpan ? strings.period.noDossiers(emptySpan) : null} />
        <AgencyInfoForm
          info={info}
          onChange={(next) => {
            setInfo(next);
            setInfoDirty(true);
          }}
          onSave={() => void saveInfo.run()}
          saving={saveInfo.busy}
          status={infoStatus}
          disabled={!hasWorkbook}
        />
        {gap && (
          <Body1 className={gap.figures + gap.sections > 0 ? undefined : styles.note} data-testid="report-content-gap">
            {gap.figures + gap.sections > 0 ? strings.content.gapBeforeReport(gap.figures, gap.sections) : strings.content.noGapBeforeReport}
          </Body1>
        )}
        <div className={styles.actions}>
          <Button appearance="primary" disabled={!canGenerate} onClick={() => void generate(false)}>
            {strings.report.generate}
          </Button>
          {!hasWorkbook && service?.mode === 'preview' && <Body1 className={styles.note}>{strings.report.generateNeedsWorkbook}</Body1>}
        </div>
      </div>

      <div role="status" aria-live="polite" aria-atomic="true" className={styles.visuallyHidden} data-testid="report-status">
        {statusOf(phase, strings, tally)}
      </div>

      {phase.kind === 'running' && <StageProgress progress={phase.progress} />}

      {phase.kind === 'failed' && (
        <MessageBar intent="error" layout="multiline" ref={resultRef} tabIndex={-1} className={styles.result} data-testid="report-failed">
          <MessageBarBody>
            <MessageBarTitle>{strings.errorTitle}</MessageBarTitle>
            {phase.message}
          </MessageBarBody>
        </MessageBar>
      )}

      {phase.kind !== 'done' && sessionList}
      {phase.kind !== 'done' && noticeBar}

      {phase.kind === 'blocked' && (
        <Section testId="blocked">
          <MessageBar intent="warning" layout="multiline" ref={resultRef} tabIndex={-1} className={styles.result} data-testid="blocked-summary">
            <MessageBarBody>
              <MessageBarTitle>{strings.report.blockedTitle(tally.errors, tally.errorGroups)}</MessageBarTitle>
              {strings.report.blockedBody}
            </MessageBarBody>
          </MessageBar>
          <div className={styles.actions}>
            <Button appearance="primary" onClick={() => void generate(true)}>
              {strings.report.generateAnyway}
            </Button>
          </div>
          <IssueList issues={phase.issues} onSelect={selectIssue} />
        </Section>
      )}

      {phase.kind === 'done' && (
        <>
          <MessageBar intent="success" layout="multiline" ref={resultRef} tabIndex={-1} className={styles.result} data-testid="report-done">
            <MessageBarBody>
              <MessageBarTitle>{strings.report.doneTitle}</MessageBarTitle>
              {strings.report.doneIn(phase.outcome.sheetName)}
              {phase.outcome.replaced && ` ${strings.report.replacedNote(phase.outcome.replaced)}`}
              {phase.despiteErrors && ` ${strings.report.madeDespiteErrors}`}
            </MessageBarBody>
            <MessageBarActions>
              <Link as="button" onClick={() => openReport(phase.outcome.sheetName)} data-testid="open-report">
                {service?.mode === 'office' ? strings.report.openSheet : strings.report.showPreview}
              </Link>
            </MessageBarActions>
          </MessageBar>
          {service?.mode === 'office' && (
            <div className={styles.actions}>
              <Button disabled={downloadDocx.busy} onClick={() => void downloadDocx.run()} data-testid="download-docx">
                {strings.report.downloadDocx}
              </Button>
            </div>
          )}
          {sessionList}
          {noticeBar}
          {download.error && (
            <MessageBar intent="error" layout="multiline">
              <MessageBarBody>{download.error}</MessageBarBody>
            </MessageBar>
          )}
          {downloadDocx.error && (
            <MessageBar intent="error" layout="multiline" className={styles.message} data-testid="download-docx-error">
              <MessageBarBody>{downloadDocx.error}</MessageBarBody>
            </MessageBar>
          )}
          <HeadlineFigures headline={phase.outcome.headline} />
          {phase.outcome.issues.length > 0 && (
            <Section title={phase.despiteErrors ? strings.issues.listLabel : strings.issues.warningsTitle(phase.outcome.issues.length, tally.warningGroups)}>
              <IssueList issues={phase.outcome.issues} onSelect={selectIssue} />
            </Section>
          )}
          {service?.mode === 'preview' && (
            <Section title={strings.report.previewTitle}>
              <ReportPreview ref={previewRef} model={phase.outcome.model} />
            </Section>
          )}
        </>
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

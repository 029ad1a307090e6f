/**
 * What the tabs share: the service (Excel or preview), the workbook open in preview mode, a
 * data version that moves whenever the workbook's data may have changed, and the period and
 * report the user chose (the Report tab sets them, the other tabs follow). UI state only; the work
 * is in ./services.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { OfficeEnvironment } from './office';
import type { PeriodDossiers, PreviewWorkbook, ReportService } from './services/types';
import type { ReportId } from '../templates';

export interface PeriodState {
  /** What the period field holds (`2024-Q2`, `2024`, `01/01/2024-30/06/2024`). */
  text: string;
  /** Calendar months instead of the reporting cut-off. */
  calendar: boolean;
}

export interface PaneValue {
  environment: OfficeEnvironment;
  /** Null until the environment is known. */
  service: ReportService | null;
  /** Preview mode: the workbook the user opened, or null. */
  workbook: PreviewWorkbook | null;
  setWorkbook: (workbook: PreviewWorkbook) => void;
  /** True when there is data to read: inside Excel, or a workbook opened in preview. */
  hasWorkbook: boolean;
  /** Moves when the data may have changed (file opened, tables created, ThongTin saved). */
  version: number;
  touch: () => void;
  period: PeriodState;
  setPeriod: (change: Partial<PeriodState>) => void;
  /** The report chosen (the Report tab's list; the Figures and text tab follows it). */
  report: ReportId;
  setReport: (report: ReportId) => void;
  /** The log's dossier dates (for the empty-period warning), read when the data version moves; null until read. */
  dossiers: PeriodDossiers | null;
}

const PaneContext = createContext<PaneValue | null>(null);

export function PaneProvider(props: {
  environment: OfficeEnvironment;
  service: ReportService | null;
  initialPeriod: PeriodState;
  children: ReactNode;
}): JSX.Element {
  const [workbook, setWorkbookState] = useState<PreviewWorkbook | null>(null);
  const [version, setVersion] = useState(0);
  const [period, setPeriodState] = useState<PeriodState>(props.initialPeriod);
  const [report, setReport] = useState<ReportId>('quarterly');
  const touch = useCallback(() => setVersion((v) => v + 1), []);
  const setWorkbook = useCallback((w: PreviewWorkbook) => {
    setWorkbookState(w);
    setVersion((v) => v + 1);
  }, []);
  /** True once the user (or a workbook opened in preview) chose the period: a suggestion no longer overrides it. */
  const periodChosen = useRef(false);
  const setPeriod = useCallback((change: Partial<PeriodState>) => {
    periodChosen.current = true;
    setPeriodState((p) => ({ ...p, ...change }));
  }, []);
  const [dossiers, setDossiers] = useState<PeriodDossiers | null>(null);
  const { service, environment } = props;
  const hasWorkbook = service?.mode === 'office' || (service?.mode === 'preview' && workbook !== null);

  // The dossier dates, whenever the data may have changed. Inside Excel the period then defaults
  // to the latest closed quarter holding dossiers, unless the user has already set one.
  useEffect(() => {
    if (!service || !hasWorkbook) {
      setDossiers(null);
      return;
    }
    let live = true;
    service.periodDossiers().then(
      (read) => {
        if (!live) return;
        setDossiers(read);
        if (service.mode === 'office' && read.suggestedPeriod && !periodChosen.current) setPeriodState({ text: read.suggestedPeriod, calendar: false });
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [service, hasWorkbook, version]);
  const value = useMemo<PaneValue>(
    () => ({
      environment,
      service,
      workbook,
      setWorkbook,
      hasWorkbook,
      version,
      touch,
      period,
      setPeriod,
      report,
      setReport,
      dossiers,
    }),
    [environment, service, workbook, setWorkbook, hasWorkbook, version, touch, period, setPeriod, report, dossiers],
  );
  return <PaneContext.Provider value={value}>{props.children}</PaneContext.Provider>;
}

export function usePane(): PaneValue {
  const value = useContext(PaneContext);
  if (!value) throw new Error('usePane() outside <PaneProvider>');
  return value;
}

/** The message of an error, for a MessageBar (services throw messages meant for users). */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

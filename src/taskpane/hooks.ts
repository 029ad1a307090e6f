/** Small React helpers for calling the services: busy flag, error text, no state updates after unmount. */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Issue } from '../core/types';
import type { Period } from '../core/types';
import type { ReportId } from '../templates';
import { useI18n } from './i18n';
import { errorText, usePane } from './pane';
import { contentRequestKey } from './services/contentForm';
import { emptyContentCount, hasTypedContent } from './services/contentSheets';
import type { ReportService } from './services/types';

export interface Action<A extends unknown[]> {
  run: (...args: A) => Promise<void>;
  busy: boolean;
  error: string | null;
  clearError: () => void;
}

/** Wraps an async call: `busy` while it runs, `error` (its message) if it throws. */
export function useAction<A extends unknown[]>(work: (...args: A) => Promise<void>): Action<A> {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const live = useRef(true);
  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
    };
  }, []);
  const latest = useRef(work);
  latest.current = work;
  const run = useCallback(async (...args: A) => {
    setBusy(true);
    setError(null);
    try {
      await latest.current(...args);
    } catch (e) {
      if (live.current) setError(errorText(e));
    } finally {
      if (live.current) setBusy(false);
    }
  }, []);
  const clearError = useCallback(() => setError(null), []);
  return { run, busy, error, clearError };
}

/** The content width of an element (without padding), kept up to date as the pane is resized; null until measured. */
export function useElementWidth(element: HTMLElement | null): number | null {
  const [width, setWidth] = useState<number | null>(null);
  useEffect(() => {
    if (!element) return;
    const measure = (): void => {
      const style = getComputedStyle(element);
      setWidth(Math.max(0, element.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight)));
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);
  return width;
}

/**
 * In Excel, clicking an issue selects its cell; the notice says why when it cannot.
 * Undefined in preview mode, where there is no sheet to select.
 */
export function useSelectIssue(service: ReportService | null, setNotice: (text: string | null) => void): ((issue: Issue) => void) | undefined {
  const { strings } = useI18n();
  if (service?.mode !== 'office') return undefined;
  return (issue: Issue) => {
    service.selectIssue(issue).then(
      (found) => setNotice(found ? null : strings.issues.sheetMissing(issue.sheet)),
      (e) => setNotice(errorText(e)),
    );
  };
}

/**
 * How many figures and sections of the report are still empty for the period (what the report
 * will show as placeholders; optional ones left out); null while unknown, or when the report
 * has none to type. Read again whenever the tab is shown (they are typed on another tab).
 */
export function useContentGap(active: boolean, report: ReportId, period: Period | null): { figures: number; sections: number } | null {
  const { service, hasWorkbook, version } = usePane();
  const key = service && hasWorkbook && period && hasTypedContent(report) ? contentRequestKey(version, report, period) : null;
  const [gap, setGap] = useState<{ key: string; figures: number; sections: number } | null>(null);
  useEffect(() => {
    if (!active || !key || !service || !period) return;
    let live = true;
    service.loadContent(report, period).then(
      (content) => {
        if (live) setGap({ key, ...emptyContentCount(content) });
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` names the report, period and data version read
  }, [active, key, service]);
  return gap && gap.key === key ? { figures: gap.figures, sections: gap.sections } : null;
}

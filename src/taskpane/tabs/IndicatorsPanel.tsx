import { Body1, Button, MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { describePeriod } from '../../core/periods';
import { HeadlineFigures } from '../components/HeadlineFigures';
import { RateBars } from '../components/RateBars';
import { Section } from '../components/Section';
import { useAction } from '../hooks';
import { useI18n } from '../i18n';
import { usePane } from '../pane';
import { formatCount } from '../services/format';
import { countIssues } from '../services/issues';
import { checkPeriod, recentQuarters } from '../services/periodInput';
import type { IndicatorPoint } from '../services/types';
import type { TabPanelProps } from './types';

const useStyles = makeStyles({
  panel: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalL,
  },
  top: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
  note: {
    color: tokens.colorNeutralForeground2,
  },
  charts: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(260px, 1fr))',
    columnGap: tokens.spacingHorizontalXL,
    rowGap: tokens.spacingVerticalL,
  },
});

/** How many quarters the charts show. */
const QUARTERS = 4;

interface Computed {
  key: string;
  current: IndicatorPoint;
  quarters: IndicatorPoint[];
  errors: number;
}

/** "Chỉ số": the rates of the period chosen on the Report tab, and of the last four quarters as bars. */
export function IndicatorsPanel(props: TabPanelProps): JSX.Element {
  const styles = useStyles();
  const { strings, language } = useI18n();
  const { service, hasWorkbook, version, period } = usePane();
  const t = strings.indicators;
  const check = checkPeriod(period.text, period.calendar);
  const key = `${version}|${period.text}|${period.calendar}|${language}`;
  const [computed, setComputed] = useState<Computed | null>(null);
  const lastKey = useRef<string | null>(null);

  const compute = useAction(async () => {
    if (!service || !check.ok) return;
    const quarters = recentQuarters(check.period, QUARTERS, period.calendar);
    const { points, issues } = await service.indicators([check.period, ...quarters], language);
    setComputed({ key, current: points[0], quarters: points.slice(1), errors: countIssues(issues).errors });
  });

  const runCompute = compute.run;
  // Computed when the tab is shown and the workbook, period or language changed since.
  useEffect(() => {
    if (!props.active || !hasWorkbook || !check.ok || lastKey.current === key) return;
    lastKey.current = key;
    void runCompute();
  }, [props.active, hasWorkbook, check.ok, key, runCompute]);

  const shown = computed && computed.key === key ? computed : null;
  const label = (p: IndicatorPoint): string => describePeriod(p.period);
  const isCurrent = (p: IndicatorPoint): boolean => shown !== null && p.period.from === shown.current.period.from && p.period.to === shown.current.period.to;

  return (
    <div className={styles.panel}>
      <div className={styles.top}>
        <Body1 className={styles.note}>{check.ok ? t.intro(describePeriod(check.period)) : t.needPeriod}</Body1>
        <Button size="small" disabled={!hasWorkbook || !check.ok || compute.busy} onClick={() => void compute.run()}>
          {t.refresh}
        </Button>
      </div>
      {!hasWorkbook && <Body1>{strings.noWorkbook}</Body1>}
      {compute.busy && <Spinner size="tiny" labelPosition="after" label={t.computing} />}
      {compute.error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{compute.error}</MessageBarBody>
        </MessageBar>
      )}
      {shown && (
        <>
          {shown.errors > 0 && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>{t.withErrors(shown.errors)}</MessageBarBody>
            </MessageBar>
          )}
          <HeadlineFigures headline={shown.current} />
          <Body1 className={styles.note}>
            {t.countsLine(formatCount(shown.current.received, language), formatCount(shown.current.resolved, language))}
          </Body1>
          <Section title={t.lastQuarters}>
            <div className={styles.charts} data-testid="indicator-charts">
              <RateBars title={strings.figures.onTimeRate} bars={shown.quarters.map((p) => ({ label: label(p), value: p.onTimeRate, current: isCurrent(p) }))} />
              <RateBars title={strings.figures.onlineShare} bars={shown.quarters.map((p) => ({ label: label(p), value: p.onlineShare, current: isCurrent(p) }))} />
              <RateBars
                title={strings.figures.digitisationRate}
                bars={shown.quarters.map((p) => ({ label: label(p), value: p.digitisationRate, current: isCurrent(p) }))}
              />
            </div>
          </Section>
        </>
      )}
    </div>
  );
}

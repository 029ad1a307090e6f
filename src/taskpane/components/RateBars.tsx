import { Body1Strong, Caption1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useI18n } from '../i18n';
import { formatRate } from '../services/format';

const useStyles = makeStyles({
  figure: {
    margin: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
  },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
  },
  row: {
    display: 'grid',
    gridTemplateColumns: '6.5em 1fr 3.5em',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
  },
  track: {
    height: '12px',
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: tokens.colorNeutralBackground4,
    overflow: 'hidden',
  },
  bar: {
    height: '100%',
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: tokens.colorBrandBackground,
  },
  currentLabel: {
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
  },
  value: {
    textAlign: 'right',
    fontVariantNumeric: 'tabular-nums',
  },
  label: {
    color: tokens.colorNeutralForeground2,
    whiteSpace: 'nowrap',
  },
});

export interface RateBar {
  label: string;
  value: number | null;
  /** The period chosen on the Report tab: its label is bold. */
  current?: boolean;
}

/** A small horizontal bar chart of one rate over several periods (no chart library: div widths). */
export function RateBars(props: { title: string; bars: RateBar[]; testId?: string }): JSX.Element {
  const styles = useStyles();
  const { strings, language } = useI18n();
  return (
    <figure className={styles.figure} data-testid={props.testId}>
      <figcaption>
        <Body1Strong>{props.title}</Body1Strong>
      </figcaption>
      <ul className={styles.list} aria-label={strings.indicators.chartLabel(props.title)}>
        {props.bars.map((bar) => {
          const text = formatRate(bar.value, language);
          const width = bar.value === null ? 0 : Math.max(0, Math.min(1, bar.value)) * 100;
          return (
            <li key={bar.label} className={styles.row} aria-label={`${bar.label}: ${bar.value === null ? strings.figures.noDenominator : text}`}>
              <Caption1 className={mergeClasses(styles.label, bar.current && styles.currentLabel)} aria-hidden>
                {bar.label}
              </Caption1>
              <div className={styles.track} aria-hidden>
                <div className={styles.bar} style={{ width: `${width}%` }} />
              </div>
              <Caption1 className={styles.value} aria-hidden>
                {text}
              </Caption1>
            </li>
          );
        })}
      </ul>
    </figure>
  );
}

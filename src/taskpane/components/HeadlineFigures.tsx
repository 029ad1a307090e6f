import { Caption1, Subtitle2, Title3, makeStyles, tokens } from '@fluentui/react-components';
import { useI18n } from '../i18n';
import { formatCount, formatRate } from '../services/format';
import type { Headline } from '../services/types';

const useStyles = makeStyles({
  section: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(128px, 1fr))',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
    margin: 0,
  },
  tile: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    paddingLeft: tokens.spacingHorizontalM,
    paddingRight: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  value: {
    margin: 0,
  },
  label: {
    color: tokens.colorNeutralForeground2,
  },
  heading: {
    margin: 0,
  },
});

/** The four figures after a report: received, on-time rate, online share, digitisation rate. */
export function HeadlineFigures(props: { headline: Headline }): JSX.Element {
  const styles = useStyles();
  const { strings, language } = useI18n();
  const f = strings.figures;
  const h = props.headline;
  const items: { key: string; label: string; value: string; title?: string }[] = [
    { key: 'received', label: f.received, value: formatCount(h.received, language) },
    { key: 'onTimeRate', label: f.onTimeRate, value: formatRate(h.onTimeRate, language), title: h.onTimeRate === null ? f.noDenominator : undefined },
    { key: 'onlineShare', label: f.onlineShare, value: formatRate(h.onlineShare, language), title: h.onlineShare === null ? f.noDenominator : undefined },
    {
      key: 'digitisationRate',
      label: f.digitisationRate,
      value: formatRate(h.digitisationRate, language),
      title: h.digitisationRate === null ? f.noDenominator : undefined,
    },
  ];
  return (
    <section className={styles.section} aria-label={strings.report.headlineTitle}>
      <Subtitle2 as="h2" className={styles.heading}>
        {strings.report.headlineTitle}
      </Subtitle2>
      <dl className={styles.grid}>
        {items.map((item) => (
          <div key={item.key} className={styles.tile} data-testid={`figure-${item.key}`} title={item.title}>
            <dt>
              <Caption1 className={styles.label}>{item.label}</Caption1>
            </dt>
            <dd className={styles.value}>
              <Title3>{item.value}</Title3>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

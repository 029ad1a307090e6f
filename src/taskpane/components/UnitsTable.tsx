import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { ConsolidatedUnit, Consolidation } from '../../core/consolidation';
import { useI18n } from '../i18n';
import { formatCount, formatRate } from '../services/format';

const border = {
  borderBottomWidth: tokens.strokeWidthThin,
  borderBottomStyle: 'solid',
  borderBottomColor: tokens.colorNeutralStroke2,
} as const;

const useStyles = makeStyles({
  // The table keeps its columns readable and scrolls inside this box when the pane is narrower.
  scroller: {
    maxWidth: '100%',
    overflowX: 'auto',
    borderTopWidth: tokens.strokeWidthThin,
    borderBottomWidth: tokens.strokeWidthThin,
    borderLeftWidth: tokens.strokeWidthThin,
    borderRightWidth: tokens.strokeWidthThin,
    borderTopStyle: 'solid',
    borderBottomStyle: 'solid',
    borderLeftStyle: 'solid',
    borderRightStyle: 'solid',
    borderTopColor: tokens.colorNeutralStroke1,
    borderBottomColor: tokens.colorNeutralStroke1,
    borderLeftColor: tokens.colorNeutralStroke1,
    borderRightColor: tokens.colorNeutralStroke1,
    borderRadius: tokens.borderRadiusMedium,
    ':focus-visible': {
      outlineWidth: tokens.strokeWidthThick,
      outlineStyle: 'solid',
      outlineColor: tokens.colorStrokeFocus2,
    },
  },
  table: {
    width: '100%',
    borderCollapse: 'collapse',
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    '@media (min-width: 600px)': {
      fontSize: tokens.fontSizeBase300,
      lineHeight: tokens.lineHeightBase300,
    },
  },
  caption: {
    textAlign: 'left',
    fontWeight: tokens.fontWeightSemibold,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
  },
  head: {
    ...border,
    textAlign: 'left',
    verticalAlign: 'bottom',
    fontWeight: tokens.fontWeightSemibold,
    whiteSpace: 'nowrap',
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  cell: {
    ...border,
    verticalAlign: 'top',
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
  },
  unit: {
    textAlign: 'left',
    fontWeight: tokens.fontWeightRegular,
    minWidth: '120px',
  },
  // The unit's name stays in view while the figures scroll under it (a narrow pane).
  sticky: {
    position: 'sticky',
    left: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: `inset -1px 0 0 ${tokens.colorNeutralStroke2}`,
  },
  stickyHead: {
    backgroundColor: tokens.colorNeutralBackground3,
  },
  number: {
    textAlign: 'right',
    whiteSpace: 'nowrap',
    fontVariantNumeric: 'tabular-nums',
  },
  nowrap: {
    whiteSpace: 'nowrap',
  },
  source: {
    minWidth: '160px',
    maxWidth: '280px',
    overflowWrap: 'anywhere',
    color: tokens.colorNeutralForeground2,
  },
  total: {
    fontWeight: tokens.fontWeightSemibold,
    backgroundColor: tokens.colorNeutralBackground2,
  },
});

/** Where a unit's figures came from, as the CLI's JSON names it: `file › sheet!row`. */
export function sourceOf(unit: Pick<ConsolidatedUnit, 'sources'>): string {
  return unit.sources.map((s) => `${s.file} › ${s.sheet}${s.row === null ? '' : `!${s.row}`}`).join('; ');
}

/**
 * The consolidation's units, tỉnh then xã, each with its level, dossiers received and resolved,
 * on-time rate, online share and source; the total last. A wide table: it scrolls sideways
 * inside its own box (focusable, so the keyboard scrolls it too), never the pane.
 */
export function UnitsTable(props: { consolidation: Consolidation; files: number }): JSX.Element {
  const styles = useStyles();
  const { strings, language } = useI18n();
  const t = strings.consolidate;
  const c = props.consolidation;
  const n = (value: number | null) => (value === null ? '—' : formatCount(value, language));
  const level = (u: ConsolidatedUnit) => t.levels[u.level ?? 'unknown'];
  const cell = styles.cell;
  return (
    <div className={styles.scroller} role="region" aria-label={t.tableLabel} tabIndex={0} data-testid="consolidate-table">
      <table className={styles.table}>
        <caption className={styles.caption}>{t.tableLabel}</caption>
        <thead>
          <tr>
            <th scope="col" className={mergeClasses(styles.head, styles.sticky, styles.stickyHead)}>{t.columns.unit}</th>
            <th scope="col" className={styles.head}>{t.columns.level}</th>
            <th scope="col" className={mergeClasses(styles.head, styles.number)}>{t.columns.received}</th>
            <th scope="col" className={mergeClasses(styles.head, styles.number)}>{t.columns.resolved}</th>
            <th scope="col" className={mergeClasses(styles.head, styles.number)}>{t.columns.onTimeRate}</th>
            <th scope="col" className={mergeClasses(styles.head, styles.number)}>{t.columns.onlineShare}</th>
            <th scope="col" className={styles.head}>{t.columns.source}</th>
          </tr>
        </thead>
        <tbody>
          {c.units.map((u) => (
            <tr key={u.key} data-testid="consolidate-unit">
              <th scope="row" className={mergeClasses(cell, styles.unit, styles.sticky)}>{u.unit}</th>
              <td className={mergeClasses(cell, styles.nowrap)}>{level(u)}</td>
              <td className={mergeClasses(cell, styles.number)}>{n(u.counts.received)}</td>
              <td className={mergeClasses(cell, styles.number)}>{n(u.counts.resolved)}</td>
              <td className={mergeClasses(cell, styles.number)}>{formatRate(u.onTimeRate, language)}</td>
              <td className={mergeClasses(cell, styles.number)}>{formatRate(u.onlineShare, language)}</td>
              <td className={mergeClasses(cell, styles.source)}>{sourceOf(u)}</td>
            </tr>
          ))}
          {c.units.length === 0 && (
            <tr>
              <td className={cell} colSpan={7}>
                {t.noUnits}
              </td>
            </tr>
          )}
        </tbody>
        <tfoot>
          <tr className={styles.total} data-testid="consolidate-total">
            <th scope="row" className={mergeClasses(cell, styles.unit, styles.sticky, styles.total)}>{t.total}</th>
            <td className={cell} />
            <td className={mergeClasses(cell, styles.number)}>{n(c.total.received)}</td>
            <td className={mergeClasses(cell, styles.number)}>{n(c.total.resolved)}</td>
            <td className={mergeClasses(cell, styles.number)}>{formatRate(c.onTimeRate, language)}</td>
            <td className={mergeClasses(cell, styles.number)}>{formatRate(c.onlineShare, language)}</td>
            <td className={mergeClasses(cell, styles.source)}>{t.fromFiles(props.files)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

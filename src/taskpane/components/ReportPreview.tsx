import { Caption1, makeStyles, mergeClasses, tokens, useId } from '@fluentui/react-components';
import { forwardRef, useCallback, useMemo, useState, type CSSProperties } from 'react';
import type { Language } from '../../core/types';
import type { CellStyle, SheetModel } from '../../templates/sheetModel';
import { useI18n } from '../i18n';
import { useElementWidth } from '../hooks';
import { fitColumns, minColumnPixels, previewGrid, type PreviewCell } from '../services/sheetPreview';

type Side = 'Top' | 'Bottom' | 'Left' | 'Right';
/** One side of a cell border, in longhand properties (Griffel's rule). */
const side = (which: Side, width: string) => ({
  [`border${which}Width`]: width,
  [`border${which}Style`]: 'solid',
  [`border${which}Color`]: tokens.colorNeutralForeground1,
});

const useStyles = makeStyles({
  frame: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    minWidth: 0,
  },
  scrollHint: {
    color: tokens.colorNeutralForeground2,
  },
  paper: {
    overflowX: 'auto',
    backgroundColor: tokens.colorNeutralBackground1,
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
    boxShadow: tokens.shadow4,
    paddingTop: tokens.spacingVerticalL,
    paddingBottom: tokens.spacingVerticalL,
    paddingLeft: tokens.spacingHorizontalM,
    paddingRight: tokens.spacingHorizontalM,
    ':focus-visible': {
      outlineWidth: tokens.strokeWidthThick,
      outlineStyle: 'solid',
      outlineColor: tokens.colorStrokeFocus2,
    },
  },
  // A table wider than the box: a shadow at each edge that has more to scroll to (the white
  // covers scroll with the content, the shadows stay with the box; the classic CSS scroll shadows).
  scrolls: {
    backgroundImage: [
      `linear-gradient(to right, ${tokens.colorNeutralBackground1} 30%, transparent)`,
      `linear-gradient(to left, ${tokens.colorNeutralBackground1} 30%, transparent)`,
      `radial-gradient(farthest-side at 0 50%, ${tokens.colorNeutralShadowKeyDarker}, transparent)`,
      `radial-gradient(farthest-side at 100% 50%, ${tokens.colorNeutralShadowKeyDarker}, transparent)`,
    ].join(', '),
    backgroundPosition: 'left center, right center, left center, right center',
    backgroundRepeat: 'no-repeat',
    backgroundSize: '40px 100%, 40px 100%, 14px 100%, 14px 100%',
    backgroundAttachment: 'local, local, scroll, scroll',
  },
  table: {
    tableLayout: 'fixed',
    borderCollapse: 'collapse',
    fontFamily: '"Times New Roman", "Liberation Serif", Times, serif',
    fontSize: '12px',
    lineHeight: 1.35,
    color: tokens.colorNeutralForeground1,
    '@media (min-width: 600px)': {
      fontSize: '14px',
    },
  },
  cell: {
    paddingTop: '1px',
    paddingBottom: '1px',
    paddingLeft: '3px',
    paddingRight: '3px',
    verticalAlign: 'bottom',
    overflowWrap: 'anywhere',
    whiteSpace: 'pre-wrap',
  },
  empty: { height: '0.9em' },
  nowrap: { whiteSpace: 'pre', overflowX: 'visible' },
  bold: { fontWeight: 'bold' },
  italic: { fontStyle: 'italic' },
  underline: { textDecorationLine: 'underline' },
  left: { textAlign: 'left' },
  center: { textAlign: 'center' },
  right: { textAlign: 'right' },
  justify: { textAlign: 'justify' },
  top: { verticalAlign: 'top' },
  middle: { verticalAlign: 'middle' },
  bottomAlign: { verticalAlign: 'bottom' },
  topThin: side('Top', '1px'),
  topMedium: side('Top', '2px'),
  bottomThin: side('Bottom', '1px'),
  bottomMedium: side('Bottom', '2px'),
  leftThin: side('Left', '1px'),
  leftMedium: side('Left', '2px'),
  rightThin: side('Right', '1px'),
  rightMedium: side('Right', '2px'),
});

type Styles = ReturnType<typeof useStyles>;

function cellClass(styles: Styles, cell: PreviewCell): string {
  const s: CellStyle = cell.style;
  const b = s.border ?? {};
  return mergeClasses(
    styles.cell,
    cell.text === '' && styles.empty,
    s.wrap === false && cell.colSpan === 1 && styles.nowrap,
    s.bold && styles.bold,
    s.italic && styles.italic,
    s.underline && styles.underline,
    s.horizontal && styles[s.horizontal],
    s.vertical === 'top' && styles.top,
    s.vertical === 'middle' && styles.middle,
    s.vertical === 'bottom' && styles.bottomAlign,
    b.top && (b.top === 'medium' ? styles.topMedium : styles.topThin),
    b.bottom && (b.bottom === 'medium' ? styles.bottomMedium : styles.bottomThin),
    b.left && (b.left === 'medium' ? styles.leftMedium : styles.leftThin),
    b.right && (b.right === 'medium' ? styles.rightMedium : styles.rightThin),
  );
}

/** What CellStyle carries that a class cannot: relative font size, colours from the model. */
function cellInline(style: CellStyle, baseSize: number): CSSProperties | undefined {
  const css: CSSProperties = {};
  if (style.fontSize && style.fontSize !== baseSize) css.fontSize = `${Math.round((style.fontSize / baseSize) * 100) / 100}em`;
  if (style.color && /^[0-9A-Fa-f]{6}$/.test(style.color)) css.color = `#${style.color}`;
  if (style.fill && /^[0-9A-Fa-f]{6}$/.test(style.fill)) css.backgroundColor = `#${style.fill}`;
  return Object.keys(css).length > 0 ? css : undefined;
}

export interface ReportPreviewProps {
  model: SheetModel;
  language?: Language;
}

/**
 * A report's sheet model drawn as an HTML table: merges as colSpan/rowSpan, bold, italic,
 * underline, alignment, borders and font sizes from each cell's style, column widths in
 * proportion. Narrow panes scroll the page sideways inside this box, a labelled region in the
 * tab order (keyboard users scroll it with the arrow keys); when it scrolls, a line over it says
 * so (the region's description) and its edges show a shadow where there is more.
 */
export const ReportPreview = forwardRef<HTMLDivElement, ReportPreviewProps>(function ReportPreview(props, ref) {
  const styles = useStyles();
  const { strings, language } = useI18n();
  const grid = useMemo(() => previewGrid(props.model, props.language ?? language), [props.model, props.language, language]);
  const mins = useMemo(() => minColumnPixels(grid), [grid]);
  const [box, setBox] = useState<HTMLDivElement | null>(null);
  const width = useElementWidth(box);
  const columns = useMemo(() => fitColumns(grid.columnWidths, mins, width ?? 0), [grid, mins, width]);
  const total = columns.reduce((a, b) => a + b, 0);
  const scrolls = width !== null && Math.round(total) > width + 1;
  const hintId = useId('preview-scroll-hint');
  // The forwarded ref (to scroll to the preview) and our own (to measure it) on one element.
  const setRefs = useCallback(
    (element: HTMLDivElement | null) => {
      setBox(element);
      if (typeof ref === 'function') ref(element);
      else if (ref) ref.current = element;
    },
    [ref],
  );
  return (
    <div className={styles.frame}>
      {scrolls && (
        <Caption1 id={hintId} className={styles.scrollHint} data-testid="report-preview-scroll-hint">
          {strings.report.previewScrollHint}
        </Caption1>
      )}
      <div
        ref={setRefs}
        className={mergeClasses(styles.paper, scrolls && styles.scrolls)}
        role="region"
        aria-label={strings.report.previewRegion(grid.name)}
        aria-describedby={scrolls ? hintId : undefined}
        tabIndex={0}
        data-testid="report-preview"
      >
        {/* Fixed layout at the fitted widths; wider than the box only when the minimums do not fit (it scrolls). */}
        <table className={styles.table} style={{ width: `${Math.round(total)}px` }}>
          <colgroup>
            {columns.map((px, i) => (
              <col key={i} style={{ width: `${px}px` }} />
            ))}
          </colgroup>
          <tbody>
            {grid.rows.map((row) => (
              <tr key={row.row}>
                {row.cells.map((cell) => (
                  <td
                    key={cell.col}
                    colSpan={cell.colSpan > 1 ? cell.colSpan : undefined}
                    rowSpan={cell.rowSpan > 1 ? cell.rowSpan : undefined}
                    className={cellClass(styles, cell)}
                    style={cellInline(cell.style, grid.baseFontSize)}
                  >
                    {cell.text}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
});

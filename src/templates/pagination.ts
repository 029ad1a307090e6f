/**
 * Where the printed pages of a report sheet start. Rows are laid out at their set heights, as
 * the spreadsheet app lays them out (a row is never split across pages), with these rules:
 *
 * - a heading (a row kept with the next) never ends a page: it goes over with the first row of
 *   what follows it;
 * - the closing block (the kept-together range that ends the sheet: last paragraph, "Nơi
 *   nhận", signature) is never split when it fits on a page;
 * - a block kept together that does not fit the rest of a page moves to the next page only
 *   when the page it leaves is at least half full (`MIN_PAGE_FILL`); on a page less full it is
 *   split instead, at the last row that fits and leaves no heading at the foot (so a heading
 *   before a kept table stays with the table's first row rather than the whole table moving).
 *   The two rules above come first: where no such split exists (a heading and its first row,
 *   the closing block), the block moves whole even from a page under half full. Long paragraphs
 *   are cut into rows of at most `PARAGRAPH_ROW_PT` (`layout.ts`, `splitForRows`), so a heading
 *   and first row moved over leave at most about a quarter of a page empty.
 *
 * Too tall for any page, a block is split at the last such row that fits.
 *
 * The plan is then written as a manual break at every page start, not only where a rule
 * moved a block: each page holds at most the printable height less `PAGE_SAFETY_PT`, so the
 * app never breaks a page by itself and prints the pages as planned. Breaks only where the
 * rules need them would be right only if the app filled every other page exactly as
 * estimated: a page the app fills a row more or less (its own rounding, a header it makes
 * room for, a fit-to-width scale under 100% when the workbook's font is missing) shifts every
 * later page, and a planned break then lands a row or two after the app's own, leaving a
 * page nearly empty. With a break at every start a smaller scale only leaves each page a
 * little emptier. A sheet of more pages than Excel takes manual breaks (`MAX_MANUAL_BREAKS`)
 * gets only the breaks the rules need, planned against the full page.
 */

import type { PageSetupModel } from './sheetModel';

/** Height Excel gives a row that has none set, in points. */
export const DEFAULT_ROW_PT = 15;
/** A planned page holds this much less than the printable height, against rounding in the apps. */
export const PAGE_SAFETY_PT = 10;
/** A break ends a page early only when the page is at least this full (share of the printable height). */
export const MIN_PAGE_FILL = 0.5;
/**
 * The tallest row a long paragraph is cut into, in points: about a quarter of a portrait page
 * (728 pt between 20 mm margins), so a paragraph row that does not fit at a page foot leaves
 * the page at least three quarters full. A 409-point row (Excel's tallest) is over half a page:
 * one that does not fit at a page foot can leave the page more than half empty.
 */
export const PARAGRAPH_ROW_PT = 180;
/** Manual page breaks Excel keeps on one sheet ("Excel specifications and limits": 1,026 horizontal). */
export const MAX_MANUAL_BREAKS = 1026;

/** Height of an A4 page between its top and bottom margins, in points. */
export function printableHeightPt(page: PageSetupModel): number {
  const heightMm = page.orientation === 'portrait' ? 297 : 210;
  return ((heightMm - page.margins.top - page.margins.bottom) * 72) / 25.4;
}

export interface KeepRules {
  /** Rows that must print on the same page as the row after them (headings). */
  withNext: ReadonlySet<number>;
  /** Row ranges that must not be split across pages (the closing block). */
  together: ReadonlyArray<[number, number]>;
}

/** A planned page start, and whether a keep rule put it there (rather than a full page). */
interface PageStart {
  row: number;
  kept: boolean;
}

/**
 * Rows that start a printed page (a manual break above each), laid out by the rules above: every
 * page start, or only those the rules need when there are more pages than Excel takes breaks.
 * A report of one page gets none.
 */
export function pageBreaks(rowHeights: Record<number, number>, lastRow: number, page: PageSetupModel, keep: KeepRules): number[] {
  const room = printableHeightPt(page) - PAGE_SAFETY_PT;
  const every = planPages(rowHeights, lastRow, page, keep, room);
  if (every.length <= MAX_MANUAL_BREAKS) return every.map((s) => s.row);
  // The app breaks the pages between these itself, when they are full.
  const kept = planPages(rowHeights, lastRow, page, keep, printableHeightPt(page)).filter((s) => s.kept);
  return kept.slice(0, MAX_MANUAL_BREAKS).map((s) => s.row);
}

/**
 * The page starts after the first. `capacity` is what a page holds before the next row starts
 * another (the app's own break); blocks are kept to `printable height − PAGE_SAFETY_PT`.
 */
function planPages(rowHeights: Record<number, number>, lastRow: number, page: PageSetupModel, keep: KeepRules, capacity: number): PageStart[] {
  const full = printableHeightPt(page);
  const room = full - PAGE_SAFETY_PT;
  const height = (row: number): number => rowHeights[row] ?? DEFAULT_ROW_PT;
  // prefix[r]: rows 1..r; rows a..b take prefix[b] - prefix[a - 1].
  const prefix = new Float64Array(lastRow + 1);
  for (let r = 1; r <= lastRow; r += 1) prefix[r] = prefix[r - 1] + height(r);
  const span = (from: number, to: number): number => prefix[to] - prefix[from - 1];

  const titles = /^(\d+):(\d+)$/.exec(page.printTitleRows ?? '');
  const titleRows = titles ? [Number(titles[1]), Math.min(Number(titles[2]), lastRow)] : null;
  const titleHeight = titleRows && titleRows[0] <= titleRows[1] ? span(titleRows[0], titleRows[1]) : 0;
  // Title rows repeat at the top of each page after the one they first print on.
  const fresh = (row: number): number => (titleRows && row > titleRows[1] ? titleHeight : 0);

  // Longest kept-together range starting at each row; the rows inside the closing block (a kept
  // range ending the sheet) when it fits a page, which no break may go above.
  const togetherEnd = new Map<number, number>();
  const closingStarts = new Set<number>();
  const inClosing = new Uint8Array(lastRow + 2);
  for (const [from, rawTo] of keep.together) {
    const to = Math.min(rawTo, lastRow);
    if (from < 1 || to <= from) continue;
    togetherEnd.set(from, Math.max(togetherEnd.get(from) ?? from, to));
    if (to === lastRow && fresh(from) + span(from, to) <= room) {
      closingStarts.add(from);
      for (let r = from + 1; r <= to; r += 1) inClosing[r] = 1;
    }
  }
  const headed = (row: number): boolean => keep.withNext.has(row) && row < lastRow;

  /** The block starting at `row`: headings with what follows them, kept ranges whole; and whether the closing block is in it. */
  const blockAt = (row: number): { end: number; closing: boolean } => {
    let end = row;
    let closing = false;
    for (let r = row; r <= end; r += 1) {
      if (headed(r)) end = Math.max(end, r + 1);
      const to = togetherEnd.get(r);
      if (to !== undefined) end = Math.max(end, to);
      closing ||= closingStarts.has(r);
    }
    return { end, closing };
  };

  /**
   * The last row `s` in `from + 1`..`to` a page may start at, with rows `from`..`s − 1` fitting
   * in `space`: the row above it no heading, and not inside the closing block; or null.
   */
  const splitAt = (from: number, to: number, space: number): number | null => {
    for (let s = to; s > from; s -= 1) {
      if (span(from, s - 1) > space) continue;
      if (!headed(s - 1) && !inClosing[s]) return s;
    }
    return null;
  };

  const starts: PageStart[] = [];
  let used = 0;
  let decidedUntil = 0;
  let splitBefore = 0;
  const start = (row: number, kept: boolean): void => {
    starts.push({ row, kept });
    used = fresh(row);
  };
  for (let row = 1; row <= lastRow; row += 1) {
    const base = fresh(row);
    if (row === splitBefore) {
      start(row, true);
    } else if (row > decidedUntil && used > base) {
      const { end, closing } = blockAt(row);
      const block = span(row, end);
      if (end > row && used + block > room) {
        const fitsAPage = base + block <= room;
        if (fitsAPage && (closing || used >= MIN_PAGE_FILL * full)) {
          start(row, true);
        } else {
          const split = splitAt(row, end, room - used);
          if (split !== null) {
            // The rows above the split end this page; the split is a break of its own, since the
            // app might fit the row after it too and break later, under a heading.
            decidedUntil = split - 1;
            splitBefore = split;
          } else if (fitsAPage) {
            start(row, true); // a heading and its first row: never a heading at the foot, however empty the page
          }
          // Else: too tall for any page and no clean split: the app splits it where it must.
        }
      }
    }
    if (used > base && used + height(row) > capacity) start(row, false);
    used += height(row);
  }
  return starts;
}

/**
 * Where the printed pages start (templates/pagination.ts): each rule on small row-height
 * fixtures, a property over random reports, then every report's own plan: no page but the last
 * under half full, no heading at a page foot, the closing block on one page.
 */
import fc from 'fast-check';
import { computeIndicators } from '../../src/core/indicators';
import { parseInputs } from '../../src/core/inputs';
import { periodFromLabel } from '../../src/core/periods';
import { renderReport, reports } from '../../src/templates';
import type { ReportId } from '../../src/templates';
import { pageBreaks as reExported } from '../../src/templates/layout';
import { MAX_MANUAL_BREAKS, MIN_PAGE_FILL, PAGE_SAFETY_PT, PARAGRAPH_ROW_PT, pageBreaks, printableHeightPt } from '../../src/templates/pagination';
import type { KeepRules } from '../../src/templates/pagination';
import { renderScore766 } from '../../src/templates/score766';
import type { PageSetupModel, SheetModel } from '../../src/templates/sheetModel';
import { score766Sheets } from '../core/score766Workbook';
import type { IndicatorResult } from '../../src/core/types';
import { QUARTERLY_NARRATIVES, day, digitisationContext, quarterlyContext, quarterlyResult } from '../helpers/indicatorFixture';
import { cellText } from './modelText';

/** A portrait page whose printable height is `full` points (a hair over, against rounding): a planned page then holds `full − 10`. */
function page(full: number, printTitleRows?: string): PageSetupModel {
  const margin = (297 - ((full + 1e-9) * 25.4) / 72) / 2;
  const setup: PageSetupModel = {
    paperSize: 'A4',
    orientation: 'portrait',
    margins: { top: margin, bottom: margin, left: 30, right: 15, header: 10, footer: 10 },
    fitToWidth: true,
    printArea: 'A1:A99',
  };
  if (printTitleRows) setup.printTitleRows = printTitleRows;
  return setup;
}

/** Row heights by row, from a list (row 1 first). */
const heights = (list: number[]): Record<number, number> => Object.fromEntries(list.map((h, i) => [i + 1, h]));

const keep = (withNext: number[] = [], together: Array<[number, number]> = []): KeepRules => ({ withNext: new Set(withNext), together });

/** Fixtures' page: 210 pt printable, so 200 pt planned per page and half full at 105 pt. */
const FULL = 210;
const PAGE = page(FULL);
const breaks = (list: number[], rules: KeepRules = keep(), setup: PageSetupModel = PAGE) => pageBreaks(heights(list), list.length, setup, rules);

describe('page breaks: each rule', () => {
  test('the fixtures’ page holds 210 points, 200 planned, half full at 105', () => {
    expect(printableHeightPt(PAGE)).toBeCloseTo(FULL, 6);
    expect(PAGE_SAFETY_PT).toBe(10);
    expect(MIN_PAGE_FILL).toBe(0.5);
    // A4 portrait between 20 mm margins.
    expect(printableHeightPt({ ...PAGE, margins: { ...PAGE.margins, top: 20, bottom: 20 } })).toBeCloseTo(728.5, 1);
  });

  test('layout.ts re-exports the same function', () => {
    expect(reExported).toBe(pageBreaks);
  });

  test('a report that fits one page gets no break', () => {
    expect(breaks([30, 30, 30, 30, 30, 30])).toEqual([]);
  });

  test('every page start is a break, each page planned to hold at most the printable height less the safety margin', () => {
    // 4 × 50 = 200 fits; a fifth row would make 250.
    expect(breaks(Array<number>(10).fill(50))).toEqual([5, 9]);
    // 205 would fit the app's 210-point page, not the planned 200: the row goes over.
    expect(breaks([100, 100, 5, 100])).toEqual([3]);
  });

  test('a heading never ends a page: it moves over with the first row of what follows', () => {
    // Without the rule row 4 ends page 1 (50 + 50 + 50 + 20 = 170) and row 5 starts page 2.
    expect(breaks([50, 50, 50, 20, 50])).toEqual([5]);
    expect(breaks([50, 50, 50, 20, 50], keep([4]))).toEqual([4]);
  });

  test('a heading moves over with only the first row of what follows, not the whole section', () => {
    // Heading 4, then three 50-point rows: the page breaks above the heading, and the section's
    // other rows follow on the next page as room allows.
    expect(breaks([50, 50, 50, 20, 50, 50, 50], keep([4]))).toEqual([4]);
    // Where heading and first row fit (120 + 20 + 50 = 190), the heading stays and the section goes on over the page.
    expect(breaks([40, 40, 40, 20, 50, 50, 50, 50], keep([4]))).toEqual([6]);
  });

  test('a chain of headings (a part and its first section) moves over whole', () => {
    expect(breaks([50, 50, 50, 15, 15, 40], keep([4, 5]))).toEqual([4]);
  });

  test('the closing block (kept together, ending the sheet) moves over whole when it does not fit the rest of the page', () => {
    // Without the rule the app would print rows 4–5 on page 1 and row 6 (the signer's name) alone on page 2.
    expect(breaks([50, 50, 50, 20, 20, 20])).toEqual([6]);
    expect(breaks([50, 50, 50, 20, 20, 20], keep([], [[4, 6]]))).toEqual([4]);
  });

  test('the closing block moves over whole even from a page under half full: it is never split when it fits a page', () => {
    // Page 1 keeps 60 points (29%): the closing block (160) goes over whole.
    expect(breaks([60, 40, 40, 40, 40], keep([], [[2, 5]]))).toEqual([2]);
  });

  test('a heading and its first row move over even from a page under half full: no heading is left at the foot', () => {
    // 90 points (43%) on page 1; heading 20 + first row 100 do not fit the 110 left.
    expect(breaks([90, 20, 100], keep([2]))).toEqual([2]);
  });

  test('a page under half full is not ended early: a kept table splits instead, its heading with its first rows', () => {
    // Page 1: 60 points (29%); heading 2 and a table kept together (rows 3–8, 6 × 30), text after.
    const list = [60, 20, 30, 30, 30, 30, 30, 30, 20];
    const rules = keep([2], [[3, 8]]);
    // 60 + heading + four table rows = 200: the table's last two rows go over.
    expect(breaks(list, rules)).toEqual([7]);
    // The same table after a page over half full (120 points, 57%) moves over whole (and fills page 2).
    expect(breaks([120, ...list.slice(1)], rules)).toEqual([2, 9]);
  });

  test('a block too tall for any page splits at the last row that fits, never under a heading', () => {
    // Rows 2–12 kept together (330 points, more than a page), row 4 a heading inside it.
    const list = [100, ...Array<number>(11).fill(30), 10];
    // Rows 2–4 would fit the 100 points left, but row 4 is a heading: the page ends after row 3.
    expect(breaks(list, keep([4], [[2, 12]]))).toEqual([4, 10]);
    expect(breaks(list, keep([], [[2, 12]]))).toEqual([5, 11]);
  });

  test('title rows (a table header) repeat on every page after the first and take its room', () => {
    // Rows 1–2 (40 points) print at the top of every page: page 1 holds 4 rows of 40, the others 4.
    const list = [20, 20, ...Array<number>(12).fill(40)];
    expect(breaks(list, keep(), page(FULL, '1:2'))).toEqual([7, 11]);
    expect(breaks(list)).toEqual([7, 12]);
  });

  test('more pages than Excel keeps manual breaks: only the breaks the rules need, the app breaking the rest', () => {
    const list = Array<number>(3_000).fill(100);
    expect(breaks(list)).toEqual([]);
    // A heading at row 2 moves over with row 3: the one break a rule needs.
    expect(breaks(list, keep([2]))).toEqual([2]);
    // 1,027 pages: 1,026 starts, every one a break again.
    expect(breaks(list.slice(0, 2 * (MAX_MANUAL_BREAKS + 1)))).toHaveLength(MAX_MANUAL_BREAKS);
  });
});

/** The pages of a plan: each page's first and last row and height. */
function pagesOf(rowHeights: Record<number, number>, lastRow: number, starts: number[]): Array<{ first: number; last: number; height: number }> {
  const bounds = [1, ...starts, lastRow + 1];
  return bounds.slice(0, -1).map((first, i) => {
    const last = bounds[i + 1] - 1;
    let height = 0;
    for (let r = first; r <= last; r++) height += rowHeights[r] ?? 15;
    return { first, last, height };
  });
}

describe('page breaks on random reports (A4 portrait)', () => {
  const A4: PageSetupModel = { ...PAGE, margins: { ...PAGE.margins, top: 20, bottom: 20 } };
  const full = printableHeightPt(A4);

  /** A report as the templates build one: headings (20 pt) each before a paragraph row (15–180 pt), other rows, a closing block at the end. */
  const report = fc.record({
    rows: fc.array(fc.record({ height: fc.integer({ min: 15, max: PARAGRAPH_ROW_PT }), heading: fc.boolean() }), { minLength: 1, maxLength: 120 }),
    // "Nơi nhận", recipients and signature rows, after the last paragraph row.
    closing: fc.array(fc.integer({ min: 15, max: 30 }), { minLength: 3, maxLength: 5 }),
  });

  test('every page holds at most its planned height; none but the last under half full; no heading at a foot; the closing block on one page', () => {
    fc.assert(
      fc.property(report, ({ rows, closing }) => {
        const list: number[] = [];
        const withNext: number[] = [];
        for (const row of rows) {
          if (row.heading) {
            list.push(20);
            withNext.push(list.length);
          }
          list.push(row.height);
        }
        const closingFrom = list.length;
        list.push(...closing);
        const rowHeights = heights(list);
        const starts = pageBreaks(rowHeights, list.length, A4, keep(withNext, [[closingFrom, list.length]]));
        const pages = pagesOf(rowHeights, list.length, starts);
        for (const p of pages) expect(p.height).toBeLessThanOrEqual(full - PAGE_SAFETY_PT);
        for (const p of pages.slice(0, -1)) expect(p.height).toBeGreaterThanOrEqual(MIN_PAGE_FILL * full);
        for (const start of starts) expect(withNext).not.toContain(start - 1);
        for (const start of starts) expect(start <= closingFrom || start > list.length).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

/** The 2026 test workbook's dossiers through the 766 report (two tables over several pages). */
function score766FromDossiers(): SheetModel {
  const inputs = parseInputs(score766Sheets());
  const period = periodFromLabel('2026-Q3')!;
  return renderScore766({ ...quarterlyContext(), result: computeIndicators(inputs, period), inputs, issueDate: day(2026, 10, 5) }, 'Điểm 766 2026-Q3');
}

/** Seed 000's catalogue and dossiers in 2026-Q3 (Nghị định 118/2025), every procedure provincial. */
function q3Result2026(): IndicatorResult {
  const result = quarterlyResult();
  result.period = { from: day(2026, 6, 15), to: day(2026, 9, 14), label: '2026-Q3' };
  result.procedures = result.procedures.map((p) => ({ ...p, level: 'province', boundaryFree: true }));
  return result;
}

/** A paragraph of about `length` characters in sentences of 100–200 characters. */
function longParagraph(length: number): string {
  const sentences: string[] = [];
  for (let i = 1, total = 0; total < length; i++) {
    const sentence = `Câu thứ ${i}: Sở đã tiếp nhận, giải quyết hồ sơ thủ tục hành chính ${'đúng quy trình, công khai, minh bạch '.repeat(1 + (i % 4))}trong kỳ báo cáo.`;
    sentences.push(sentence);
    total += sentence.length + 1;
  }
  return sentences.join(' ');
}

const MODELS: Array<[string, () => SheetModel]> = [
  ...reports.map((r): [string, () => SheetModel] => [r.id, () => renderReport(r.id as ReportId, r.id === 'digitisation' ? digitisationContext() : quarterlyContext())]),
  ['quarterly with a 10,000-character narrative', () => renderReport('quarterly', quarterlyContext({ narratives: { ...QUARTERLY_NARRATIVES, 'I.5': [longParagraph(10_000)] } }))],
  ['quarterly for 2026-Q3 without NoiDung', () => renderReport('quarterly', quarterlyContext({ result: q3Result2026(), narratives: {}, issueDate: day(2026, 9, 15) }))],
  ['score766 from the 2026 dossiers', score766FromDossiers],
];

describe.each(MODELS)('the page plan of %s', (_name, render) => {
  const model = render();
  let lastRow = 0;
  for (const c of model.cells) lastRow = Math.max(lastRow, c.row);
  const starts = model.page.pageBreaks ?? [];
  const pages = pagesOf(model.rowHeights, lastRow, starts);
  const full = printableHeightPt(model.page);
  const pageOf = (row: number) => pages.findIndex((p) => p.first <= row && row <= p.last);

  test('numbers its pages from page 2', () => {
    expect(model.page.pageNumbers).toBe('fromSecondPage');
  });

  test('every page within its planned height, none but the last under half full', () => {
    for (const p of pages) expect([p.first, p.height <= full - PAGE_SAFETY_PT]).toEqual([p.first, true]);
    for (const p of pages.slice(0, -1)) expect([p.first, Math.round((p.height / full) * 100) >= 50]).toEqual([p.first, true]);
  });

  test('no bold heading line (a part or section heading) at the foot of a page', () => {
    const headingRows = new Set(
      model.cells.filter((c) => c.col === 1 && c.style?.bold && !c.style.border && model.merges.some((m) => m.top === c.row && m.left === 1 && m.right === model.columnWidths.length)).map((c) => c.row),
    );
    for (const start of starts) expect([start - 1, headingRows.has(start - 1)]).toEqual([start - 1, false]);
  });

  test('the closing block on one page: the signer’s name with what precedes it', () => {
    const nameRow = model.cells.filter((c) => c.style?.bold && ['Nguyễn Thái Bình', 'Lê Văn Minh'].includes(cellText(c).trim())).map((c) => c.row).pop();
    expect(nameRow).toBeDefined();
    // "Nơi nhận:" in the portrait reports; the place and date over the signature under the landscape tables.
    const recipients = model.cells.find((c) => cellText(c).trim() === 'Nơi nhận:')?.row;
    const dated = model.cells.filter((c) => c.row < nameRow! && c.style?.italic && /, ngày \d+ tháng \d+ năm \d+/.test(cellText(c))).map((c) => c.row).pop();
    const top = recipients ?? dated;
    expect(top).toBeDefined();
    expect(pageOf(top!)).toBe(pageOf(nameRow!));
  });
});

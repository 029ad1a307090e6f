/**
 * The QĐ 766 estimate as a report: the six groups and their indicators with formula, inputs,
 * maximum and points; the total out of the computable maximum; then the dossiers that cost
 * points. Layout only: the scoring, its period and its rules are `core/score766.ts`.
 *
 * With the workbook's dossiers (`Score766Context.inputs`) the estimate follows the portal
 * dossier by dossier over the calendar period; with only the period's counts it is an
 * approximation over the period as given, and the sheet says so.
 */

import { evaluate766, evaluate766FromCounts } from '../core/score766';
import type { IndicatorScore766, GroupScore766, Score766Result, Score766Source } from '../core/score766';
import type { Score766Settings } from '../core/score766Model';
import { warningsOf, type ReportContext, type ReportModel } from './context';
import type { Issue } from '../core/types';
import {
  DEFAULT_FONT, closingBlock, documentHeader, documentTitle, pageSetup, paragraph,
  portraitBuilder, recipientLine,
} from './frame';
import { count, formatDate, nameInSentence, percent, points } from './format';
import type { SheetBuilder, TableMark } from './layout';
import type { CellStyle, SheetModel } from './sheetModel';

/** What the 766 report reads beyond every report's context. */
export interface Score766Context extends Omit<ReportContext, 'inputs'> {
  /** The parsed workbook (`Inputs` serves): with it the estimate is the portal's, dossier by dossier, over calendar months. */
  inputs?: Score766Source;
  /** The unconfirmed settings (defaults otherwise). */
  score766Settings?: Partial<Score766Settings>;
}

/** The estimate the report prints (and the task pane's go-to-cell list): from the dossiers when the context has them. */
export function score766For(ctx: Score766Context): Score766Result {
  const options = { settings: ctx.score766Settings };
  return ctx.inputs ? evaluate766(ctx.inputs, ctx.result.period, options) : evaluate766FromCounts(ctx.result, ctx.figures, options);
}

/** Table columns on the 16-column portrait grid: [first, last]. */
const COL = {
  number: [1, 1],
  name: [2, 5],
  formula: [6, 9],
  inputs: [10, 12],
  max: [13, 14],
  points: [15, 16],
} as const;

/** The table of dossiers that cost points. */
const LOST_COL = {
  number: [1, 2],
  id: [3, 6],
  place: [7, 9],
  reason: [10, 16],
} as const;

const TABLE_SIZE = 11;
const BOX: CellStyle = {
  fontSize: TABLE_SIZE,
  wrap: true,
  vertical: 'middle',
  border: { top: 'thin', bottom: 'thin', left: 'thin', right: 'thin' },
};
const HEAD: CellStyle = { ...BOX, bold: true, horizontal: 'center' };
const CENTERED: CellStyle = { horizontal: 'center' };

const NOT_COMPUTED = 'Chưa tính được';
const ESTIMATE = 'ước tính; điểm chính thức trên Cổng DVCQG';

type Cell = { value: string | number; style?: CellStyle };

/**
 * The two tables print their own header again at the top of each page they continue on (one
 * sheet has one set of print titles, and the tables differ). `repeatBefore` names the body rows
 * (`score:7`, `lost:3`) that start a page, found by laying the sheet out once more (`layout`).
 */
interface Tables {
  repeatBefore: ReadonlySet<string>;
  /** Body rows by worksheet row: which table and which of its rows. */
  bodyRows: Map<number, string>;
  headerRows: Set<number>;
}

/** Starts body row `key` of a table, with the table's header above it where a page starts there. */
function bodyRow(b: SheetBuilder, tables: Tables, key: string, header: () => void): void {
  if (tables.repeatBefore.has(key)) {
    tables.headerRows.add(b.row);
    b.keepWithNext(b.row);
    header();
  }
  tables.bodyRows.set(b.row, key);
}

function tableRow<K extends string>(b: SheetBuilder, columns: Record<K, readonly [number, number]>, row: Record<K, Cell>, base: CellStyle): void {
  const at = b.row;
  for (const key of Object.keys(columns) as K[]) {
    const [from, to] = columns[key];
    b.put(at, from, to, row[key].value, { ...base, ...row[key].style });
  }
  b.row += 1;
}

function conversionText(s: IndicatorScore766): string {
  const { maxPoints, pointsWhenEmpty, unconfirmed, id } = s.indicator;
  if (id.startsWith('3′')) return '';
  const max = points(maxPoints);
  const at = s.fullPointsAt;
  let text = at >= 1 ? `Điểm = tỷ lệ × ${max}` : `Đạt từ ${percent(at)}: ${max} điểm; dưới ${percent(at)}: tỷ lệ × ${max} / ${percent(at)}`;
  if (pointsWhenEmpty === 0) text += '; mẫu số bằng 0: 0 điểm';
  if (unconfirmed) text += ' (quy đổi chưa được xác nhận: theo thiết lập mặc định)';
  return `. ${text}`;
}

function inputsText(s: IndicatorScore766): string {
  if (s.status === 'not computable') return `${NOT_COMPUTED}: cần ${s.needs ?? 'dữ liệu ngoài sổ theo dõi hồ sơ'}`;
  const fraction = `${count(s.numerator!)}/${count(s.denominator!)}`;
  if (s.status === 'nothing to rate') return `${fraction}: ${NOT_COMPUTED}, kỳ không có hồ sơ ở mẫu số`;
  if (!(s.denominator! > 0)) return `${fraction}: mẫu số bằng 0`;
  const factor = s.factor ? ` × ${count(s.factor.numerator)}/${count(s.factor.denominator)} (tỷ lệ đồng bộ)` : '';
  return `${fraction}${factor} = ${percent(s.rate!)}`;
}

function indicatorRow(b: SheetBuilder, s: IndicatorScore766): void {
  const scored = s.status === 'scored';
  tableRow(
    b,
    COL,
    {
      number: { value: s.indicator.id, style: CENTERED },
      name: { value: s.indicator.name },
      formula: { value: `${s.formula}${conversionText(s)}` },
      inputs: { value: inputsText(s), style: scored ? CENTERED : { italic: true } },
      max: { value: s.indicator.maxPoints, style: CENTERED },
      points: { value: scored ? s.points! : NOT_COMPUTED, style: { ...CENTERED, italic: !scored } },
    },
    BOX,
  );
}

function groupStatus(g: GroupScore766): string {
  if (g.points === null) return `${NOT_COMPUTED}: thiếu dữ liệu`;
  if (g.computableMax < g.group.maxPoints) return `Tính được ${points(g.computableMax)}/${points(g.group.maxPoints)} điểm`;
  return '';
}

function groupRow(b: SheetBuilder, g: GroupScore766): void {
  const at = b.row;
  const style: CellStyle = { ...BOX, bold: true };
  b.put(at, COL.number[0], COL.number[1], g.group.number, { ...style, ...CENTERED });
  b.put(at, COL.name[0], COL.formula[1], g.group.id === 'payment' ? `${g.group.name} (tổng nhóm không quá ${g.group.maxPoints} điểm)` : g.group.name, style);
  b.put(at, COL.inputs[0], COL.inputs[1], groupStatus(g), { ...style, bold: false, italic: true, ...CENTERED });
  b.put(at, COL.max[0], COL.max[1], g.group.maxPoints, { ...style, ...CENTERED });
  b.put(at, COL.points[0], COL.points[1], g.points ?? NOT_COMPUTED, { ...style, ...CENTERED, italic: g.points === null });
  b.keepWithNext(at);
  b.row += 1;
}

function scoreHeader(b: SheetBuilder): void {
  tableRow(
    b,
    COL,
    {
      number: { value: 'STT' },
      name: { value: 'Nhóm chỉ số, chỉ số' },
      formula: { value: 'Cách tính' },
      inputs: { value: 'Số liệu, tỷ lệ' },
      max: { value: 'Điểm tối đa' },
      points: { value: 'Điểm đạt' },
    },
    HEAD,
  );
}

/** The document's table of the rows since `table`: the header once (the word processor repeats it), on landscape pages. */
function endTable(b: SheetBuilder, table: TableMark, tables: Tables): void {
  b.endTable(table, { headerRows: 1, landscape: true, skipRows: new Set([...tables.headerRows].filter((row) => row > table.row)) });
}

function scoreTable(b: SheetBuilder, score: Score766Result, tables: Tables): void {
  const table = b.startTable();
  tables.headerRows.add(b.row);
  b.keepWithNext(b.row);
  scoreHeader(b);
  let n = 0;
  const next = () => bodyRow(b, tables, `score:${n++}`, () => scoreHeader(b));
  for (const g of score.groups) {
    next();
    groupRow(b, g);
    for (const s of g.indicators) {
      next();
      indicatorRow(b, s);
    }
  }
  next();
  const at = b.row;
  const bold: CellStyle = { ...BOX, bold: true, ...CENTERED };
  b.put(at, COL.number[0], COL.inputs[1], `Tổng điểm các chỉ số tính được (${ESTIMATE})`, bold);
  b.put(at, COL.max[0], COL.max[1], score.computableMax, bold);
  b.put(at, COL.points[0], COL.points[1], score.points, bold);
  b.row += 1;
  endTable(b, table, tables);
}

/** The notes on how each indicator was computed, where a column or rule narrows the formula. */
function notes(b: SheetBuilder, score: Score766Result): void {
  const lines = score.groups.flatMap((g) => g.indicators).flatMap((s) => s.notes.map((n) => `- ${s.indicator.id}: ${n}.`));
  if (lines.length === 0) return;
  paragraph(b, 'Ghi chú cách tính:', 'section');
  for (const line of lines) paragraph(b, line);
}

/** For each indicator that lost points, the dossiers (or procedures) that cost them, with the cell to go to. */
function lostHeader(b: SheetBuilder): void {
  tableRow(b, LOST_COL, { number: { value: 'Chỉ số' }, id: { value: 'Mã hồ sơ, mã TTHC' }, place: { value: 'Trang, dòng' }, reason: { value: 'Lý do' } }, HEAD);
}

function lostTable(b: SheetBuilder, score: Score766Result, tables: Tables): void {
  // From counts there is no dossier to list; the rules say so.
  if (score.source === 'counts') return;
  const losing = score.groups.flatMap((g) => g.indicators).filter((s) => s.lostCount > 0);
  paragraph(b, 'Hồ sơ, TTHC làm giảm điểm', 'section');
  if (losing.length === 0) {
    paragraph(b, 'Không có chỉ số tính được nào bị giảm điểm.');
    return;
  }
  const table = b.startTable();
  tables.headerRows.add(b.row);
  b.keepWithNext(b.row);
  lostHeader(b);
  let n = 0;
  const next = () => bodyRow(b, tables, `lost:${n++}`, () => lostHeader(b));
  for (const s of losing) {
    const kind = s.indicator.id.startsWith('3′B') || s.indicator.id.startsWith('3′C') ? 'TTHC' : 'hồ sơ';
    next();
    const at = b.row;
    b.put(at, LOST_COL.number[0], LOST_COL.number[1], s.indicator.id, { ...BOX, bold: true, ...CENTERED });
    const more = s.lostCount > s.lostBy.length ? ` (liệt kê ${count(s.lostBy.length)} ${kind} đầu)` : '';
    b.put(at, LOST_COL.id[0], LOST_COL.reason[1], `${s.indicator.name}: ${count(s.lostCount)} ${kind} làm giảm điểm${more}`, { ...BOX, bold: true });
    b.keepWithNext(at);
    b.row += 1;
    for (const item of s.lostBy) {
      next();
      tableRow(
        b,
        LOST_COL,
        {
          number: { value: '' },
          id: { value: item.id },
          place: { value: `${item.sheet}!${item.row}`, style: CENTERED },
          reason: { value: item.reason },
        },
        BOX,
      );
    }
  }
  endTable(b, table, tables);
}

/**
 * The rows each page starts with: the builder's page breaks, which are every page start it
 * planned (`pagination.ts`), so the headers repeated here are where the pages print.
 */
function pageStarts(model: SheetModel): number[] {
  return model.page.pageBreaks ?? [];
}

/**
 * The report, laid out until each page a table continues on starts with that table's header;
 * every page start is then a set break, so the apps break where the headers are.
 */
export function renderScore766(ctx: Score766Context, sheetName: string): ReportModel {
  const score = score766For(ctx);
  const repeatBefore = new Set<string>();
  // A header moves only the rows after it: take the first page that starts without one, then lay out again.
  for (;;) {
    const { model, tables } = layout(ctx, score, sheetName, repeatBefore);
    const starts = pageStarts(model);
    const first = starts.map((row) => tables.bodyRows.get(row)).find((key) => key !== undefined && !repeatBefore.has(key));
    if (first === undefined) return { ...model, page: { ...model.page, pageBreaks: starts }, warnings: warningsOf(model), located: lostCells(score) };
    repeatBefore.add(first);
  }
}

/** The dossiers that cost points, as cells of the log the task pane can select (the first row of each is its go-to-cell). */
function lostCells(score: Score766Result): Issue[] {
  return score.groups.flatMap((g) =>
    g.indicators.flatMap((s) =>
      s.lostBy.map((item): Issue => ({
        severity: 'warning',
        sheet: item.sheet,
        row: item.row,
        column: null,
        message: `Chỉ số ${s.indicator.id} (${s.indicator.name}) mất điểm: ${item.id}, ${item.reason}.`,
        code: 'score766Lost',
      })),
    ),
  );
}

function layout(ctx: Score766Context, score: Score766Result, sheetName: string, repeatBefore: ReadonlySet<string>): { model: SheetModel; tables: Tables } {
  const tables: Tables = { repeatBefore, bodyRows: new Map(), headerRows: new Set() };
  const { from, to } = score.period;

  const b = portraitBuilder();
  documentHeader(b, ctx.info, ctx.issueDate);
  documentTitle(
    b,
    'BÁO CÁO',
    'Kết quả tự đánh giá Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công theo thời gian thực trên môi trường điện tử (Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ)',
  );
  b.line(`(Từ ngày ${formatDate(from)} đến ngày ${formatDate(to)})`, { horizontal: 'center', italic: true });
  recipientLine(b, ctx.info.recipient);
  paragraph(
    b,
    `Điểm tính từ danh mục TTHC và sổ theo dõi hồ sơ của ${nameInSentence(ctx.info.agency)} theo cách Cổng Dịch vụ công quốc gia tính năm 2026 (sáu nhóm, 100 điểm); chỉ số cần dữ liệu ngoài sổ ghi "${NOT_COMPUTED}" cùng dữ liệu còn thiếu, không tính 0 điểm.`,
  );
  for (const rule of score.rules) paragraph(b, `- ${rule}`);

  scoreTable(b, score, tables);
  b.space(6);
  const notComputed = Math.round((score.maxPoints - score.computableMax) * 100) / 100;
  paragraph(
    b,
    `Tổng điểm các chỉ số tính được: ${points(score.points)}/${points(score.computableMax)} điểm (${ESTIMATE}). Còn ${points(notComputed)}/${score.maxPoints} điểm ${NOT_COMPUTED.toLowerCase()} do thiếu dữ liệu.`,
  );
  notes(b, score);
  lostTable(b, score, tables);
  // No spacer here: the closing block keeps the row above it, which must be the last table row or paragraph.
  closingBlock(b, ctx.info);
  return { model: b.build(sheetName, pageSetup('portrait', b.row - 1, b.lastColumn), DEFAULT_FONT), tables };
}

/**
 * User text is written as text, never as a formula (DESIGN §7): a NoiDung
 * paragraph, a ThongTin value or a procedure name that starts with =, +, - or @
 * comes out of `generate` as a string cell with no formula in it.
 *
 * This covers the ExcelJS writer (CLI, browser preview). The Office.js writer
 * needs the same check once it exists (write `values` of such text with the
 * Text number format `@`, or prefix nothing and set `numberFormat` first).
 */
import ExcelJS from 'exceljs';
import { promises as fs } from 'fs';
import path from 'path';
import { baseSheets, SheetSpec, writeWorkbook } from '../../scripts/make-bad-fixtures';
import { REPORT_IDS } from '../../src/templates';
import { runCli, tempDir } from './cliRun';

jest.setTimeout(60_000);

const NARRATIVES = ['=1+1', '+84 912 345 678', '-Không có vướng mắc.', '@Sở Tư pháp phối hợp', '=HYPERLINK("http://example.invalid","bấm vào đây")'];
const PROCEDURE_NAMES = ["=cmd|' /C calc'!A0", '+Cấp hộ chiếu công vụ', '-Gia hạn hộ chiếu', '@Hợp pháp hóa lãnh sự'];
const INFO = {
  'Cơ quan chủ quản': '+UBND TỈNH BÌNH MINH',
  'Cơ quan': '=SỞ NGOẠI VỤ',
  'Địa danh': '-Bình Minh',
  'Người ký': '@Nguyễn Thái Bình',
  'Kính gửi': '=A1&"Văn phòng UBND tỉnh"',
};

function sheetsWithFormulaLikeText(): SheetSpec[] {
  const sheets = baseSheets();
  const get = (name: string) => sheets.find((s) => s.name === name)!;
  const tthc = get('TTHC');
  tthc.rows.push(['NV.03', PROCEDURE_NAMES[2], 'Xuất nhập cảnh', 'Một phần', 5], ['NV.04', PROCEDURE_NAMES[3], 'Lãnh sự', 'Không', 5]);
  tthc.rows[1][1] = PROCEDURE_NAMES[0];
  tthc.rows[2][1] = PROCEDURE_NAMES[1];
  get('NoiDung').rows.push(...NARRATIVES.flatMap((text) => ['I.7', 'II', 'III'].map((section) => ['2024-Q2', section, text])));
  get('ThongTin').rows = [['Thông tin', 'Giá trị'], ...Object.entries(INFO)];
  return sheets;
}

interface WrittenCell {
  sheet: string;
  address: string;
  type: ExcelJS.ValueType;
  text: string;
  formula: string | undefined;
}

/** Every cell of the report workbook (the top-left one of a merged range only). */
async function cellsOf(file: string): Promise<WrittenCell[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const found: WrittenCell[] = [];
  wb.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.isMerged && cell.master !== cell) return;
        const text = typeof cell.value === 'string' ? cell.value : (cell.formula ?? String(cell.value ?? ''));
        found.push({ sheet: ws.name, address: cell.address, type: cell.type, text, formula: cell.formula || undefined });
      }),
    ),
  );
  return found;
}

/** Cells Excel would take for a formula if typed in (leading spaces aside), or that hold one. */
const formulaLike = (cells: WrittenCell[]) => cells.filter((c) => /^\s*[=+\-@]/.test(c.text) || c.formula !== undefined);

const typeName = (type: ExcelJS.ValueType) => Object.entries(ExcelJS.ValueType).find(([, v]) => v === type)?.[0];

let dir: string;
const written: Record<string, WrittenCell[]> = {};

beforeAll(async () => {
  dir = await tempDir('tthc-injection-');
  const input = path.join(dir, 'input.xlsx');
  await writeWorkbook(input, sheetsWithFormulaLikeText());
  for (const report of REPORT_IDS) {
    const output = path.join(dir, `${report}.xlsx`);
    const r = await runCli(['generate', input, '--report', report, '--period', '2024-Q2', '-o', output]);
    if (r.code !== 0) throw new Error(`generate ${report}: exit ${r.code}\n${r.stderr}`);
    written[report] = await cellsOf(output);
  }
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

test.each(REPORT_IDS)('report %s: every cell whose text starts with =, +, - or @ is a string, not a formula', (report) => {
  const cells = formulaLike(written[report]).filter((c) => c.formula === undefined);
  expect(cells.length).toBeGreaterThan(0);
  for (const cell of cells) expect({ ...cell, type: typeName(cell.type) }).toEqual({ ...cell, type: 'String' });
});

test('the only formulas in the reports are those the templates build (form 06 totals), over cell references', () => {
  const formulas = REPORT_IDS.flatMap((report) => written[report].filter((c) => c.formula !== undefined).map((c) => c.formula));
  expect(formulas.length).toBeGreaterThan(0);
  for (const formula of formulas) expect(formula).toMatch(/^[A-Z][A-Z0-9.]*\([A-Z0-9$:, ]*\)$/);
});

test('the NoiDung paragraphs reach the quarterly report as text, character for character', () => {
  const texts = written.quarterly.map((c) => c.text.trim());
  for (const paragraph of NARRATIVES) expect(texts).toContain(paragraph);
});

test('the procedure names reach the form 06 table as text', () => {
  const texts = written.form06.map((c) => c.text);
  for (const name of PROCEDURE_NAMES) expect(texts.some((t) => t.startsWith(name))).toBe(true);
});

test('the ThongTin values reach the report header as text', () => {
  const texts = written.quarterly.map((c) => c.text);
  for (const value of Object.values(INFO)) expect(texts.some((t) => t.includes(value))).toBe(true);
});


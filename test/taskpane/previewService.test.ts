import ExcelJS from 'exceljs';
import { readFileSync } from 'fs';
import * as path from 'path';
import { readTablesFromWorkbook } from '../../src/adapters/exceljs/readWorkbook';
import { writeInputSheets } from '../../src/adapters/exceljs/writeInputs';
import { dayFromDate, dayFromParts, formatDay } from '../../src/core/days';
import { periodFromLabel } from '../../src/core/periods';
import type { AgencyInfo, RawCell } from '../../src/core/types';
import { sampleSheets, type SampleSheet } from '../../src/sample/sampleWorkbook';
import { createPreviewService, SAMPLE_FILE_NAME } from '../../src/taskpane/services/previewService';
import type { Progress } from '../../src/taskpane/services/types';
import { emptyPeriodSpan } from '../../src/taskpane/services/periodDossiers';
import { FORMULA_SHEET, writeFormulaSheet } from '../../src/sample/formulaSheet';

const SENTENCE = 'Tổng số hồ sơ TTHC đã tiếp nhận trong kỳ báo cáo: 14';
const Q2 = periodFromLabel('2023-Q2')!;
// After the sample's last dossiers (2026-Q3), so none is in the future.
const TODAY = dayFromParts(2026, 12, 1);

/** A preview service whose downloads land in `saved`. */
function service() {
  const saved: { name: string; data: ArrayBuffer }[] = [];
  const svc = createPreviewService({ save: (data, name) => saved.push({ name, data }), today: () => TODAY, yieldToUi: async () => undefined });
  return { svc, saved };
}

async function load(data: ArrayBuffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data);
  return wb;
}

function texts(ws: ExcelJS.Worksheet): string[] {
  const out: string[] = [];
  ws.eachRow((row) => row.eachCell((cell) => typeof cell.value === 'string' && out.push(cell.value)));
  return out;
}

async function sampleFile(extra?: (wb: ExcelJS.Workbook) => void, sheets = sampleSheets()): Promise<Blob> {
  const wb = new ExcelJS.Workbook();
  writeInputSheets(wb, sheets);
  extra?.(wb);
  return new Blob([await wb.xlsx.writeBuffer()]);
}

const FIXTURES = path.resolve(__dirname, '..', 'fixtures', 'bad');
const textOf = (v: RawCell): string => (v instanceof Date ? formatDay(dayFromDate(v)) : v === null || v === undefined ? '' : String(v));
const sampleSheet = (name: string): SampleSheet => sampleSheets().find((s) => s.name === name)!;

/** A sample sheet as a CSV file with `;`, the way Vietnamese Excel saves one. */
function csvOf(sheet: SampleSheet): Blob {
  const line = (values: RawCell[]) => values.map((v) => `"${textOf(v).replace(/"/g, '""')}"`).join(';');
  return new Blob([[line(sheet.header), ...sheet.rows.map(line)].join('\r\n')]);
}

/** A sample sheet as an HTML table under a title, as provincial systems export a ".xls". */
function htmlOf(sheet: SampleSheet): Blob {
  const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const row = (values: RawCell[], tag: string) => `<tr>${values.map((v) => `<${tag}>${esc(textOf(v))}</${tag}>`).join('')}</tr>`;
  return new Blob([
    `<html><head><meta charset="utf-8"></head><body><h3>${esc(sheet.titles[0])}</h3><table border="1">${row(sheet.header, 'th')}${sheet.rows.map((r) => row(r, 'td')).join('')}</table></body></html>`,
  ]);
}

describe('preview service (ExcelJS in the browser)', () => {
  test('nothing open: a clear message', async () => {
    const { svc } = service();
    expect(svc.current()).toBeNull();
    expect(await svc.loadInfo()).toBeNull();
    await expect(svc.generate({ report: 'quarterly', period: Q2, language: 'vi', allowErrors: false })).rejects.toThrow(/Chưa có sổ tính/);
    await expect(svc.downloadReport()).rejects.toThrow();
  });

  test('the sample: 2023-Q2 gives the seed’s figures; the download holds the inputs and the report', async () => {
    const { svc, saved } = service();
    const opened = await svc.openSample();
    expect(opened).toMatchObject({ fileName: SAMPLE_FILE_NAME, isSample: true });
    expect(opened.info?.signerName).toBe('Nguyễn Thái Bình');

    const stages: Progress['stage'][] = [];
    const outcome = await svc.generate({ report: 'quarterly', period: Q2, language: 'vi', allowErrors: false }, { onProgress: (p) => stages.push(p.stage) });
    expect(stages).toEqual(['reading', 'computing', 'writing']);
    expect(outcome.status).toBe('done');
    if (outcome.status !== 'done') return;
    expect(outcome.headline).toMatchObject({ received: 14, onTimeRate: 1, onlineShare: 1 });
    expect(outcome.sheetName).toBe('BC quý II-2023');
    expect(outcome.issues).toEqual([]);

    const file = await svc.downloadReport();
    expect(file).toBe('tthc-mau - BC quý II-2023.xlsx');
    const wb = await load(saved[0].data);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['TTHC', 'HoSo', 'SoLieu', 'NoiDung', 'NgayNghi', 'ThongTin', 'BC quý II-2023']);
    expect(texts(wb.getWorksheet('BC quý II-2023')!).some((t) => t.includes(SENTENCE))).toBe(true);
  });

  test('every report of the session stays in the download, each on its own sheet; a same-named sheet is replaced only if the user agrees', async () => {
    const { svc, saved } = service();
    await svc.openFile(await sampleFile((wb) => wb.addWorksheet('BC quý II-2023').getCell('A1').value = 'cũ'), 'so.xlsx');
    const asked: string[] = [];
    const first = await svc.generate(
      { report: 'quarterly', period: Q2, language: 'vi', allowErrors: false },
      { confirmReplace: async (name) => (asked.push(name), false) },
    );
    expect(asked).toEqual(['BC quý II-2023']);
    expect(first).toMatchObject({ status: 'done', sheetName: 'BC quý II-2023 (2)', replaced: null });
    const second = await svc.generate({ report: 'form06', period: Q2, language: 'en', allowErrors: false });
    expect(second).toMatchObject({ status: 'done', sheetName: 'Form 06 2023-Q2' });
    expect(svc.sessionReports().map((r) => [r.sheetName, r.report, r.period])).toEqual([
      ['BC quý II-2023 (2)', 'quarterly', '2023-Q2'],
      ['Form 06 2023-Q2', 'form06', '2023-Q2'],
    ]);
    expect(await svc.downloadReport()).toBe('so - 2 báo cáo.xlsx');
    let wb = await load(saved[0].data);
    expect(wb.worksheets.map((w) => w.name).slice(6)).toEqual(['BC quý II-2023', 'BC quý II-2023 (2)', 'Form 06 2023-Q2']);
    expect(texts(wb.getWorksheet('BC quý II-2023 (2)')!).some((t) => t.includes(SENTENCE))).toBe(true);

    // The same report and period again: only its sheet goes, after the user agrees; the others stay.
    const again: string[] = [];
    const third = await svc.generate(
      { report: 'form06', period: Q2, language: 'en', allowErrors: false },
      { confirmReplace: async (name) => (again.push(name), true) },
    );
    expect(again).toEqual(['Form 06 2023-Q2']);
    expect(third).toMatchObject({ status: 'done', sheetName: 'Form 06 2023-Q2', replaced: 'Form 06 2023-Q2' });
    expect(svc.sessionReports().map((r) => r.sheetName)).toEqual(['BC quý II-2023 (2)', 'Form 06 2023-Q2']);
    await svc.downloadReport();
    wb = await load(saved[1].data);
    expect(wb.worksheets.map((w) => w.name).slice(6)).toEqual(['BC quý II-2023', 'BC quý II-2023 (2)', 'Form 06 2023-Q2']);
    expect(texts(wb.getWorksheet('BC quý II-2023')!)).toContain('cũ');

    // Each report's Word document, named after its sheet.
    for (const r of svc.sessionReports()) expect((await svc.downloadDocument(r)).fileName).toBe(`so - ${r.sheetName}.docx`);
    expect(saved.slice(2).map((f) => f.name)).toEqual(['so - BC quý II-2023 (2).docx', 'so - Form 06 2023-Q2.docx']);

    // Another workbook: a new session.
    await svc.openSample();
    expect(svc.sessionReports()).toEqual([]);
  });

  test('one report: the download is named after its sheet', async () => {
    const { svc, saved } = service();
    await svc.openSample();
    await svc.generate({ report: 'quarterly', period: Q2, language: 'vi', allowErrors: false });
    expect(await svc.downloadReport()).toBe('tthc-mau - BC quý II-2023.xlsx');
    expect((await load(saved[0].data)).worksheets.map((w) => w.name)).toContain('BC quý II-2023');
  });

  test('period dossiers: the suggestion and the empty-period check come from the open workbook', async () => {
    const { svc } = service();
    expect(await svc.periodDossiers()).toEqual({ dossiers: [], suggestedPeriod: null });
    await svc.openSample();
    const data = await svc.periodDossiers();
    expect(data.dossiers.length).toBeGreaterThan(0);
    expect(data.suggestedPeriod).toBe(svc.current()!.suggestedPeriod);
    expect(emptyPeriodSpan(data, Q2)).toBeNull();
    expect(emptyPeriodSpan(data, periodFromLabel('2019-Q2')!)).toMatch(/^\d\d\/\d\d\/\d{4}–\d\d\/\d\d\/\d{4}$/);
  });

  test('data errors: blocked first, then made from the readable rows when asked', async () => {
    const { svc } = service();
    const bad = readFileSync(path.resolve(__dirname, '..', 'fixtures', 'bad', 'date-31-feb.xlsx'));
    await svc.openFile(new Blob([bad]), 'bad.xlsx');
    const request = { report: 'quarterly' as const, period: periodFromLabel('2024')!, language: 'vi' as const, allowErrors: false };
    const errors = (issues: { severity: string }[]) => issues.filter((i) => i.severity === 'error');
    const blocked = await svc.generate(request);
    expect(blocked.status).toBe('blocked');
    expect(errors(blocked.issues)).toEqual([expect.objectContaining({ severity: 'error', sheet: 'HoSo', row: 3, column: 'C (Ngày tiếp nhận)' })]);
    const made = await svc.generate({ ...request, allowErrors: true });
    expect(made.status).toBe('done');
    expect(errors(made.issues)).toHaveLength(1);
    const check = await svc.checkData('en');
    expect(errors(check.issues)[0]).toMatchObject({ message: expect.stringMatching(/Cannot read the date/) });
  });

  test('agency details saved into the workbook as text, read back, carried by the download', async () => {
    const { svc, saved } = service();
    await svc.openSample();
    const info: AgencyInfo = { ...(await svc.loadInfo())!, documentNumber: '15/BC-SNV', recipient: '=Văn phòng', recipients: ['Như trên;', 'Lưu: VT.'] };
    await svc.saveInfo(info);
    expect(await svc.loadInfo()).toEqual(info);
    const outcome = await svc.generate({ report: 'quarterly', period: Q2, language: 'vi', allowErrors: false });
    expect(outcome.status === 'done' && outcome.model.cells.some((c) => c.value === 'Số: 15/BC-SNV')).toBe(true);
    await svc.downloadReport();
    const wb = await load(saved[0].data);
    const tables = readTablesFromWorkbook(wb);
    const row = tables.ThongTin!.rows.find((r) => r[0] === 'Kính gửi')!;
    expect(row[1]).toBe('=Văn phòng');
    expect(wb.getWorksheet('ThongTin')!.getCell(`B${tables.ThongTin!.rows.indexOf(row) + 1}`).numFmt).toBe('@');
  });

  test('a workbook without ThongTin gets one; the form’s details win over the sheet’s for the report', async () => {
    const { svc } = service();
    await svc.openFile(await sampleFile((wb) => wb.removeWorksheet(wb.getWorksheet('ThongTin')!.id)), 'so.xlsx');
    expect(await svc.loadInfo()).toBeNull();
    const info = { parentAgency: 'UBND TỈNH X', agency: 'Sở Y', place: 'Z', documentNumber: '', issueDate: '', recipient: '', recipients: [], signerTitle: '', signerDeputyTitle: '', signerName: 'Lê B', formCodeLine: '' };
    const outcome = await svc.generate({ report: 'quarterly', period: Q2, language: 'vi', allowErrors: false, info });
    expect(outcome.status === 'done' && outcome.model.cells.some((c) => c.value === 'SỞ Y')).toBe(true);
    await svc.saveInfo(info);
    expect(await svc.loadInfo()).toEqual(info);
  });

  test('indicators of several periods from one read', async () => {
    const { svc } = service();
    await svc.openSample();
    const { points, issues } = await svc.indicators([Q2, periodFromLabel('2023-Q1')!], 'vi');
    expect(issues).toEqual([]);
    expect(points.map((p) => p.received)).toEqual([14, expect.any(Number)]);
    expect(points[0]).toMatchObject({ onTimeRate: 1, onlineShare: 1 });
  });

  test('the sample download is a workbook the reader takes', async () => {
    const { svc, saved } = service();
    expect(await svc.downloadSample()).toBe(SAMPLE_FILE_NAME);
    const downloaded = await load(saved[0].data);
    const tables = readTablesFromWorkbook(downloaded);
    expect(Object.keys(tables).sort()).toEqual(['HoSo', 'NgayNghi', 'NoiDung', 'SoLieu', 'TTHC', 'ThongTin']);
    // The "Công thức" sheet exactly as `tthc-report sample` writes it.
    const cli = new ExcelJS.Workbook();
    writeInputSheets(cli, sampleSheets());
    writeFormulaSheet(cli);
    expect(downloaded.worksheets.map((w) => w.name)).toEqual(cli.worksheets.map((w) => w.name));
    const cells = (ws: ExcelJS.Worksheet) => {
      const out: unknown[] = [];
      ws.eachRow((row, r) => row.eachCell((cell, c) => out.push([r, c, cell.value, cell.numFmt ?? null])));
      return JSON.parse(JSON.stringify(out));
    };
    const reread = await load(await cli.xlsx.writeBuffer() as unknown as ArrayBuffer);
    expect(cells(downloaded.getWorksheet(FORMULA_SHEET)!)).toEqual(cells(reread.getWorksheet(FORMULA_SHEET)!));
    expect(cells(downloaded.getWorksheet(FORMULA_SHEET)!).length).toBeGreaterThan(20);
  });

  test('a bad file is refused and the previous workbook stays open', async () => {
    const { svc } = service();
    await svc.openSample();
    await expect(svc.openFile(new Blob([readFileSync(path.join(FIXTURES, 'random-bytes.xlsx'))]), 'x.xlsx')).rejects.toThrow(/không phải sổ làm việc/);
    await expect(svc.openFile(new Blob([readFileSync(path.join(FIXTURES, 'docx-renamed.xlsx'))]), 'x.xlsx')).rejects.toThrow(/không phải sổ làm việc/);
    await expect(svc.openFile(new Blob([readFileSync(path.join(FIXTURES, 'xls-renamed.xlsx'))]), 'cu.xls')).rejects.toThrow(/"cu\.xls" là tệp \.xls cũ .* Lưu thành \.xlsx/);
    await expect(svc.openFile(new Blob([]), 'empty.xlsx')).rejects.toThrow(/trống/);
    await expect(svc.openFiles([{ file: await sampleFile(), name: 'so.xlsx' }, { file: new Blob([]), name: 'rong.csv' }])).rejects.toThrow(/"rong\.csv" trống/);
    expect(svc.current()?.isSample).toBe(true);
  });

  test('the tables are read as the CLI reads the file: merged cells and 1904 dates give the same dossiers', async () => {
    const { readSheetsFromFile } = await import('../../src/readers/nodeFile');
    const { parseInputs } = await import('../../src/core/inputs');
    for (const name of ['merged-header.xlsx', 'date-1904.xlsx', 'excel-table.xlsx']) {
      const { svc } = service();
      await svc.openFile(new Blob([readFileSync(path.join(FIXTURES, name))]), name);
      const cli = parseInputs(await readSheetsFromFile(path.join(FIXTURES, name), name), { today: TODAY });
      const check = await svc.checkData('vi');
      expect(check.issues).toEqual(cli.issues);
      expect(check.dossiers).toBe(cli.dossiers.length);
    }
  });

  test('an opened workbook proposes its latest closed quarter with dossiers: 2024-Q2 for a 2024 log, 2026-Q3 for the 2026 export', async () => {
    const { svc } = service();
    expect((await svc.openFile(new Blob([readFileSync(path.join(FIXTURES, 'base.xlsx'))]), 'base.xlsx')).suggestedPeriod).toBe('2024-Q2');
    const exports = path.resolve(__dirname, '..', 'fixtures', 'exports');
    const opened = await svc.openFiles(['thanh-hoa-dossiers.xls', 'catalogue.xlsx'].map((name) => ({ file: new Blob([readFileSync(path.join(exports, name))]), name })));
    expect(opened.suggestedPeriod).toBe('2026-Q3');
  });

  test('several files at once: the sheets of all are searched for the tables; the report goes into the .xlsx', async () => {
    const { svc, saved } = service();
    const rest = sampleSheets().filter((s) => s.name !== 'TTHC' && s.name !== 'HoSo');
    const opened = await svc.openFiles([
      { file: csvOf(sampleSheet('TTHC')), name: 'TTHC.csv' },
      { file: await sampleFile(undefined, rest), name: 'so.xlsx' },
      { file: htmlOf(sampleSheet('HoSo')), name: 'ho-so.xls' },
    ]);
    expect(opened).toMatchObject({ fileName: 'TTHC.csv, so.xlsx, ho-so.xls', isSample: false });
    expect(opened.info?.signerName).toBe('Nguyễn Thái Bình');
    const outcome = await svc.generate({ report: 'quarterly', period: Q2, language: 'vi', allowErrors: false });
    expect(outcome.status).toBe('done');
    if (outcome.status !== 'done') return;
    expect(outcome.headline).toMatchObject({ received: 14, onTimeRate: 1, onlineShare: 1 });
    expect(await svc.downloadReport()).toBe('so - BC quý II-2023.xlsx');
    const wb = await load(saved[0].data);
    expect(wb.worksheets.map((w) => w.name)).toEqual([...rest.map((s) => s.name), 'BC quý II-2023']);
  });

  test('a CSV alone: the report goes into a new workbook named after it', async () => {
    const { svc, saved } = service();
    await svc.openFile(csvOf(sampleSheet('HoSo')), 'HoSo.csv');
    const outcome = await svc.generate({ report: 'quarterly', period: Q2, language: 'vi', allowErrors: true });
    expect(outcome.status).toBe('done');
    expect(await svc.downloadReport()).toBe('HoSo - BC quý II-2023.xlsx');
    expect((await load(saved[0].data)).worksheets.map((w) => w.name)).toEqual(['BC quý II-2023']);
  });
});

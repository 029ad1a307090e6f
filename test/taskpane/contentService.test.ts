/**
 * The "Số liệu và nội dung" tab's service calls, in both services: the preview (ExcelJS) with
 * the sample, and Excel (the fake Office.js of ./fakeOffice.ts). What is typed is read back,
 * written as text (never a formula) with figures as numbers, and the report made afterwards
 * has no placeholder left.
 */
import ExcelJS from 'exceljs';
import { placeholdersIn } from '../../src/cli/main';
import { dayFromDate, dayFromParts, excelSerialFromDay } from '../../src/core/days';
import { figureKeysOf } from '../../src/core/figureKeys';
import { periodFromLabel } from '../../src/core/periods';
import type { RawCell } from '../../src/core/types';
import { writeInputSheets } from '../../src/adapters/exceljs/writeInputs';
import { sampleSheets } from '../../src/sample/sampleWorkbook';
import { QUARTERLY_NARRATIVES } from '../../src/templates/quarterly';
import { contentLayoutOf, CONTENT_REPORTS, emptyContentCount, type ContentValues } from '../../src/taskpane/services/contentSheets';
import { createOfficeService } from '../../src/taskpane/services/officeService';
import { createPreviewService } from '../../src/taskpane/services/previewService';
import type { ReportService } from '../../src/taskpane/services/types';
import { FakeBook, type Cell } from './fakeOffice';

const Q2 = periodFromLabel('2023-Q2')!;
const Q3_2026 = periodFromLabel('2026-Q3')!;
const TODAY = dayFromParts(2026, 12, 1);
const FORMULA = '=HYPERLINK("http://x","bấm")';

/** Every figure and section of the quarterly report, as a user types them in the tab. */
const EVERYTHING: ContentValues = {
  figures: figureKeysOf('quarterly').map((key, i) => ({ key, value: i % 4 })),
  sections: QUARTERLY_NARRATIVES.map((s) => ({
    section: s.section,
    paragraphs: s.section === 'I.7' ? [FORMULA, '- Gạch đầu dòng', '+84 912 345 678'] : [`Nội dung mục ${s.section} của quý III/2026.`],
  })),
};

function preview(saved: { name: string; data: ArrayBuffer }[] = []) {
  return createPreviewService({ save: (data, name) => saved.push({ name, data: data as ArrayBuffer }), today: () => TODAY, yieldToUi: async () => undefined });
}

async function generated(service: ReportService, period = Q3_2026) {
  const outcome = await service.generate({ report: 'quarterly', period, language: 'vi', allowErrors: true });
  if (outcome.status !== 'done') throw new Error('blocked');
  return outcome.model;
}

const texts = (model: { cells: { value: unknown }[] }) => model.cells.map((c) => String(c.value ?? ''));

describe('the tab’s reports', () => {
  test('the reports with typed-in figures or sections', () => {
    expect(CONTENT_REPORTS).toEqual(['quarterly', 'digitisation', 'score766']);
    expect(contentLayoutOf('form06')).toEqual({ report: 'form06', figureKeys: [], sections: [] });
  });
});

describe('preview service: SoLieu and NoiDung of the open workbook', () => {
  test('the sample’s 2026-Q3 quarterly: typed in, saved, and the report has no placeholder left', async () => {
    const saved: { name: string; data: ArrayBuffer }[] = [];
    const service = preview(saved);
    await service.openSample();
    const before = await service.loadContent('quarterly', Q3_2026);
    expect(emptyContentCount(before)).toEqual({ figures: 16, sections: 10 });
    expect(placeholdersIn(await generated(service))).toBe(19);

    await service.saveContent('quarterly', Q3_2026, EVERYTHING);
    const after = await service.loadContent('quarterly', Q3_2026);
    expect(after.figures.map((f) => [f.key, f.value])).toEqual(EVERYTHING.figures.map((f) => [f.key, f.value]));
    expect(after.sections.map((s) => s.paragraphs)).toEqual(EVERYTHING.sections.map((s) => s.paragraphs));
    expect(emptyContentCount(after)).toEqual({ figures: 0, sections: 0 });

    const model = await generated(service);
    expect(placeholdersIn(model)).toBe(0);
    expect(texts(model).join('\n')).not.toContain('[Nhập');
    expect(texts(model).some((t) => t.includes(FORMULA))).toBe(true);
    // The 2023-Q2 report is the seed's still.
    expect(placeholdersIn(await generated(service, Q2))).toBe(0);

    // The download holds them: text as text (Text format), figures as numbers.
    await service.downloadReport();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(saved[0].data);
    const noiDung = workbook.getWorksheet('NoiDung')!;
    const formulaCell = noiDung.getColumn(4).values.findIndex((v) => v === FORMULA);
    expect(formulaCell).toBeGreaterThan(0);
    const cell = noiDung.getCell(formulaCell, 4);
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.numFmt).toBe('@');
    expect(noiDung.getCell(formulaCell, 2).value).toBe('Báo cáo quý');
    expect(noiDung.getCell(formulaCell, 1).value).toBe('2026-Q3');
    const soLieu = workbook.getWorksheet('SoLieu')!;
    const last = soLieu.getRow(soLieu.rowCount);
    expect(last.getCell(1).value).toBe('2026-Q3');
    expect(typeof last.getCell(3).value).toBe('number');
  });

  test('a workbook without SoLieu and NoiDung gets both sheets, headed as the sample’s', async () => {
    const workbook = new ExcelJS.Workbook();
    writeInputSheets(workbook, sampleSheets().filter((s) => s.name !== 'SoLieu' && s.name !== 'NoiDung'));
    const service = preview();
    await service.openFile(new Blob([await workbook.xlsx.writeBuffer()]), 'don-vi.xlsx');
    expect(emptyContentCount(await service.loadContent('quarterly', Q2))).toEqual({ figures: 16, sections: 10 });
    await service.saveContent('quarterly', Q2, EVERYTHING);
    expect(emptyContentCount(await service.loadContent('quarterly', Q2))).toEqual({ figures: 0, sections: 0 });
    expect(placeholdersIn(await generated(service, Q2))).toBe(0);
  });

  test('nothing open: a clear message', async () => {
    await expect(preview().loadContent('quarterly', Q2)).rejects.toThrow(/Chưa có sổ tính/);
  });
});

/** A sample sheet's cells as Excel hands them over: dates as serial numbers. */
function excelRows(titles: string[], header: string[], rows: RawCell[][]): (Cell | null)[][] {
  const value = (v: RawCell): Cell | null => (v instanceof Date ? excelSerialFromDay(dayFromDate(v)) : v === null || v === undefined ? null : v);
  return [...titles.map((t) => [t]), ...(titles.length ? [[]] : []), header, ...rows.map((r) => r.map(value))];
}

function sampleBook(skip: string[] = []): FakeBook {
  const book = new FakeBook();
  for (const s of sampleSheets()) if (!skip.includes(s.name)) book.addSheet(s.name, excelRows(s.titles, s.header, s.rows));
  return book;
}

describe('Excel service: SoLieu and NoiDung through Office.js (fake)', () => {
  test('the sample’s sheets: written in place and below, text never typed as input, read back', async () => {
    const book = sampleBook();
    const service = createOfficeService({ run: book.run, today: () => TODAY });
    expect(emptyContentCount(await service.loadContent('quarterly', Q3_2026))).toEqual({ figures: 16, sections: 10 });
    const rowsBefore = book.rows('NoiDung').length;
    await service.saveContent('quarterly', Q3_2026, EVERYTHING);
    const after = await service.loadContent('quarterly', Q3_2026);
    expect(after.sections.map((s) => s.paragraphs)).toEqual(EVERYTHING.sections.map((s) => s.paragraphs));
    expect(after.figures.map((f) => f.value)).toEqual(EVERYTHING.figures.map((f) => f.value));
    expect(book.sheet('NoiDung')!.typedAsInput).toEqual([]);
    expect(book.sheet('SoLieu')!.typedAsInput).toEqual([]);
    const added = book.rows('NoiDung').slice(rowsBefore);
    expect(added.find((r) => r[3] === FORMULA)).toEqual(['2026-Q3', 'Báo cáo quý', 'I.7', FORMULA]);
    expect(book.rows('SoLieu').slice(-1)[0]).toEqual(['2026-Q3', expect.any(String), expect.any(Number)]);

    // In place: the 2023-Q2 figure's own row.
    const impact = book.rows('SoLieu').findIndex((r) => r[0] === '2023-Q2' && r[1] === 'Số lượng TTHC đã được đánh giá tác động trong kỳ báo cáo') + 1;
    await service.saveContent('quarterly', Q2, { figures: [{ key: 'impactAssessedProcedures', value: 7 }], sections: [] });
    expect(book.sheet('SoLieu')!.get(impact, 3)).toBe(7);
    expect((await service.loadContent('quarterly', Q2)).figures[0].value).toBe(7);
  });

  test('a workbook without them: both sheets created', async () => {
    const book = sampleBook(['SoLieu', 'NoiDung']);
    const service = createOfficeService({ run: book.run, today: () => TODAY });
    await service.saveContent('quarterly', Q2, EVERYTHING);
    expect(book.rows('SoLieu')[0]).toEqual(['Kỳ báo cáo', 'Chỉ tiêu', 'Giá trị']);
    expect(book.rows('NoiDung')[0]).toEqual(['Kỳ báo cáo', 'Báo cáo', 'Mục', 'Nội dung']);
    expect(book.sheet('NoiDung')!.typedAsInput).toEqual([]);
    expect(emptyContentCount(await service.loadContent('quarterly', Q2))).toEqual({ figures: 0, sections: 0 });
  });

  test('Excel tables (as "Tạo bảng nhập liệu" makes them): their blank row filled, then rows added to the table', async () => {
    const book = sampleBook(['SoLieu', 'NoiDung']);
    const service = createOfficeService({ run: book.run, today: () => TODAY });
    await service.createInputTables();
    await service.saveContent('quarterly', Q2, EVERYTHING);
    const table = book.sheet('NoiDung')!.tables[0];
    const paragraphs = EVERYTHING.sections.reduce((n, s) => n + s.paragraphs.length, 0);
    expect(table).toMatchObject({ name: 'NoiDung', top: 1, bottom: 1 + paragraphs });
    expect(book.sheet('SoLieu')!.tables[0].bottom).toBe(1 + EVERYTHING.figures.length);
    expect(book.sheet('NoiDung')!.typedAsInput).toEqual([]);
    expect(book.sheet('SoLieu')!.typedAsInput).toEqual([]);
    expect(emptyContentCount(await service.loadContent('quarterly', Q2))).toEqual({ figures: 0, sections: 0 });
  });

  test('an Excel table NoiDung without Báo cáo: refused, nothing written', async () => {
    const book = sampleBook(['SoLieu', 'NoiDung']);
    const sheet = book.addSheet('Nhập', [['Kỳ báo cáo', 'Mục', 'Nội dung'], ['2023-Q2', 'I.7', 'Cũ.']]);
    sheet.tables.push({ name: 'NoiDung', top: 1, left: 1, bottom: 2, right: 3 });
    const service = createOfficeService({ run: book.run, today: () => TODAY });
    await expect(service.saveContent('quarterly', Q2, EVERYTHING)).rejects.toThrow(/chưa có cột “Báo cáo”/);
    expect(book.sheet('SoLieu')).toBeUndefined();
    expect(book.rows('Nhập')).toEqual([['Kỳ báo cáo', 'Mục', 'Nội dung'], ['2023-Q2', 'I.7', 'Cũ.']]);
  });
});

/**
 * The report's Word document from the task pane: the preview service saves a .docx named like
 * the .xlsx; the Excel service saves one named after the report sheet, or, on Excel for Mac and
 * iPad (WKWebView ignores `<a download>`), refuses and names the preview page.
 */
import { strFromU8, unzipSync } from 'fflate';
import { dayFromDate, dayFromParts, excelSerialFromDay } from '../../src/core/days';
import { periodFromLabel } from '../../src/core/periods';
import type { RawCell } from '../../src/core/types';
import { sampleSheets } from '../../src/sample/sampleWorkbook';
import { DOCX_MIME, documentFileName, mimeOf, reportFileName, XLSX_MIME } from '../../src/taskpane/services/download';
import { createOfficeService, previewPageUrl } from '../../src/taskpane/services/officeService';
import { createPreviewService } from '../../src/taskpane/services/previewService';
import { UserFacingError, type GenerateOutcome } from '../../src/taskpane/services/types';
import { FakeWorkbook, MockExcel, type CellValue } from '../officejs/mockExcel';

const Q2 = periodFromLabel('2023-Q2')!;
const TODAY = dayFromParts(2026, 12, 1);
const PAGE = 'https://addin.example.vn/tthc/taskpane.html';
const noWait = async () => undefined;

interface Saved {
  name: string;
  data: ArrayBuffer;
  mime?: string;
}

/** The parts of a .docx, and its document.xml as text. */
function unpack(data: ArrayBuffer): { files: string[]; documentXml: string } {
  const bytes = new Uint8Array(data);
  expect(strFromU8(bytes.subarray(0, 2))).toBe('PK');
  const parts = unzipSync(bytes);
  return { files: Object.keys(parts), documentXml: strFromU8(parts['word/document.xml']) };
}

/** The text of document.xml's runs, joined (a phrase may be split across runs). */
const textOf = (xml: string): string => [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');

function done(outcome: GenerateOutcome): Extract<GenerateOutcome, { status: 'done' }> {
  if (outcome.status !== 'done') throw new Error(`not made: ${outcome.status}`);
  return outcome;
}

function mockSample(): MockExcel {
  const value = (v: RawCell): CellValue => (v instanceof Date ? excelSerialFromDay(dayFromDate(v)) : v === null || v === undefined ? '' : v);
  const wb = new FakeWorkbook();
  for (const s of sampleSheets()) wb.addSheet(s.name, [...s.titles.map((t) => [t]), ...(s.titles.length ? [[]] : []), s.header, ...s.rows.map((r) => r.map(value))]);
  return new MockExcel(wb);
}

function officeService(platform: string | null) {
  const saved: Saved[] = [];
  const excel = mockSample();
  const service = createOfficeService({
    run: excel.run,
    today: () => TODAY,
    yieldToUi: noWait,
    save: (data, name, mime) => saved.push({ name, data, mime }),
    platform: () => platform,
    pageUrl: () => PAGE,
  });
  return { service, saved };
}

describe('file names and types', () => {
  test('the .docx is named by the .xlsx rules: workbook and sheet, or the sheet alone', () => {
    expect(documentFileName('tthc-mau.xlsx', 'BC quý II-2023')).toBe('tthc-mau - BC quý II-2023.docx');
    expect(documentFileName('thanh-hoa.xls', 'Biểu 06 2023-Q2')).toBe('thanh-hoa - Biểu 06 2023-Q2.docx');
    expect(documentFileName(null, 'BC quý II-2023')).toBe('BC quý II-2023.docx');
    expect(documentFileName(null, 'a/b:c*?  d')).toBe('a-b-c-- d.docx');
    expect(documentFileName(null, '  ')).toBe('bao-cao.docx');
    // Composed (NFC) whatever the sheet name was typed as.
    expect(documentFileName(null, 'BC quý'.normalize('NFD'))).toBe('BC quý.docx'.normalize('NFC'));
    expect(reportFileName('so', 'BC quý II-2023')).toBe('so - BC quý II-2023.xlsx');
  });

  test('the MIME type follows the extension', () => {
    expect(mimeOf('a.docx')).toBe(DOCX_MIME);
    expect(mimeOf('A.XLSX')).toBe(XLSX_MIME);
    expect(mimeOf('a.bin')).toBe('application/octet-stream');
  });
});

describe('preview service: the Word document', () => {
  test('the quarterly report of the sample as a .docx named after the workbook and the sheet', async () => {
    const saved: Saved[] = [];
    const svc = createPreviewService({ save: (data, name, mime) => saved.push({ name, data, mime }), today: () => TODAY, yieldToUi: noWait });
    await svc.openSample();
    const outcome = done(await svc.generate({ report: 'quarterly', period: Q2, language: 'vi', allowErrors: false }));
    const result = await svc.downloadDocument(outcome);
    expect(result).toEqual({ fileName: 'tthc-mau - BC quý II-2023.docx', previewUrl: null });
    expect(saved.map((s) => s.name)).toEqual(['tthc-mau - BC quý II-2023.docx']);
    const { files, documentXml } = unpack(saved[0].data);
    expect(files).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml']));
    const text = textOf(documentXml);
    expect(text).toContain('BÁO CÁO');
    expect(text).toContain('Kính gửi');
    expect(text).toContain('Tổng số hồ sơ TTHC đã tiếp nhận trong kỳ báo cáo: 14');
  });

  test('a report whose model carries no document: a clear message, nothing saved', async () => {
    const saved: Saved[] = [];
    const svc = createPreviewService({ save: (data, name) => saved.push({ name, data }), today: () => TODAY, yieldToUi: noWait });
    await svc.openSample();
    const outcome = done(await svc.generate({ report: 'quarterly', period: Q2, language: 'vi', allowErrors: false }));
    const bare = { ...outcome, model: { ...outcome.model, document: undefined } };
    await expect(svc.downloadDocument(bare)).rejects.toThrow(/chưa có bản Word/);
    expect(saved).toEqual([]);
  });
});

describe('Excel service: the Word document', () => {
  test('Excel for Windows: saved as <sheet>.docx; the answer names the preview page in case no dialog appears', async () => {
    const { service, saved } = officeService('PC');
    const outcome = done(await service.generate({ report: 'quarterly', period: Q2, language: 'vi', allowErrors: false }));
    const result = await service.downloadDocument(outcome);
    expect(result).toEqual({ fileName: 'BC quý II-2023.docx', previewUrl: PAGE });
    expect(saved.map((s) => s.name)).toEqual(['BC quý II-2023.docx']);
    expect(textOf(unpack(saved[0].data).documentXml)).toContain('BÁO CÁO');
  });

  test.each([
    ['Mac', 'Excel trên máy Mac', 'Excel on Mac'],
    ['iOS', 'Excel trên iPad', 'Excel on iPad'],
  ])('Excel on %s: refused with a message naming the preview page, nothing saved', async (platform, vi, en) => {
    const { service, saved } = officeService(platform);
    const outcome = done(await service.generate({ report: 'quarterly', period: Q2, language: 'vi', allowErrors: false }));
    const refusal = await service.downloadDocument(outcome).then(
      () => null,
      (e: unknown) => e,
    );
    expect(refusal).toBeInstanceOf(UserFacingError);
    const message = (refusal as Error).message;
    expect(message).toContain(`${vi} không lưu được tệp tải về từ ngăn tác vụ`);
    expect(message).toContain(`trang xem trước ${PAGE}`);
    expect(message).toContain(`${en} cannot save a download from the task pane`);
    expect(message).toContain(`preview page ${PAGE}`);
    expect(saved).toEqual([]);
  });

  test('the platform from Office.context (diagnostics first); the page address without Office’s query', async () => {
    const g = globalThis as { Office?: unknown; location?: unknown };
    const saved: Saved[] = [];
    const excel = mockSample();
    g.Office = { context: { platform: 'PC', diagnostics: { platform: 'Mac' } } };
    g.location = { href: `${PAGE}?_host_Info=Excel$Mac$16.01$vi-VN$$$$0#x` };
    try {
      expect(previewPageUrl()).toBe(PAGE);
      const service = createOfficeService({ run: excel.run, today: () => TODAY, yieldToUi: noWait, save: (data, name) => saved.push({ name, data }) });
      const outcome = done(await service.generate({ report: 'quarterly', period: Q2, language: 'vi', allowErrors: false }));
      await expect(service.downloadDocument(outcome)).rejects.toThrow(`trang xem trước ${PAGE} trong trình duyệt`);
      g.Office = { context: { platform: 'OfficeOnline' } };
      await expect(service.downloadDocument(outcome)).resolves.toEqual({ fileName: 'BC quý II-2023.docx', previewUrl: PAGE });
      expect(saved).toHaveLength(1);
    } finally {
      delete g.Office;
      delete g.location;
    }
  });
});

import { reportDataFor } from '../../src/core/engine';
import { parseInputs, RawTables } from '../../src/core/inputs';
import { periodFromLabel } from '../../src/core/periods';
import { reportFromName, reportName } from '../../src/core/reportNames';
import { ALL_TABLES, headerOf, INFO_SHEET } from '../../src/core/schema';
import { REPORT_IDS, renderReport } from '../../src/templates';
import { texts } from './modelText';

// What a new user sees before typing anything: every placeholder says, in Vietnamese, what to type and where.

function emptyWorkbook(): RawTables {
  const tables: RawTables = {};
  for (const spec of ALL_TABLES) tables[spec.name] = { sheet: spec.name, firstRow: 1, firstColumn: 1, rows: [headerOf(spec)] };
  return tables;
}

const inputs = parseInputs(emptyWorkbook());
const period = periodFromLabel('2024-Q2')!;
const printedBy = (report: (typeof REPORT_IDS)[number]) =>
  texts(renderReport(report, { ...reportDataFor(inputs, period, report), issueDate: period.to, language: 'vi' }));

/** The sheet names a placeholder may name (`SoLieu`, `NoiDung`…) are words the user sees in the workbook. */
const SHEET_NAMES = [...ALL_TABLES.map((t) => t.name), INFO_SHEET];
const internalKeys = (text: string) => SHEET_NAMES.reduce((t, name) => t.split(name).join(' '), text).match(/[a-z]+[A-Z][a-zA-Z]+/g) ?? [];

describe('placeholders from an empty workbook', () => {
  test.each(REPORT_IDS)('the %s report has a Vietnamese name to write in NoiDung’s Báo cáo column', (report) => {
    expect(reportName(report)).toEqual(expect.any(String));
    expect(reportFromName(reportName(report)!)).toBe(report);
  });

  test.each(REPORT_IDS)('the %s report names no internal key anywhere', (report) => {
    const found = printedBy(report).flatMap(internalKeys);
    expect(found).toEqual([]);
  });

  test('a missing figure asks for its Vietnamese label on the SoLieu sheet', () => {
    expect(printedBy('quarterly')).toContain(
      '- Số lượng TTHC đã được đánh giá tác động trong kỳ báo cáo: [Nhập: Số lượng TTHC đã được đánh giá tác động trong kỳ báo cáo — trang SoLieu]',
    );
  });

  test('a missing narrative names its section and the report to type it under', () => {
    expect(printedBy('quarterly')).toContain('[Nhập nội dung mục I.7 vào trang NoiDung, Báo cáo: Báo cáo quý]');
    expect(printedBy('digitisation')).toContain('[Nhập nội dung mục III vào trang NoiDung, Báo cáo: Báo cáo số hóa]');
  });

  test.each([
    ['quarterly', 'Báo cáo quý'],
    ['digitisation', 'Báo cáo số hóa'],
  ] as const)('every narrative placeholder of the %s report names it (%s)', (report, name) => {
    const placeholders = printedBy(report).filter((t) => t.startsWith('[Nhập nội dung'));
    expect(placeholders.length).toBeGreaterThan(3);
    for (const p of placeholders) expect(p).toMatch(new RegExp(`^\\[Nhập nội dung mục [^\\]]+ vào trang NoiDung, Báo cáo: ${name}\\]$`));
  });
});

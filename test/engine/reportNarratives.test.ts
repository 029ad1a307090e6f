import ExcelJS from 'exceljs';
import { readTablesFromFile } from '../../src/adapters/exceljs/readWorkbook';
import { writeInputSheets } from '../../src/adapters/exceljs/writeInputs';
import { dayFromParts } from '../../src/core/days';
import { reportDataFor } from '../../src/core/engine';
import { parseInputs } from '../../src/core/inputs';
import { periodFromLabel } from '../../src/core/periods';
import { Inputs } from '../../src/core/types';
import { SAMPLE_NARRATIVES } from '../../src/sample/sampleContent';
import { sampleSheets } from '../../src/sample/sampleWorkbook';
import { renderReport, ReportId } from '../../src/templates';
import { texts } from '../templates/modelText';
import { makeTempDir } from '../helpers/tempDir';

// Both narrative reports have sections I.1…III: each must print the paragraphs written for it only.
let inputs: Inputs;
const temp = makeTempDir();

beforeAll(async () => {
  const workbook = new ExcelJS.Workbook();
  writeInputSheets(workbook, sampleSheets());
  await workbook.xlsx.writeFile(temp.file('sample.xlsx'));
  inputs = parseInputs(await readTablesFromFile(temp.file('sample.xlsx')));
});
afterAll(() => temp.remove());

const Q2 = periodFromLabel('2023-Q2')!;

function printed(report: ReportId, period = Q2): string {
  const data = reportDataFor(inputs, period, report);
  return texts(renderReport(report, { ...data, issueDate: dayFromParts(2023, 6, 15), language: 'vi' })).join('\n');
}

const paragraphsOf = (report: string) => SAMPLE_NARRATIVES.filter((row) => row[1] === report).map((row) => row[3]);

describe('each report prints its own narrative', () => {
  test('the digitisation report for 2023-Q2 from the sample contains none of the quarterly report’s narrative', () => {
    const text = printed('digitisation');
    const quarterly = paragraphsOf('Báo cáo quý');
    expect(quarterly.length).toBeGreaterThan(10);
    expect(quarterly.filter((p) => text.includes(p))).toEqual([]);
    // Its sections are there, each with a placeholder naming the report to write it for.
    expect(text).toContain('[Nhập nội dung mục II vào trang NoiDung, Báo cáo: Báo cáo số hóa]');
  });

  test('the quarterly report for 2023-Q2 prints the quarterly narrative and none of the digitisation report’s', () => {
    const text = printed('quarterly');
    expect(text).toContain(paragraphsOf('Báo cáo quý').find((p) => p.startsWith('Trong Quý II/2023'))!);
    expect(paragraphsOf('Báo cáo số hóa').filter((p) => text.includes(p))).toEqual([]);
  });

  test('the digitisation report for its own period prints its own narrative', () => {
    const text = printed('digitisation', periodFromLabel('01/01/2023-31/08/2023')!);
    for (const p of paragraphsOf('Báo cáo số hóa')) expect(text).toContain(p);
  });
});

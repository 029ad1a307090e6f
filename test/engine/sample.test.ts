import ExcelJS from 'exceljs';
import { readTablesFromFile } from '../../src/adapters/exceljs/readWorkbook';
import { writeInputSheets } from '../../src/adapters/exceljs/writeInputs';
import { reportDataFor } from '../../src/core/engine';
import { dayFromParts } from '../../src/core/days';
import { latestClosedPeriodWithDossiers } from '../../src/core/periodSuggestion';
import { parseInputs } from '../../src/core/inputs';
import { periodFromLabel } from '../../src/core/periods';
import { sampleSheets, SAMPLE_PERIODS } from '../../src/sample/sampleWorkbook';
import { Inputs } from '../../src/core/types';
import { makeTempDir } from '../helpers/tempDir';

// The figures of ../shared/seeds/README.md, computed from the built-in sample workbook written to .xlsx and read back.
let inputs: Inputs;
const temp = makeTempDir();

beforeAll(async () => {
  const workbook = new ExcelJS.Workbook();
  writeInputSheets(workbook, sampleSheets());
  await workbook.xlsx.writeFile(temp.file('sample.xlsx'));
  inputs = parseInputs(await readTablesFromFile(temp.file('sample.xlsx')));
});
afterAll(() => temp.remove());

const quarter = () => reportDataFor(inputs, periodFromLabel(SAMPLE_PERIODS.quarterly)!, 'quarterly');
const janToAug = () => reportDataFor(inputs, periodFromLabel(SAMPLE_PERIODS.digitisation)!, 'digitisation');

describe('the built-in sample reproduces seed 000 (2023-Q2)', () => {
  test('the sample has no data issues', () => {
    expect(inputs.issues).toEqual([]);
  });

  test('section 3: 08 procedures, 08 publicised, 04 central and 04 local', () => {
    const i = quarter().result.indicators;
    expect([i.procedures, i.proceduresPublicised, i.proceduresCentral, i.proceduresLocal]).toEqual([8, 8, 4, 4]);
  });

  test('section 6: received 14 = new 9 (online 9, direct and postal 0) + carried over 05', () => {
    const i = quarter().result.indicators;
    expect([i.received, i.newReceived, i.newOnline, i.newDirect! + i.newPostal!, i.carriedOver]).toEqual([14, 9, 9, 0, 5]);
  });

  test('section 6: resolved 10 (early 10, on time 0, late 0); pending 04 (in time 04, overdue 0)', () => {
    const i = quarter().result.indicators;
    expect([i.resolved, i.resolvedEarly, i.resolvedOnTime, i.resolvedLate]).toEqual([10, 10, 0, 0]);
    expect([i.pending, i.pendingInTime, i.pendingOverdue]).toEqual([4, 4, 0]);
  });

  test('section 8: provincial portal 08 (partial 03, full 05); national 06 (partial 01, full 05); 09 online', () => {
    const i = quarter().result.indicators;
    expect([i.proceduresProvincialPortal, i.proceduresProvincialPortalPartial, i.proceduresProvincialPortalFull]).toEqual([8, 3, 5]);
    expect([i.proceduresNationalPortal, i.proceduresNationalPortalPartial, i.proceduresNationalPortalFull]).toEqual([6, 1, 5]);
    expect(i.newOnline).toBe(9);
  });

  test('the period’s typed-in figures and narrative are found by its label', () => {
    const data = quarter();
    expect(data.figures.impactAssessedProcedures).toBe(0);
    expect(data.narratives['I.7'][0]).toMatch(/^Trong Quý II\/2023/);
  });
});

describe('the built-in sample reproduces seed 003 (01/01/2023–31/08/2023)', () => {
  test('section 1: 05/05 procedures with a digitisation process', () => {
    const i = janToAug().result.indicators;
    expect([i.proceduresWithDigitisationProcess, i.procedures]).toEqual([5, 5]);
  });

  test('section 1: electronic results 09, results issued 67, results digitised 67 of 67, dossiers digitised 67 of 67 resolved, reuse 0', () => {
    const i = janToAug().result.indicators;
    expect([i.electronicResults, i.resultsIssued, i.resultsDigitised, i.dossiersDigitised, i.resolved, i.reusedDigitisedData]).toEqual([
      9, 67, 67, 67, 67, 0,
    ]);
  });

  test('section 3: one boundary-free procedure, consular certification, with 45 dossiers', () => {
    const { result } = janToAug();
    const boundaryFree = result.procedures.filter((p) => p.boundaryFree);
    expect(boundaryFree.map((p) => p.name)).toEqual(['Chứng nhận lãnh sự, hợp pháp hóa lãnh sự']);
    expect(result.byProcedure[boundaryFree[0].code].newReceived).toBe(45);
  });

  test('section 3: dossiers per procedure: conferences 09 (full online); passports 13, renewal 0, visa notes 0, consular 45 (partial)', () => {
    const { result } = janToAug();
    const byName = (level: string) =>
      Object.fromEntries(result.procedures.filter((p) => p.onlineLevel === level).map((p) => [p.name, result.byProcedure[p.code].newReceived]));
    expect(byName('full')).toEqual({ 'Cho phép tổ chức hội nghị, hội thảo quốc tế không thuộc thẩm quyền cho phép của Thủ tướng Chính phủ': 9 });
    expect(byName('partial')).toEqual({
      'Cấp hộ chiếu ngoại giao, hộ chiếu công vụ (không gắn chíp điện tử)': 13,
      'Gia hạn hộ chiếu ngoại giao, hộ chiếu công vụ (không gắn chíp điện tử)': 0,
      'Cấp công hàm đề nghị cấp thị thực cho hộ chiếu công vụ/hộ chiếu ngoại giao': 0,
      'Chứng nhận lãnh sự, hợp pháp hóa lãnh sự': 45,
    });
  });

  test('section 5: 05/05 on the TTHC information system and 05/05 with an electronic internal process', () => {
    const i = janToAug().result.indicators;
    expect([i.proceduresOnInformationSystem, i.proceduresWithEProcess, i.procedures]).toEqual([5, 5, 5]);
  });
});

describe('the built-in sample has a period under the 2025 rules (2026-Q3)', () => {
  const q3 = () => reportDataFor(inputs, periodFromLabel(SAMPLE_PERIODS.quarterly2026)!, 'quarterly').result.indicators;

  test('received 17 = carried over 1 + new 16 (online 8, direct 6, postal 2), as counted by hand beside the rows', () => {
    const i = q3();
    expect([i.received, i.carriedOver, i.newReceived, i.newOnline, i.newDirect, i.newPostal]).toEqual([17, 1, 16, 8, 6, 2]);
  });

  test('resolved 14 (early 12, on time 1, late 1); pending 3 (in time 2, overdue 1)', () => {
    const i = q3();
    expect([i.resolved, i.resolvedEarly, i.resolvedOnTime, i.resolvedLate, i.pending, i.pendingInTime, i.pendingOverdue]).toEqual([14, 12, 1, 1, 3, 2, 1]);
  });

  test('the 2023 figures are untouched by the 2026 dossiers: 2023-Q2 still receives 14', () => {
    expect(quarter().result.indicators.received).toBe(14);
  });
});

describe('a period with no dossier', () => {
  test('is a warning naming the period and the dates the log covers, not a silent empty report', () => {
    const data = reportDataFor(inputs, periodFromLabel('2025-Q1')!, 'quarterly');
    const empty = data.issues.filter((i) => i.code === 'emptyPeriod');
    expect(empty).toEqual([expect.objectContaining({ severity: 'warning', sheet: 'HoSo' })]);
    expect(empty[0].message).toContain('Kỳ 2025-Q1 không có hồ sơ nào');
  });

  test('a period with dossiers gets no such warning', () => {
    expect(quarter().issues.filter((i) => i.code === 'emptyPeriod')).toEqual([]);
  });
});

describe('the period the sample suggests', () => {
  test('is the latest closed quarter with dossiers: 2026-Q3 on 01/12/2026', () => {
    expect(latestClosedPeriodWithDossiers(inputs.dossiers, dayFromParts(2026, 12, 1))?.label).toBe('2026-Q3');
  });
});

import ExcelJS from 'exceljs';
import { readTablesFromFile } from '../../src/adapters/exceljs/readWorkbook';
import { computeIndicators } from '../../src/core/indicators';
import { parseInputs } from '../../src/core/inputs';
import { periodFromLabel } from '../../src/core/periods';
import { Inputs } from '../../src/core/types';
import { makeTempDir } from '../helpers/tempDir';

/**
 * A workbook as exports look: the catalogue is an Excel table named TTHC on a
 * sheet called "Danh muc" with English labels; the log has title rows, labels
 * without diacritics, channel codes and dates typed as text. Figures for
 * 2024-Q2 (15/03–14/06/2024) counted by hand, row by row, in the comments.
 */
const LOG: (string | number | null)[][] = [
  // id     code  received      due           completed     channel status
  ['H01', 'A', '01/03/2024', '08/03/2024', '07/03/2024', 1, null], // finished before the period
  ['H02', 'A', '11/03/2024', '18/03/2024', '18/03/2024', 1, null], // carried over, resolved on time
  ['H03', 'B', '12/03/2024', '26/03/2024', null, 1, null], // carried over, pending, overdue
  ['H04', 'A', '15/03/2024', '22/03/2024', '20/03/2024', 2, null], // new online, early
  ['H05', 'A', '02/04/2024', null, '10/04/2024', 3, null], // new postal; due computed 09/04 → late
  ['H06', 'B', '05/06/2024', '19/06/2024', null, 2, null], // new online, pending in time
  ['H07', 'B', '10/05/2024', '24/05/2024', '15/05/2024', 1, 'Rút hồ sơ'], // new direct, withdrawn: on time
  ['H08', 'A', '15/06/2024', '21/06/2024', null, 2, null], // after the period
];

let inputs: Inputs;
const temp = makeTempDir();

beforeAll(async () => {
  const workbook = new ExcelJS.Workbook();
  const catalogue = workbook.addWorksheet('Danh muc');
  catalogue.getCell('A1').value = 'Procedure catalogue (export)';
  catalogue.addTable({
    name: 'TTHC',
    ref: 'A3',
    headerRow: true,
    columns: ['Procedure code', 'Procedure name', 'Field', 'Online level', 'Processing days'].map((name) => ({ name })),
    rows: [
      ['A', 'Consular certification', 'Lanh su', 4, 5],
      ['B', 'Passport', 'Xuat nhap canh', 3, 10],
    ],
  });
  const log = workbook.addWorksheet('HoSo');
  log.addRow(['SO THEO DOI HO SO']);
  log.addRow(['Tu ngay 01/03/2024']);
  log.addRow(['Ma ho so', 'Ma TTHC', 'Ngay tiep nhan', 'Ngay hen tra', 'Ngay hoan thanh', 'Kenh nop', 'Trang thai', 'Ghi chu']);
  for (const row of LOG) log.addRow(row);
  await workbook.xlsx.writeFile(temp.file('export.xlsx'));
  inputs = parseInputs(await readTablesFromFile(temp.file('export.xlsx')));
});
afterAll(() => temp.remove());

const q2 = () => computeIndicators(inputs, periodFromLabel('2024-Q2')!);

describe('a workbook laid out like a system export', () => {
  test('reads without issues: the table by name, the header under title rows, an unknown column ignored', () => {
    // The log has a channel column but none of the digitisation flags: one note says so, nothing else.
    expect(inputs.issues.map((i) => i.code)).toEqual(['noFlagColumns']);
    expect(inputs.procedures.map((p) => p.code)).toEqual(['A', 'B']);
    expect(inputs.dossiers).toHaveLength(8);
  });

  test('received 6 = carried over 2 + new 4 (online 2, direct 1, postal 1)', () => {
    const i = q2().indicators;
    expect([i.received, i.carriedOver, i.newReceived, i.newOnline, i.newDirect, i.newPostal]).toEqual([6, 2, 4, 2, 1, 1]);
  });

  test('resolved 4: early 1, on time 2 (one withdrawn), late 1 (against a computed due date)', () => {
    const i = q2().indicators;
    expect([i.resolved, i.resolvedEarly, i.resolvedOnTime, i.resolvedLate]).toEqual([4, 1, 2, 1]);
  });

  test('pending 2: in time 1, overdue 1; on-time rate 75%, online share 50%', () => {
    const i = q2().indicators;
    expect([i.pending, i.pendingInTime, i.pendingOverdue, i.onTimeRate, i.onlineShare]).toEqual([2, 1, 1, 0.75, 0.5]);
  });

  test('per field: 3 dossiers each', () => {
    const { byField } = q2();
    expect([byField['Lanh su'].received, byField['Xuat nhap canh'].received]).toEqual([3, 3]);
  });
});

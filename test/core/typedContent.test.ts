import { figureLabel, figureKeysOf } from '../../src/core/figureKeys';
import { parseInputs } from '../../src/core/inputs';
import { periodFromLabel } from '../../src/core/periods';
import { FIGURE_TABLE, headerOf, NARRATIVE_TABLE } from '../../src/core/schema';
import {
  appendedCells,
  ContentTableError,
  emptyContentCount,
  planContentWrites,
  typedContentOf,
  type ContentLayout,
  type ContentPlan,
  type ContentValues,
  type TablePlan,
} from '../../src/core/typedContent';
import type { RawCell, RawTable } from '../../src/core/types';
import { sampleSheets } from '../../src/sample/sampleWorkbook';
import { QUARTERLY_NARRATIVES } from '../../src/templates/quarterly';
import { DIGITISATION_NARRATIVES } from '../../src/templates/digitisation';

// SoLieu and NoiDung as the pane reads and writes them: what a report's figures and sections
// hold for a period, and the cells that make the workbook hold new ones.

const Q2 = periodFromLabel('2023-Q2')!;
const Q3_2026 = periodFromLabel('2026-Q3')!;
const QUARTERLY: ContentLayout = { report: 'quarterly', figureKeys: figureKeysOf('quarterly'), sections: QUARTERLY_NARRATIVES };
const DIGITISATION: ContentLayout = { report: 'digitisation', figureKeys: figureKeysOf('digitisation'), sections: DIGITISATION_NARRATIVES };
const IMPACT = 'impactAssessedProcedures';
const IMPACT_LABEL = figureLabel(IMPACT)!;

const table = (sheet: string, rows: RawCell[][], firstRow = 1, firstColumn = 1): RawTable => ({ sheet, firstRow, firstColumn, rows });

function sampleTable(name: string): RawTable {
  const s = sampleSheets().find((x) => x.name === name)!;
  return table(name, [s.header, ...s.rows.map((r) => [...r])]);
}

/** The plan applied to a copy of the rows, as a writer would (a new sheet from scratch). */
function applied(raw: RawTable | null, plan: TablePlan | null): RawTable | null {
  if (!plan) return raw;
  const base = raw && !plan.create ? raw : table(plan.table, []);
  const rows = base.rows.map((r) => [...(r ?? [])]);
  for (const w of [...plan.writes, ...appendedCells(plan)]) {
    const i = w.row - base.firstRow;
    const j = w.col - base.firstColumn;
    while (rows.length <= i) rows.push([]);
    rows[i][j] = w.value;
  }
  return { ...base, rows };
}

function roundTrip(tables: { figures: RawTable | null; narratives: RawTable | null }, plan: ContentPlan) {
  return { figures: applied(tables.figures, plan.figures), narratives: applied(tables.narratives, plan.narratives) };
}

function contentAfter(tables: { figures: RawTable | null; narratives: RawTable | null }, layout: ContentLayout, period = Q2) {
  const raw: Record<string, RawTable> = {};
  if (tables.figures) raw.SoLieu = tables.figures;
  if (tables.narratives) raw.NoiDung = tables.narratives;
  const inputs = parseInputs(raw);
  const ownIssues = inputs.issues.filter((i) => i.sheet === 'SoLieu' || i.sheet === 'NoiDung');
  return { content: typedContentOf(inputs, period, layout), issues: ownIssues };
}

const sample = () => ({ figures: sampleTable('SoLieu'), narratives: sampleTable('NoiDung') });
const none: ContentValues = { figures: [], sections: [] };

describe('what the pane shows: the report’s figures and sections for a period', () => {
  test('the sample’s 2023-Q2 quarterly: every figure typed, the optional sections empty, nothing left to fill', () => {
    const { content } = contentAfter(sample(), QUARTERLY);
    expect(content.figures).toHaveLength(16);
    expect(content.figures.every((f) => f.value === 0 && f.label === figureLabel(f.key))).toBe(true);
    expect(content.sections.filter((s) => s.paragraphs.length === 0).map((s) => s.section)).toEqual(['I.3', 'I.4', 'I.8']);
    expect(content.sections.find((s) => s.section === 'I.9')!.paragraphs).toHaveLength(2);
    expect(emptyContentCount(content)).toEqual({ figures: 0, sections: 0 });
  });

  test('the sample’s 2026-Q3: everything to fill (optional sections not counted)', () => {
    const { content } = contentAfter(sample(), QUARTERLY, Q3_2026);
    expect(content.figures.every((f) => f.value === null)).toBe(true);
    expect(emptyContentCount(content)).toEqual({ figures: 16, sections: 10 });
  });

  test('each report sees its own paragraphs: the digitisation report’s I.1 is not the quarterly’s', () => {
    const period = periodFromLabel('01/01/2023-31/08/2023')!;
    const quarterly = contentAfter(sample(), QUARTERLY, period).content;
    const digitisation = contentAfter(sample(), DIGITISATION, period).content;
    expect(quarterly.sections.find((s) => s.section === 'I.1')!.paragraphs).toEqual([]);
    expect(digitisation.sections.find((s) => s.section === 'I.1')!.paragraphs).toHaveLength(5);
  });
});

describe('planning SoLieu', () => {
  test('unchanged values: nothing to write', () => {
    const { content } = contentAfter(sample(), QUARTERLY);
    expect(planContentWrites(sample(), Q2, QUARTERLY, content)).toEqual({ figures: null, narratives: null });
    expect(planContentWrites(sample(), Q2, QUARTERLY, none)).toEqual({ figures: null, narratives: null });
  });

  test('a figure already there is updated in place, as a number', () => {
    const tables = sample();
    const row = tables.figures.rows.findIndex((r) => r[1] === IMPACT_LABEL) + 1;
    const plan = planContentWrites(tables, Q2, QUARTERLY, { figures: [{ key: IMPACT, value: 3 }], sections: [] });
    expect(plan.narratives).toBeNull();
    expect(plan.figures).toMatchObject({ create: false, appends: [], writes: [{ row, col: 3, value: 3 }] });
    expect(contentAfter(roundTrip(tables, plan), QUARTERLY).content.figures.find((f) => f.key === IMPACT)!.value).toBe(3);
  });

  test('a figure of a period not there yet is a new row: period key, Vietnamese label, number', () => {
    const tables = sample();
    const plan = planContentWrites(tables, Q3_2026, QUARTERLY, { figures: [{ key: IMPACT, value: 2 }], sections: [] });
    expect(plan.figures).toMatchObject({ writes: [], appends: [['2026-Q3', IMPACT_LABEL, 2]], appendAt: { row: tables.figures.rows.length + 1, col: 1 } });
  });

  test('emptied: the value goes, the row stays and is read as not typed (no issue)', () => {
    const tables = sample();
    const plan = planContentWrites(tables, Q2, QUARTERLY, { figures: [{ key: IMPACT, value: null }], sections: [] });
    expect(plan.figures!.writes).toEqual([expect.objectContaining({ col: 3, value: null })]);
    const after = contentAfter(roundTrip(tables, plan), QUARTERLY);
    expect(after.content.figures.find((f) => f.key === IMPACT)!.value).toBeNull();
    expect(after.issues).toEqual([]);
  });

  test('no SoLieu: the sheet is created, headed as the sample’s, without internal keys', () => {
    const plan = planContentWrites({ figures: null, narratives: null }, Q2, QUARTERLY, { figures: [{ key: IMPACT, value: 1 }, { key: 'feedbackReceived', value: null }], sections: [] });
    expect(plan.figures).toMatchObject({ create: true, table: 'SoLieu', appends: [['2023-Q2', IMPACT_LABEL, 1]], appendAt: { row: 2, col: 1 } });
    expect(plan.figures!.writes.map((w) => w.value)).toEqual(['Kỳ báo cáo', 'Chỉ tiêu', 'Giá trị']);
    expect(plan.narratives).toBeNull();
  });

  test('a sheet naming figures by key only gets the key; its title rows and offset are kept', () => {
    const raw = table('SoLieu', [['SỐ LIỆU NHẬP TAY'], [], ['Kỳ báo cáo', 'Mã chỉ tiêu', 'Giá trị'], ['Quý II/2023', IMPACT, 0]], 3, 2);
    const plan = planContentWrites({ figures: raw, narratives: null }, Q2, QUARTERLY, {
      figures: [{ key: IMPACT, value: 4 }, { key: 'feedbackReceived', value: 1 }],
      sections: [],
    });
    // `Quý II/2023` is the key 2023-Q2: its row is updated; the new row is written under the key.
    expect(plan.figures).toMatchObject({ writes: [{ row: 6, col: 4, value: 4 }], appends: [['2023-Q2', 'feedbackReceived', 1]], appendAt: { row: 7, col: 2 } });
  });

  test('rows typed with the period’s dates: new rows take the same key, so the reader keeps them together', () => {
    const calendarQ2 = periodFromLabel('2023-Q2', { calendar: true })!;
    const raw = table('SoLieu', [['Kỳ báo cáo', 'Chỉ tiêu', 'Giá trị'], ['01/04/2023-30/06/2023', IMPACT_LABEL, 1]]);
    const plan = planContentWrites({ figures: raw, narratives: null }, calendarQ2, QUARTERLY, { figures: [{ key: 'feedbackReceived', value: 2 }], sections: [] });
    expect(plan.figures!.appends).toEqual([['01/04/2023-30/06/2023', figureLabel('feedbackReceived'), 2]]);
    const { content } = contentAfter(roundTrip({ figures: raw, narratives: null }, plan), QUARTERLY, calendarQ2);
    expect(content.figures.filter((f) => f.value !== null).map((f) => [f.key, f.value])).toEqual([[IMPACT, 1], ['feedbackReceived', 2]]);
  });

  test('a figure typed twice: the row the reader uses (the last) gets the value', () => {
    const raw = table('SoLieu', [['Kỳ báo cáo', 'Chỉ tiêu', 'Giá trị'], ['2023-Q2', IMPACT_LABEL, 1], ['2023-Q2', IMPACT_LABEL, 2]]);
    const plan = planContentWrites({ figures: raw, narratives: null }, Q2, QUARTERLY, { figures: [{ key: IMPACT, value: 5 }], sections: [] });
    expect(plan.figures!.writes).toEqual([{ row: 3, col: 3, value: 5 }]);
  });

  test('an Excel table’s blank rows at its end are filled before rows are added', () => {
    const raw = { ...table('SoLieu', [['Kỳ báo cáo', 'Chỉ tiêu', 'Giá trị'], [null, null, null]]), tableName: 'SoLieu' };
    const plan = planContentWrites({ figures: raw, narratives: null }, Q2, QUARTERLY, {
      figures: [{ key: IMPACT, value: 1 }, { key: 'feedbackReceived', value: 2 }],
      sections: [],
    });
    expect(plan.figures!.writes).toEqual([
      { row: 2, col: 1, value: '2023-Q2' },
      { row: 2, col: 2, value: IMPACT_LABEL },
      { row: 2, col: 3, value: 1 },
    ]);
    expect(plan.figures!.appends).toEqual([['2023-Q2', figureLabel('feedbackReceived'), 2]]);
  });

  test('a SoLieu the reader cannot use is refused in its words, both languages', () => {
    const raw = table('SoLieu', [['Kỳ báo cáo', 'Chỉ tiêu']]);
    expect(() => planContentWrites({ figures: raw, narratives: null }, Q2, QUARTERLY, { figures: [{ key: IMPACT, value: 1 }], sections: [] })).toThrow(ContentTableError);
    expect(() => planContentWrites({ figures: raw, narratives: null }, Q2, QUARTERLY, { figures: [{ key: IMPACT, value: 1 }], sections: [] })).toThrow(
      /Thiếu cột bắt buộc "Giá trị".* \/ Cannot write to the SoLieu sheet: Required column "Giá trị"/,
    );
  });
});

describe('planning NoiDung', () => {
  const rowsOf = (raw: RawTable, section: string) => raw.rows.map((r, i) => ({ r, row: i + 1 })).filter((x) => x.r[2] === section && x.r[0] === '2023-Q2' && x.r[1] === 'Báo cáo quý');

  test('fewer paragraphs: the first rows get them, the rows left over are emptied whole', () => {
    const tables = sample();
    const [first, second] = rowsOf(tables.narratives, 'I.9');
    const plan = planContentWrites(tables, Q2, QUARTERLY, { figures: [], sections: [{ section: 'I.9', paragraphs: ['Một đoạn mới.'] }] });
    expect(plan.figures).toBeNull();
    expect(plan.narratives!.writes).toEqual([
      { row: first.row, col: 4, value: 'Một đoạn mới.' },
      ...[1, 2, 3, 4].map((col) => ({ row: second.row, col, value: null })),
    ]);
    const after = contentAfter(roundTrip(tables, plan), QUARTERLY);
    expect(after.content.sections.find((s) => s.section === 'I.9')!.paragraphs).toEqual(['Một đoạn mới.']);
    expect(after.issues).toEqual([]);
  });

  test('more paragraphs: in place, then new rows with the period, the report’s name, the section', () => {
    const tables = sample();
    const rows = rowsOf(tables.narratives, 'I.11');
    const plan = planContentWrites(tables, Q2, QUARTERLY, { figures: [], sections: [{ section: 'I.11', paragraphs: ['a', 'b', 'c'] }] });
    expect(plan.narratives!.writes).toEqual([
      { row: rows[0].row, col: 4, value: 'a' },
      { row: rows[1].row, col: 4, value: 'b' },
    ]);
    expect(plan.narratives!.appends).toEqual([['2023-Q2', 'Báo cáo quý', 'I.11', 'c']]);
    expect(contentAfter(roundTrip(tables, plan), QUARTERLY).content.sections.find((s) => s.section === 'I.11')!.paragraphs).toEqual(['a', 'b', 'c']);
  });

  test('paragraphs are lines: a text box’s lines are rows; blank lines are left out; unchanged text writes nothing', () => {
    const tables = sample();
    const plan = planContentWrites(tables, Q3_2026, QUARTERLY, { figures: [], sections: [{ section: 'II', paragraphs: ['Đoạn 1\n\n  Đoạn 2  '] }] });
    expect(plan.narratives!.appends).toEqual([
      ['2026-Q3', 'Báo cáo quý', 'II', 'Đoạn 1'],
      ['2026-Q3', 'Báo cáo quý', 'II', 'Đoạn 2'],
    ]);
    const { content } = contentAfter(tables, QUARTERLY);
    const same = content.sections.map((s) => ({ section: s.section, paragraphs: [s.paragraphs.join('\n')] }));
    expect(planContentWrites(tables, Q2, QUARTERLY, { figures: [], sections: same }).narratives).toBeNull();
  });

  test('text that looks like a formula is planned as text, exactly as typed', () => {
    const texts = ['=HYPERLINK("http://x")', '+84 912', '-5', '@SUM(A1)', '- Gạch đầu dòng'];
    const plan = planContentWrites({ figures: null, narratives: null }, Q2, QUARTERLY, { figures: [], sections: [{ section: 'I.7', paragraphs: texts }] });
    expect(plan.narratives!.appends.map((r) => r[3])).toEqual(texts);
    expect(plan.narratives!.appends.every((r) => r.every((c) => typeof c === 'string'))).toBe(true);
  });

  test('no NoiDung: the sheet is created with Báo cáo, each row naming the report', () => {
    const plan = planContentWrites({ figures: null, narratives: null }, Q2, DIGITISATION, { figures: [], sections: [{ section: 'Mở đầu', paragraphs: ['Thực hiện…'] }] });
    expect(plan.narratives!.writes.map((w) => w.value)).toEqual(headerOf(NARRATIVE_TABLE));
    expect(plan.narratives!.appends).toEqual([['2023-Q2', 'Báo cáo số hóa', 'Mở đầu', 'Thực hiện…']]);
  });

  test('a row for every report (blank Báo cáo) stays every other report’s; this report gets its own rows', () => {
    const raw = table('NoiDung', [headerOf(NARRATIVE_TABLE), ['2023-Q2', null, 'II', 'Chung cho mọi báo cáo.']]);
    const plan = planContentWrites({ figures: null, narratives: raw }, Q2, QUARTERLY, { figures: [], sections: [{ section: 'II', paragraphs: ['Riêng báo cáo quý.'] }] });
    expect(plan.narratives!.writes).toEqual([{ row: 2, col: 2, value: 'Báo cáo số hóa; Biểu 06; Điểm 766; Tổng hợp số lượng TTHC; Danh sách hồ sơ quá hạn' }]);
    const after = roundTrip({ figures: null, narratives: raw }, plan);
    expect(contentAfter(after, QUARTERLY).content.sections.find((s) => s.section === 'II')!.paragraphs).toEqual(['Riêng báo cáo quý.']);
    expect(contentAfter(after, DIGITISATION).content.sections.find((s) => s.section === 'II')!.paragraphs).toEqual(['Chung cho mọi báo cáo.']);
  });

  test('a row shared by two reports loses this report’s name only', () => {
    const raw = table('NoiDung', [headerOf(NARRATIVE_TABLE), ['2023-Q2', 'BC quý; Báo cáo số hóa', 'III', 'Chung hai báo cáo.']]);
    const plan = planContentWrites({ figures: null, narratives: raw }, Q2, QUARTERLY, { figures: [], sections: [{ section: 'III', paragraphs: [] }] });
    expect(plan.narratives).toMatchObject({ writes: [{ row: 2, col: 2, value: 'Báo cáo số hóa' }], appends: [] });
  });

  test('a NoiDung without Báo cáo gets the column: its rows stay every report’s, new rows name the report', () => {
    const raw = table('NoiDung', [['Kỳ báo cáo', 'Mục', 'Nội dung'], ['2023-Q2', 'I.7', 'Cũ.']]);
    const plan = planContentWrites({ figures: null, narratives: raw }, Q2, QUARTERLY, { figures: [], sections: [{ section: 'I.7', paragraphs: ['Mới.'] }] });
    expect(plan.narratives!.newColumn).toEqual({ col: 4, header: 'Báo cáo' });
    expect(plan.narratives!.writes[0]).toEqual({ row: 1, col: 4, value: 'Báo cáo' });
    expect(plan.narratives!.appends).toEqual([['2023-Q2', 'I.7', 'Mới.', 'Báo cáo quý']]);
    const after = roundTrip({ figures: null, narratives: raw }, plan);
    expect(contentAfter(after, QUARTERLY).content.sections.find((s) => s.section === 'I.7')!.paragraphs).toEqual(['Mới.']);
    expect(contentAfter(after, DIGITISATION, Q2).issues).toEqual([]);
  });

  test('sections are matched as the reader matches them (`i. 7.` is I.7)', () => {
    const raw = table('NoiDung', [headerOf(NARRATIVE_TABLE), ['Quý II/2023', 'Báo cáo quý', 'i. 7.', 'Cũ.']]);
    const plan = planContentWrites({ figures: null, narratives: raw }, Q2, QUARTERLY, { figures: [], sections: [{ section: 'I.7', paragraphs: ['Mới.'] }] });
    expect(plan.narratives).toMatchObject({ writes: [{ row: 2, col: 4, value: 'Mới.' }], appends: [] });
  });
});

describe('every figure and section of the quarterly report, typed for 2026-Q3 into the sample', () => {
  test('the report then holds them all, and no other report’s or period’s content changed', () => {
    const tables = sample();
    const values: ContentValues = {
      figures: figureKeysOf('quarterly').map((key, i) => ({ key, value: i })),
      sections: QUARTERLY_NARRATIVES.map((s) => ({ section: s.section, paragraphs: [`Nội dung mục ${s.section}.`, `=Đoạn hai ${s.section}`] })),
    };
    const plan = planContentWrites(tables, Q3_2026, QUARTERLY, values);
    const after = roundTrip(tables, plan);
    const { content, issues } = contentAfter(after, QUARTERLY, Q3_2026);
    expect(issues).toEqual([]);
    expect(content.figures.map((f) => f.value)).toEqual(values.figures.map((f) => f.value));
    expect(content.sections.map((s) => s.paragraphs)).toEqual(values.sections.map((s) => s.paragraphs));
    expect(emptyContentCount(content)).toEqual({ figures: 0, sections: 0 });
    expect(contentAfter(after, QUARTERLY).content).toEqual(contentAfter(tables, QUARTERLY).content);
    const jan = periodFromLabel('01/01/2023-31/08/2023')!;
    expect(contentAfter(after, DIGITISATION, jan).content).toEqual(contentAfter(tables, DIGITISATION, jan).content);
    expect(FIGURE_TABLE.name).toBe(plan.figures!.table);
  });
});

import { parseChannelCell, parseOnlineLevelCell, parseRegulatorCell, parseStatusCell, parseYesNoCell } from '../../src/core/cells';
import { parseInputs, type RawTables } from '../../src/core/inputs';
import { ALL_TABLES, AGENCY_KEYS } from '../../src/core/schema';
import { sampleSheets } from '../../src/sample/sampleWorkbook';
import { CHOICES, emptyInputTables, headerRowOf, sampleInputTables } from '../../src/taskpane/services/inputTemplates';

describe('input tables the Data tab creates', () => {
  test('one per input, headed with the engine’s Vietnamese labels', () => {
    const tables = emptyInputTables();
    expect(tables.map((t) => t.name)).toEqual(['TTHC', 'HoSo', 'SoLieu', 'NoiDung', 'NgayNghi', 'ThongTin']);
    for (const spec of ALL_TABLES) {
      const t = tables.find((x) => x.name === spec.name)!;
      expect(t.columns.map((c) => c.header)).toEqual(spec.columns.map((c) => c.labels[0]));
      expect(headerRowOf(t)).toBe(1);
    }
    const info = tables.find((t) => t.name === 'ThongTin')!;
    expect(info.rows.map((r) => r[0])).toEqual(expect.arrayContaining(Object.values(AGENCY_KEYS).map((l) => l[0])));
  });

  test('empty tables read without errors (a header and nothing else)', () => {
    const raw: RawTables = {};
    for (const t of emptyInputTables()) raw[t.name] = { sheet: t.name, firstRow: 1, firstColumn: 1, rows: [t.columns.map((c) => c.header), ...t.rows] };
    const inputs = parseInputs(raw);
    expect(inputs.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  test('choice lists on the right columns, every choice read by the engine', () => {
    const byHeader = new Map(emptyInputTables().flatMap((t) => t.columns.map((c) => [`${t.name}.${c.header}`, c] as const)));
    expect(byHeader.get('HoSo.Kênh tiếp nhận')!.choices!.values).toEqual(['Trực tuyến', 'Trực tiếp', 'Bưu chính']);
    expect(byHeader.get('HoSo.Hồ sơ số hóa')!.choices!.values).toEqual(['Có', 'Không']);
    expect(byHeader.get('TTHC.Cổng DVC quốc gia')!.choices!.values).toEqual(['Có', 'Không']);
    expect(byHeader.get('TTHC.Mức DVCTT')!.choices!.values).toEqual(['Toàn trình', 'Một phần', 'Không']);
    expect(byHeader.get('NgayNghi.Loại')!.choices!.values).toEqual(['Nghỉ', 'Làm bù']);
    expect(byHeader.get('HoSo.Trạng thái')!.choices!.strict).toBe(false);
    expect(byHeader.get('HoSo.Ngày tiếp nhận')!.date).toBe(true);
    expect(byHeader.get('HoSo.Mã hồ sơ')!.text).toBe(true);
    expect(byHeader.get('TTHC.Tên TTHC')!.choices).toBeUndefined();

    const ok = (parsed: { ok: boolean; value?: unknown }) => parsed.ok && parsed.value !== null;
    for (const v of CHOICES.channel) expect(ok(parseChannelCell(v))).toBe(true);
    for (const v of CHOICES.yesNo) expect(parseYesNoCell(v).ok).toBe(true);
    for (const v of CHOICES.onlineLevel) expect(ok(parseOnlineLevelCell(v))).toBe(true);
    for (const v of CHOICES.regulator) expect(ok(parseRegulatorCell(v))).toBe(true);
    for (const v of CHOICES.status) expect(parseStatusCell(v).ok).toBe(true);
    // Excel's list source is one comma-separated string: no choice may hold a comma.
    for (const list of Object.values(CHOICES)) for (const v of list) expect(v).not.toContain(',');
  });

  test('the sample as tables: the sample’s rows and titles, the same choice lists', () => {
    const sheets = sampleSheets();
    const tables = sampleInputTables(sheets);
    expect(tables.map((t) => t.name)).toEqual(sheets.map((s) => s.name));
    const tthc = tables.find((t) => t.name === 'TTHC')!;
    expect(headerRowOf(tthc)).toBe(3);
    expect(tthc.rows).toBe(sheets[0].rows);
    expect(tthc.columns.find((c) => c.header === 'Mức DVCTT')!.choices!.values).toEqual(CHOICES.onlineLevel);
    expect(tables.find((t) => t.name === 'NgayNghi')!.columns.find((c) => c.header === 'Ngày')!.date).toBe(true);
  });
});

describe('the NoiDung table the Data tab creates', () => {
  test('offers the reports’ Vietnamese names in its Báo cáo column, as a suggestion', () => {
    const noiDung = emptyInputTables().find((t) => t.name === 'NoiDung')!;
    const report = noiDung.columns.find((c) => c.header === 'Báo cáo')!;
    expect(report.choices).toEqual({ values: ['Báo cáo quý', 'Báo cáo số hóa', 'Biểu 06', 'Điểm 766', 'Tổng hợp số lượng TTHC', 'Danh sách hồ sơ quá hạn'], strict: false });
  });
});

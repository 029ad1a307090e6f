import { FIGURE_KEYS, REPORT_IDS, findReport, renderReport, reports } from '../../src/templates';
import { quarterlyContext } from '../helpers/indicatorFixture';

describe('report registry', () => {
  test('offers the four reports', () => {
    expect(REPORT_IDS).toEqual(['quarterly', 'digitisation', 'form06', 'score766', 'proceduresByLevel', 'overdueList']);
    expect(findReport('form06')?.title('vi')).toBe('Biểu 06: kết quả giải quyết TTHC');
    expect(findReport('form06')?.title('en')).toBe('Form 06: TTHC dossier results');
    expect(findReport('nope')).toBeUndefined();
  });

  test('each report renders a sheet named after the report and period', () => {
    const names = reports.map((r) => r.render(quarterlyContext()).name);
    expect(names).toEqual(['BC quý II-2023', 'BC số hóa 2023-Q2', 'Biểu 06 2023-Q2', 'Điểm 766 2023-Q2', 'Số lượng TTHC 2023-Q2', 'HS quá hạn 2023-Q2']);
    expect(renderReport('quarterly', quarterlyContext({ language: 'en' })).name).toBe('Quarter II-2023');
  });

  test('the report text is Vietnamese whatever the language', () => {
    const en = renderReport('quarterly', quarterlyContext({ language: 'en' }));
    const vi = renderReport('quarterly', quarterlyContext());
    expect(en.cells).toEqual(vi.cells);
  });

  test('every figure key a report reads is documented, with a description', () => {
    const documented = new Set(FIGURE_KEYS.map((f) => f.key));
    for (const report of reports) for (const key of report.figureKeys) expect(documented.has(key)).toBe(true);
    expect(FIGURE_KEYS.every((f) => /^[a-z][A-Za-z0-9]*$/.test(f.key) && f.label.length > 10)).toBe(true);
    expect(new Set(FIGURE_KEYS.map((f) => f.key)).size).toBe(FIGURE_KEYS.length);
  });

  test('reports list the NoiDung sections they print', () => {
    expect(findReport('quarterly')?.narrativeSections.map((s) => s.section)).toEqual([
      'I.1', 'I.2', 'I.3', 'I.4', 'I.5', 'I.6', 'I.7', 'I.8', 'I.9', 'I.10', 'I.11', 'II', 'III',
    ]);
  });
});

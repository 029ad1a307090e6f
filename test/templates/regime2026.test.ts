import type { IndicatorResult } from '../../src/core/types';
import { renderReport } from '../../src/templates';
import { warningsOf } from '../../src/templates/context';
import { form06Rows } from '../../src/templates/form06';
import { day, digitisationContext, digitisationResult, quarterlyContext, quarterlyResult } from '../helpers/indicatorFixture';
import type { ReportContext } from '../../src/templates';
import { findCell, rowCells, texts } from './modelText';

/** Seed 000's catalogue and dossiers in 2026-Q3, every procedure provincial and boundary-free (ND 118 Art. 40.4). */
function q3Result(): IndicatorResult {
  const result = quarterlyResult();
  result.period = { from: day(2026, 6, 15), to: day(2026, 9, 14), label: '2026-Q3' };
  result.procedures = result.procedures.map((p) => ({ ...p, level: 'province', boundaryFree: true }));
  result.indicators = { ...result.indicators, proceduresBoundaryFree: 8 };
  return result;
}

/** No NoiDung at all, issued the day after the period. */
const q3 = (over: Partial<ReportContext> = {}): ReportContext =>
  quarterlyContext({ result: q3Result(), narratives: {}, issueDate: day(2026, 9, 15), ...over });

const withPeriod = (result: IndicatorResult, from: number, to: number, label: string | null): IndicatorResult => ({
  ...result,
  period: { from, to, label },
});

const allText = (ctx: ReportContext, id: Parameters<typeof renderReport>[0] = 'quarterly'): string => texts(renderReport(id, ctx)).join('\n');

describe('quarterly report for 2026-Q3 (Nghị định 118/2025/NĐ-CP)', () => {
  const model = renderReport('quarterly', q3());
  const printed = texts(model).join('\n');

  test('cites ND 118/2025, counts online services on the national portal as toàn trình / một phần, states the period', () => {
    expect(printed).toContain('được sửa đổi, bổ sung bởi Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ');
    expect(findCell(model, '+ Trên Cổng Dịch vụ công quốc gia: 06 TTHC (DVCTT toàn trình: 05; một phần: 01);')).toBeDefined();
    expect(findCell(model, 'Từ ngày 15/6/2026 đến ngày 14/9/2026')).toBeDefined();
    for (const old of ['Cổng Dịch vụ công tỉnh', 'mức độ 3', 'mức độ 4', '107/2021', '61/2018']) expect(printed).not.toContain(old);
  });

  test('counts the procedures received regardless of boundary within the province', () => {
    expect(findCell(model, '+ Số TTHC thực hiện không phụ thuộc vào địa giới hành chính trong phạm vi cấp tỉnh: 08/08 TTHC.')).toBeDefined();
  });

  test('is titled after the quarter and plans the next one', () => {
    expect(printed).toContain('thực hiện thủ tục hành chính trên môi trường điện tử Quý III năm 2026');
    expect(printed).toContain('III. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ IV/2026');
    expect(model.name).toBe('BC quý III-2026');
  });

  test('a closed period with final figures carries no warning', () => {
    expect(warningsOf(model)).toEqual([]);
  });

  test('NoiDung words of the old regime are warned about, and printed as typed', () => {
    const typed = renderReport('quarterly', q3({ narratives: { II: ['Khuyến khích sử dụng dịch vụ công trực tuyến mức độ 3, 4.'] } }));
    expect(warningsOf(typed).some((w) => w.startsWith('NoiDung mục II') && w.includes('mức độ 3'))).toBe(true);
    expect(findCell(typed, 'mức độ 3, 4')).toBeDefined();
  });
});

describe('digitisation report for 2026 (Nghị định 118/2025/NĐ-CP, Quyết định 766/QĐ-TTg)', () => {
  const ctx2026 = (over: Partial<ReportContext> = {}): ReportContext =>
    digitisationContext({ result: withPeriod(digitisationResult(), day(2025, 12, 15), day(2026, 12, 14), '2026'), issueDate: day(2026, 12, 18), ...over });

  test('rests on ND 118/2025 (Art. 17, 19, 22; Ch. V) and QĐ 766, not on ND 107/2021 or, by default, QĐ 468', () => {
    const model = renderReport('digitisation', ctx2026());
    const printed = texts(model).join('\n');
    expect(findCell(model, 'theo Nghị định số 118/2025/NĐ-CP, Quyết định số 766/QĐ-TTg năm 2026')).toBeDefined();
    expect(printed).toContain('theo Điều 17, Điều 19 và Điều 22 Nghị định số 118/2025/NĐ-CP');
    expect(printed).toContain('(Chương V Nghị định số 118/2025/NĐ-CP; Quyết định số 766/QĐ-TTg)');
    expect(printed).toContain('nhóm chỉ số số hóa hồ sơ của Bộ chỉ số ban hành kèm theo Quyết định số 766/QĐ-TTg ngày 23/6/2022');
    expect(printed).toContain('tỷ lệ hồ sơ được số hóa: 100%; tỷ lệ kết quả giải quyết TTHC được số hóa: 100%');
    for (const old of ['107/2021', '468/QĐ-TTg', '01/2023/TT-VPCP', 'Cổng Dịch vụ công tỉnh']) expect(printed).not.toContain(old);
  });

  test('cites QĐ 468 and TT 01/2023 only when the setting says they still apply', () => {
    const printed = allText(ctx2026({ regimeSettings: { citeDigitisationPlans: true } }), 'digitisation');
    expect(printed).toContain('Nghị định số 118/2025/NĐ-CP, Quyết định số 468/QĐ-TTg, Thông tư số 01/2023/TT-VPCP, Quyết định số 766/QĐ-TTg năm 2026');
  });

  test('gives the boundary-free procedures as a share of all', () => {
    expect(allText(ctx2026(), 'digitisation')).toContain('không phụ thuộc vào địa giới hành chính trong phạm vi cấp tỉnh: 01/05 TTHC, cụ thể:');
  });
});

describe('titles and next tasks follow the period', () => {
  test('a 2023-H1 report is titled "6 tháng đầu năm 2023" and plans the second half', () => {
    const result = withPeriod(quarterlyResult(), day(2022, 12, 15), day(2023, 6, 14), '2023-H1');
    const model = renderReport('quarterly', quarterlyContext({ result }));
    expect(findCell(model, 'trên môi trường điện tử 6 tháng đầu năm 2023')).toBeDefined();
    expect(texts(model)).toContain('III. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2023');
    expect(findCell(model, 'Quý I năm 2023')).toBeUndefined();
    expect(model.name).toBe('BC 6 tháng đầu 2023');
  });

  test('a 2023 report is titled "năm 2023" and plans 2024', () => {
    const result = withPeriod(quarterlyResult(), day(2022, 12, 15), day(2023, 12, 14), '2023');
    const model = renderReport('quarterly', quarterlyContext({ result, issueDate: day(2023, 12, 15) }));
    expect(findCell(model, 'trên môi trường điện tử năm 2023')).toBeDefined();
    expect(texts(model)).toContain('III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024');
  });

  test('the 2023 seed keeps its words: no line under the title, no warning', () => {
    const model = renderReport('quarterly', quarterlyContext());
    expect(findCell(model, '(Từ ngày')).toBeUndefined();
    expect(warningsOf(model)).toEqual([]);
  });

  test('a 2023 report with no NoiDung still states its data period', () => {
    expect(findCell(renderReport('quarterly', quarterlyContext({ narratives: {} })), '(Từ ngày 15/3/2023 đến ngày 14/6/2023)')).toBeDefined();
  });
});

describe('periods across the change of law, and periods not yet closed', () => {
  test('a period straddling 01/07/2025 follows ND 118 and prints the note', () => {
    const result = withPeriod(q3Result(), day(2025, 6, 15), day(2025, 9, 14), '2025-Q3');
    const ctx = q3({ result, issueDate: day(2025, 9, 20) });
    for (const id of ['quarterly', 'digitisation', 'form06'] as const) {
      const model = renderReport(id, ctx);
      expect(findCell(model, 'Kỳ báo cáo có một phần trước ngày 01/7/2025')).toBeDefined();
      expect(warningsOf(model).some((w) => w.startsWith('Kỳ báo cáo có một phần trước ngày 01/7/2025'))).toBe(true);
    }
    expect(allText(ctx)).toContain('Nghị định số 118/2025/NĐ-CP');
  });

  test('a period still open on the issue date prints "số liệu tạm tính đến ngày" and warns', () => {
    const ctx = q3({ issueDate: day(2026, 9, 10) });
    const model = renderReport('quarterly', ctx);
    expect(findCell(model, '(Từ ngày 15/6/2026 đến ngày 14/9/2026; số liệu tạm tính đến ngày 10/9/2026)')).toBeDefined();
    expect(warningsOf(model)).toEqual([expect.stringContaining('số liệu là tạm tính đến ngày 10/9/2026')]);
    expect(findCell(renderReport('form06', ctx), 'Kỳ báo cáo: Quý III/2026 (từ ngày 15/6/2026 đến ngày 14/9/2026; số liệu tạm tính đến ngày 10/9/2026)')).toBeDefined();
    expect(findCell(renderReport('digitisation', ctx), 'số liệu tạm tính đến ngày 10/9/2026')).toBeDefined();
  });
});

describe('form 06 in 2026', () => {
  /** NV01–NV04 (Lãnh sự) provincial; NV05–NV08 commune-level. */
  function twoLevels(): IndicatorResult {
    const result = q3Result();
    result.procedures = result.procedures.map((p, i) => ({ ...p, level: i < 4 ? 'province' : 'commune' }));
    return result;
  }

  test('groups the rows by level when procedures of both levels appear', () => {
    const rows = form06Rows(twoLevels());
    expect(rows.filter((r) => r.kind === 'level').map((r) => [r.number, r.label, r.counts[0]])).toEqual([
      ['A', 'Cấp tỉnh', 10],
      ['B', 'Cấp xã', 4],
    ]);
    expect(rows.map((r) => r.label).slice(0, 2)).toEqual(['Cấp tỉnh', 'Lãnh sự']);
    const model = renderReport('form06', q3({ result: twoLevels() }));
    const total = rowCells(model, findCell(model, 'Tổng cộng')!.row).slice(1);
    expect(total.map((c) => c.value)).toEqual([14, 9, 0, 5, 10, 10, 0, 0, 4, 4, 0]);
    expect(findCell(model, 'Cấp xã')?.style?.bold).toBe(true);
  });

  test('one level only: no grouping', () => {
    expect(form06Rows(q3Result()).some((r) => r.kind === 'level')).toBe(false);
  });

  test('the code line comes from ThongTin, the default otherwise', () => {
    expect(findCell(renderReport('form06', q3()), 'Biểu số 06/VPCP/KSTT')).toBeDefined();
    const line = 'Biểu số II.06a/VPCP/KSTT';
    expect(findCell(renderReport('form06', q3({ formCodeLine: line })), line)).toBeDefined();
  });
});

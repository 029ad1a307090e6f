import {
  REGIME_2023, REGIME_2025, boundaryFreeWarning, fillSlots, narrativeWarnings, periodWarnings, regimeFor, straddleNote,
} from '../../src/core/legalRegimes';
import type { Period } from '../../src/core/types';
import { day, quarterlyResult } from '../helpers/indicatorFixture';

const range = (from: number, to: number, label: string | null = null): Period => ({ from, to, label });

describe('legal regime of a period', () => {
  test('a period follows the regime in force on its last day', () => {
    expect(regimeFor(range(day(2025, 3, 15), day(2025, 6, 14), '2025-Q2')).id).toBe('nd61-2018');
    expect(regimeFor(range(day(2025, 3, 15), day(2025, 6, 30))).id).toBe('nd61-2018');
    expect(regimeFor(range(day(2025, 6, 15), day(2025, 7, 1))).id).toBe('nd118-2025');
    expect(regimeFor(range(day(2026, 6, 15), day(2026, 9, 14), '2026-Q3')).id).toBe('nd118-2025');
  });

  test('unconfirmed facts are settings with defaults that ThongTin may override', () => {
    const q3 = range(day(2026, 6, 15), day(2026, 9, 14));
    expect(regimeFor(q3).settings).toEqual({ citeDigitisationPlans: false, form06CodeLine: 'Biểu số 06/VPCP/KSTT', byUnitCodeLine: 'Biểu số II.06a/VPCP/KSTT' });
    expect(regimeFor(q3, { citeDigitisationPlans: true }).settings.citeDigitisationPlans).toBe(true);
    expect(regimeFor(q3, { form06CodeLine: '' }).settings.form06CodeLine).toBe('Biểu số 06/VPCP/KSTT');
    expect(REGIME_2025.settings.citeDigitisationPlans).toBe(false);
  });

  test('the 2025 wording has no provincial portal, no levels 3 and 4 and no repealed decree', () => {
    const wording = JSON.stringify({ q: REGIME_2025.quarterly, d: REGIME_2025.digitisation });
    for (const old of ['Cổng Dịch vụ công tỉnh', 'mức độ 3', 'mức độ 4', '107/2021', '61/2018']) expect(wording).not.toContain(old);
    expect(wording).toContain('118/2025/NĐ-CP');
    expect(JSON.stringify(REGIME_2023.quarterly)).toContain('Cổng Dịch vụ công tỉnh');
  });

  test('a period that starts before 01/07/2025 and ends after it gets the note', () => {
    const q3 = range(day(2025, 6, 15), day(2025, 9, 14), '2025-Q3');
    expect(straddleNote(q3, regimeFor(q3))).toMatch(/^Kỳ báo cáo có một phần trước ngày 01\/7\/2025/);
    const q4 = range(day(2025, 9, 15), day(2025, 12, 14), '2025-Q4');
    expect(straddleNote(q4, regimeFor(q4))).toBeNull();
  });

  test('a period still open on the issue date warns that its figures are provisional', () => {
    const q3 = range(day(2026, 6, 15), day(2026, 9, 14));
    expect(periodWarnings(q3, day(2026, 9, 10), REGIME_2025)).toEqual([
      'Kỳ báo cáo kết thúc ngày 14/9/2026, sau ngày ban hành 10/9/2026: số liệu là tạm tính đến ngày 10/9/2026.',
    ]);
    expect(periodWarnings(q3, day(2026, 9, 14), REGIME_2025)).toEqual([]);
  });

  test('NoiDung words of the earlier regime are named, section by section', () => {
    const warnings = narrativeWarnings({ II: ['sử dụng dịch vụ công trực tuyến mức độ 3, 4'], III: ['Không có.'] }, ['II', 'III'], REGIME_2025);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^NoiDung mục II .*“mức độ 3” \(nên dùng: dịch vụ công trực tuyến một phần\)/);
    expect(narrativeWarnings({ II: ['mức độ 3, 4'] }, ['II'], REGIME_2023)).toEqual([]);
  });

  test('after 31/12/2025 a catalogue marking fewer than all procedures boundary-free is warned about', () => {
    const { procedures } = quarterlyResult(); // 1 of 8 boundary-free
    const q3 = range(day(2026, 6, 15), day(2026, 9, 14));
    expect(boundaryFreeWarning(q3, procedures, REGIME_2025)).toMatch(/^Danh mục TTHC đánh dấu 1\/8 TTHC/);
    expect(boundaryFreeWarning(q3, procedures.map((p) => ({ ...p, boundaryFree: true })), REGIME_2025)).toBeNull();
    expect(boundaryFreeWarning(range(day(2025, 9, 15), day(2025, 12, 14)), procedures, REGIME_2025)).toBeNull();
  });

  test('a slot the values lack is an error, not a blank', () => {
    expect(fillSlots('{a} và {b}', { a: '01', b: '02' })).toBe('01 và 02');
    expect(() => fillSlots('{a} và {b}', { a: '01' })).toThrow('{b}');
  });
});

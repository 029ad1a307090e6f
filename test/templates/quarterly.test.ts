import { renderReport } from '../../src/templates';
import { QUARTERLY_FIGURES, QUARTERLY_NARRATIVES, day, quarterlyContext, quarterlyResult } from '../helpers/indicatorFixture';
import { findCell, texts } from './modelText';

const model = renderReport('quarterly', quarterlyContext());
const printed = texts(model);

describe('quarterly report (seed 000, Quý II/2023)', () => {
  test('title names the quarter in Roman numerals', () => {
    expect(printed).toContain('BÁO CÁO');
    expect(findCell(model, 'Công tác kiểm soát thủ tục hành chính, triển khai cơ chế một cửa, một cửa liên thông và thực hiện thủ tục hành chính trên môi trường điện tử Quý II năm 2023')).toBeDefined();
  });

  test('section 1 opens with the period, day and month unpadded as in the seed', () => {
    expect(findCell(model, 'Từ ngày 15/3/2023 đến ngày 14/6/2023, Sở Ngoại vụ chưa tham mưu UBND tỉnh')).toBeDefined();
    expect(findCell(model, '- Số lượng TTHC đã được đánh giá tác động trong kỳ báo cáo: 0')).toBeDefined();
  });

  test('section 3 counts the catalogue with two-digit figures', () => {
    expect(findCell(model, 'Tổng số TTHC/danh mục TTHC được công bố: 08, trong đó số TTHC được công khai: 08')).toBeDefined();
    expect(findCell(model, 'Tổng số TTHC thuộc thẩm quyền giải quyết của địa phương: 08; trong đó: số TTHC do Trung ương quy định: 04; số TTHC do địa phương quy định: 04.')).toBeDefined();
    expect(findCell(model, '- Tổng số Quyết định công bố TTHC đã được ban hành trong kỳ báo cáo: 0.')).toBeDefined();
  });

  test('section 4 prints the typed-in review figures', () => {
    expect(findCell(model, 'số TTHC giữ nguyên: 0; số TTHC bãi bỏ: 0; số TTHC sửa đổi, bổ sung: 0')).toBeDefined();
  });

  test('section 6 pads each figure exactly as the seed does (14, 9, 0, but 05)', () => {
    expect(findCell(model, 'Tổng số hồ sơ TTHC đã tiếp nhận trong kỳ báo cáo: 14, trong đó: Số mới tiếp nhận trong kỳ: 9 (trực tuyến: 9, trực tiếp và qua dịch vụ bưu chính: 0); số từ kỳ trước chuyển qua: 05')).toBeDefined();
    expect(findCell(model, 'Số lượng hồ sơ đã giải quyết: 10; trong đó, giải quyết trước hạn: 10, đúng hạn: 0, quá hạn: 0')).toBeDefined();
    expect(findCell(model, 'Số lượng hồ sơ đang giải quyết: 04, trong đó, trong hạn: 04, quá hạn: 0.')).toBeDefined();
  });

  test('section 8 counts procedures per portal and dossiers received online', () => {
    expect(findCell(model, 'Trên Cổng Dịch vụ công tỉnh: 08 thủ tục (cung cấp dịch vụ công trực tuyến mức độ 3: 03 TTHC; cung cấp dịch vụ công trực tuyến mức độ 4: 05 TTHC)')).toBeDefined();
    expect(findCell(model, 'Trên Cổng Dịch vụ công quốc gia: 06 thủ tục (cung cấp dịch vụ công trực tuyến mức độ 3: 01 TTHC; cung cấp dịch vụ công trực tuyến mức độ 4: 05 TTHC)')).toBeDefined();
    expect(findCell(model, 'Trong kỳ báo cáo đã tiếp nhận giải quyết 09 thủ tục hành chính trên môi trường mạng.')).toBeDefined();
  });

  test('no feedback received prints the seed sentence for section 5', () => {
    expect(findCell(model, '- Đến thời điểm báo cáo, Sở Ngoại vụ không nhận phản ánh, kiến nghị về quy định hành chính và hành vi hành chính.')).toBeDefined();
  });

  test('part III plans the next quarter', () => {
    expect(printed).toContain('III. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ III/2023');
  });

  test('a fourth-quarter report plans the first quarter of the next year', () => {
    const result = quarterlyResult();
    result.period = { from: day(2023, 9, 15), to: day(2023, 12, 14), label: '2023-Q4' };
    const q4 = renderReport('quarterly', quarterlyContext({ result }));
    expect(texts(q4)).toContain('III. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ I/2024');
    expect(findCell(q4, 'thực hiện thủ tục hành chính trên môi trường điện tử Quý IV năm 2023')).toBeDefined();
  });

  test('a section without narrative shows a highlighted placeholder to fill', () => {
    const placeholder = findCell(model, '[Nhập nội dung mục I.7 vào trang NoiDung, Báo cáo: Báo cáo quý]');
    expect(placeholder?.style?.fill).toBe('FFFF00');
    expect(findCell(model, '[Nhập nội dung mục I.9')).toBeUndefined();
  });

  test('a figure missing from SoLieu is shown as missing and highlighted, not as zero', () => {
    const { impactAssessedProcedures: _dropped, ...figures } = QUARTERLY_FIGURES;
    const incomplete = renderReport('quarterly', quarterlyContext({ figures }));
    const cell = findCell(incomplete, 'Số lượng TTHC đã được đánh giá tác động trong kỳ báo cáo: [Nhập: Số lượng TTHC đã được đánh giá tác động trong kỳ báo cáo — trang SoLieu]');
    expect(cell?.style?.fill).toBe('FFFF00');
  });

  test('narrative paragraphs are printed as typed', () => {
    expect(findCell(model, QUARTERLY_NARRATIVES['I.11'][1])).toBeDefined();
  });

  test('closes with the seed sentence, Nơi nhận and the director signature', () => {
    expect(findCell(model, 'Quý II năm 2023. Sở Ngoại vụ báo cáo Văn phòng Ủy ban nhân dân tỉnh xem xét, tổng hợp theo quy định./.')).toBeDefined();
    const recipients = findCell(model, 'Nơi nhận:');
    expect(recipients?.style).toMatchObject({ bold: true, italic: true, fontSize: 12 });
    expect(findCell(model, '- Lưu: VT, VP.')?.style?.fontSize).toBe(12);
    const title = findCell(model, 'GIÁM ĐỐC');
    expect(title?.style?.bold).toBe(true);
    expect(title?.row).toBe(recipients?.row);
    const name = findCell(model, 'Nguyễn Thái Bình');
    expect(name?.style?.bold).toBe(true);
    expect(name!.row - title!.row).toBeGreaterThanOrEqual(4);
  });
});

import { renderReport } from '../../src/templates';
import { digitisationContext, digitisationResult } from '../helpers/indicatorFixture';
import { findCell, texts } from './modelText';

const model = renderReport('digitisation', digitisationContext());

describe('digitisation report (seed 003, 01/01/2023–31/8/2023)', () => {
  test('title cites Nghị định 107/2021/NĐ-CP and Quyết định 468/QĐ-TTg', () => {
    expect(findCell(model, 'Đánh giá về tình hình kết quả triển khai các giải pháp nâng cao hiệu quả giải quyết thủ tục hành chính quy định tại Nghị định số 107/2021/NĐ-CP, Quyết định số 468/QĐ-TTg')).toBeDefined();
  });

  test('section 1 gives the share of procedures with a digitisation process', () => {
    expect(findCell(model, '100% kết quả giải quyết TTHC (05/05 TTHC) do Sở Ngoại vụ thực hiện đã được triển khai quy trình số hóa.')).toBeDefined();
  });

  test('section 1 gives the digitisation figures of the period', () => {
    expect(findCell(model, 'Kết quả thực hiện số hóa hồ sơ, kết quả giải quyết TTHC: Số liệu từ 01/01/2023 đến 31/8/2023')).toBeDefined();
    expect(findCell(model, 'Số kết quả giải quyết TTHC điện tử: 09; số kết quả giải quyết TTHC đã được cấp: 67')).toBeDefined();
    expect(findCell(model, 'Số kết quả giải quyết TTHC còn hiệu lực được số hóa: 67; số kết quả giải quyết TTHC phải số hóa: 67.')).toBeDefined();
    expect(findCell(model, 'Số hồ sơ đã được số hóa: 67; số hồ sơ đã được giải quyết: 67.')).toBeDefined();
    expect(findCell(model, 'trên tổng số TTHC theo từng cấp: 0.')).toBeDefined();
  });

  test('section 3 lists the boundary-free procedure with its dossiers', () => {
    expect(findCell(model, 'không phụ thuộc vào địa giới hành chính gồm 01 TTHC, cụ thể:')).toBeDefined();
    expect(findCell(model, '+ Chứng nhận lãnh sự, hợp pháp hóa lãnh sự: số lượng hồ sơ tiếp nhận từ ngày 01/01/2023 đến ngày 31/8/2023: 45 hồ sơ.')).toBeDefined();
  });

  test('section 3 lists full-online and partial-online procedures with their dossiers', () => {
    const printed = texts(model);
    const full = printed.indexOf('TTHC đủ điều kiện cung cấp dịch vụ công trực tuyến toàn trình:');
    const partial = printed.indexOf('TTHC đủ điều kiện cung cấp dịch vụ công trực tuyến một phần:');
    expect(full).toBeGreaterThan(-1);
    expect(printed[full + 1]).toBe('+ Cho phép tổ chức hội nghị, hội thảo quốc tế không thuộc thẩm quyền cho phép của Thủ tướng Chính phủ: 09 hồ sơ.');
    expect(printed.slice(partial + 1, partial + 5)).toEqual([
      '+ Cấp hộ chiếu ngoại giao, hộ chiếu công vụ (không gắn chíp điện tử): 13 hồ sơ.',
      '+ Gia hạn hộ chiếu ngoại giao, hộ chiếu công vụ (không gắn chíp điện tử): 0 hồ sơ.',
      '+ Cấp công hàm đề nghị cấp thị thực cho hộ chiếu công vụ/hộ chiếu ngoại giao: 0 hồ sơ.',
      '+ Chứng nhận lãnh sự, hợp pháp hóa lãnh sự: 45 hồ sơ.',
    ]);
  });

  test('section 5 gives procedures on the information system and with an e-process as 05/05 TTHC', () => {
    expect(findCell(model, 'trên Hệ thống thông tin giải quyết TTHC cấp bộ, cấp tỉnh trên tổng số TTHC thuộc thẩm quyền giải quyết theo cấp thực hiện: 05/05 TTHC.')).toBeDefined();
    expect(findCell(model, 'Số TTHC đã ban hành quy trình nội bộ, quy trình điện tử trên tổng số TTHC thuộc thẩm quyền giải quyết theo cấp thực hiện: 05/05 TTHC.')).toBeDefined();
  });

  test('section 5 gives the procedures synced to the national portal from SoLieu', () => {
    expect(findCell(model, 'để theo dõi, giám sát, đánh giá trên tổng số hồ sơ TTHC tiếp nhận, giải quyết theo cấp thực hiện: 05/05 TTHC.')).toBeDefined();
  });

  test('a share below all prints both counts (03/05 TTHC)', () => {
    const result = digitisationResult();
    result.indicators.proceduresWithDigitisationProcess = 3;
    const partial = renderReport('digitisation', digitisationContext({ result }));
    expect(findCell(partial, '60% kết quả giải quyết TTHC (03/05 TTHC)')).toBeDefined();
  });

  test('opens with the typed-in reason for the report', () => {
    expect(findCell(model, 'Thực hiện Văn bản số 4488/UBND-NC2 ngày 24/8/2023 của UBND tỉnh')).toBeDefined();
  });

  test('is signed on behalf of the director by a deputy', () => {
    const delegated = findCell(model, 'KT. GIÁM ĐỐC');
    expect(delegated?.style?.bold).toBe(true);
    expect(findCell(model, 'PHÓ GIÁM ĐỐC')?.row).toBe(delegated!.row + 1);
  });
});

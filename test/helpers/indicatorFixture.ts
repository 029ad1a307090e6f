/**
 * Indicator results built by hand with the figures of the two seed reports, so the templates
 * can be tested without the engine. The engine's own sample-workbook tests will later check
 * the same sentences end to end (workbook → indicators → report sheet).
 *
 * Seed 000: Quý II/2023, 15/3/2023–14/6/2023. Seed 003: 01/01/2023–31/8/2023.
 */

import type {
  AgencyInfo, DayNumber, DossierCounts, Figures, IndicatorResult, Indicators, Narratives,
  OnlineLevel, Procedure, ProcedureBreakdown, Regulator,
} from '../../src/core/types';
import type { ReportContext } from '../../src/templates';
import { UNKNOWN_PROCEDURE_2026 } from '../../src/core/records';

export function day(year: number, month: number, date: number): DayNumber {
  return Date.UTC(year, month - 1, date) / 86_400_000;
}

const ZERO: DossierCounts = {
  received: 0, newReceived: 0, newOnline: 0, newDirect: 0, newPostal: 0, carriedOver: 0,
  resolved: 0, resolvedEarly: 0, resolvedOnTime: 0, resolvedLate: 0, pending: 0, pendingInTime: 0,
  pendingOverdue: 0, dossiersDigitised: 0, resultsIssued: 0, resultsDigitised: 0,
  electronicResults: 0, reusedDigitisedData: 0, usedPopulationData: 0, paidOnline: 0,
};

export function counts(some: Partial<DossierCounts>): DossierCounts {
  return { ...ZERO, ...some };
}

function sum(list: DossierCounts[]): DossierCounts {
  const total = { ...ZERO };
  for (const c of list) for (const key of Object.keys(total) as Array<keyof DossierCounts>) total[key] += c[key];
  return total;
}

interface ProcedureSpec {
  code: string;
  name: string;
  field: string;
  regulator: Regulator;
  onlineLevel: OnlineLevel;
  provincial: boolean;
  national: boolean;
  boundaryFree?: boolean;
}

function procedure(spec: ProcedureSpec, row: number): Procedure {
  return {
    code: spec.code, name: spec.name, field: spec.field, regulator: spec.regulator,
    authority: spec.regulator === 'central' ? 'Bộ Ngoại giao' : 'Sở', onlineLevel: spec.onlineLevel,
    onProvincialPortal: spec.provincial, onNationalPortal: spec.national, boundaryFree: spec.boundaryFree ?? false,
    processingDays: 5, electronicProcess: true, publicised: true, onInformationSystem: true,
    digitisationProcess: true, validFrom: null, validUntil: null, ...UNKNOWN_PROCEDURE_2026, row,
  };
}

const CONSULAR = 'Lãnh sự';
const CONFERENCES = 'Hội nghị, hội thảo quốc tế';
const APEC = 'Thẻ đi lại của doanh nhân APEC';

export const NAMES = {
  conference: 'Cho phép tổ chức hội nghị, hội thảo quốc tế không thuộc thẩm quyền cho phép của Thủ tướng Chính phủ',
  passport: 'Cấp hộ chiếu ngoại giao, hộ chiếu công vụ (không gắn chíp điện tử)',
  renewal: 'Gia hạn hộ chiếu ngoại giao, hộ chiếu công vụ (không gắn chíp điện tử)',
  visaNote: 'Cấp công hàm đề nghị cấp thị thực cho hộ chiếu công vụ/hộ chiếu ngoại giao',
  legalisation: 'Chứng nhận lãnh sự, hợp pháp hóa lãnh sự',
};

function breakdowns(
  procedures: Procedure[],
  byCode: Record<string, DossierCounts>,
): { byProcedure: Record<string, ProcedureBreakdown>; byField: Record<string, DossierCounts> } {
  const byProcedure: Record<string, ProcedureBreakdown> = {};
  const byField: Record<string, DossierCounts> = {};
  for (const p of procedures) {
    const c = byCode[p.code] ?? ZERO;
    byProcedure[p.code] = { ...c, name: p.name, field: p.field };
    byField[p.field] = sum([byField[p.field] ?? ZERO, c]);
  }
  return { byProcedure, byField };
}

/** Seed 000, Quý II/2023: 8 procedures; 14 dossiers received, 10 resolved, 4 pending. */
export function quarterlyResult(): IndicatorResult {
  const procedures = [
    { code: 'NV01', name: NAMES.passport, field: CONSULAR, regulator: 'central', onlineLevel: 'partial', provincial: true, national: true },
    { code: 'NV02', name: NAMES.renewal, field: CONSULAR, regulator: 'central', onlineLevel: 'partial', provincial: true, national: false },
    { code: 'NV03', name: NAMES.visaNote, field: CONSULAR, regulator: 'central', onlineLevel: 'partial', provincial: true, national: false },
    { code: 'NV04', name: NAMES.legalisation, field: CONSULAR, regulator: 'central', onlineLevel: 'full', provincial: true, national: true, boundaryFree: true },
    { code: 'NV05', name: NAMES.conference, field: CONFERENCES, regulator: 'local', onlineLevel: 'full', provincial: true, national: true },
    { code: 'NV06', name: 'Cho phép doanh nhân sử dụng thẻ đi lại của doanh nhân APEC', field: APEC, regulator: 'local', onlineLevel: 'full', provincial: true, national: true },
    { code: 'NV07', name: 'Cấp lại thẻ đi lại của doanh nhân APEC', field: APEC, regulator: 'local', onlineLevel: 'full', provincial: true, national: true },
    { code: 'NV08', name: 'Cho phép sử dụng thẻ ABTC đối với doanh nhân của doanh nghiệp nhà nước', field: APEC, regulator: 'local', onlineLevel: 'full', provincial: true, national: true },
  ].map((spec, i) => procedure(spec as ProcedureSpec, i + 2));
  // received = carried over + new = resolved + pending, per procedure.
  const byCode: Record<string, DossierCounts> = {
    NV01: counts({ received: 4, newReceived: 2, newOnline: 2, carriedOver: 2, resolved: 3, resolvedEarly: 3, pending: 1, pendingInTime: 1, dossiersDigitised: 3, resultsIssued: 3, resultsDigitised: 3, paidOnline: 1 }),
    NV04: counts({ received: 6, newReceived: 4, newOnline: 4, carriedOver: 2, resolved: 5, resolvedEarly: 5, pending: 1, pendingInTime: 1, dossiersDigitised: 5, resultsIssued: 5, resultsDigitised: 5, electronicResults: 0, paidOnline: 2 }),
    NV05: counts({ received: 3, newReceived: 2, newOnline: 2, carriedOver: 1, resolved: 2, resolvedEarly: 2, pending: 1, pendingInTime: 1, dossiersDigitised: 2, resultsIssued: 2, resultsDigitised: 2, electronicResults: 2 }),
    NV06: counts({ received: 1, newReceived: 1, newOnline: 1, pending: 1, pendingInTime: 1 }),
  };
  const { byProcedure, byField } = breakdowns(procedures, byCode);
  const flow = counts({
    received: 14, newReceived: 9, newOnline: 9, newDirect: 0, newPostal: 0, carriedOver: 5,
    resolved: 10, resolvedEarly: 10, resolvedOnTime: 0, resolvedLate: 0,
    pending: 4, pendingInTime: 4, pendingOverdue: 0,
    dossiersDigitised: 10, resultsIssued: 10, resultsDigitised: 10, electronicResults: 2,
    reusedDigitisedData: 0, usedPopulationData: 0, paidOnline: 3,
  });
  const indicators: Indicators = {
    ...flow,
    onTimeRate: 1, progressRate766: 1, onlineShare: 1, dossierDigitisationRate: 1,
    resultDigitisationRate: 1, reuseRate: 0, populationDataRate: 0,
    procedures: 8, proceduresCentral: 4, proceduresLocal: 4, proceduresPublicised: 8,
    proceduresOnlineFull: 5, proceduresOnlinePartial: 3, proceduresBoundaryFree: 1,
    proceduresWithEProcess: 8, proceduresOnInformationSystem: 8, proceduresWithDigitisationProcess: 8,
    proceduresProvincialPortal: 8, proceduresProvincialPortalFull: 5, proceduresProvincialPortalPartial: 3,
    proceduresNationalPortal: 6, proceduresNationalPortalFull: 5, proceduresNationalPortalPartial: 1,
    onlineProcedureShare: 1,
  };
  return { period: { from: day(2023, 3, 15), to: day(2023, 6, 14), label: '2023-Q2' }, indicators, byField, byProcedure, procedures };
}

/** Seed 003, 01/01/2023–31/8/2023: 5 procedures, 67 dossiers received and resolved. */
export function digitisationResult(): IndicatorResult {
  const procedures = [
    { code: 'NV05', name: NAMES.conference, field: CONFERENCES, regulator: 'local', onlineLevel: 'full', provincial: true, national: true },
    { code: 'NV01', name: NAMES.passport, field: CONSULAR, regulator: 'central', onlineLevel: 'partial', provincial: true, national: true },
    { code: 'NV02', name: NAMES.renewal, field: CONSULAR, regulator: 'central', onlineLevel: 'partial', provincial: true, national: true },
    { code: 'NV03', name: NAMES.visaNote, field: CONSULAR, regulator: 'central', onlineLevel: 'partial', provincial: true, national: true },
    { code: 'NV04', name: NAMES.legalisation, field: CONSULAR, regulator: 'central', onlineLevel: 'partial', provincial: true, national: true, boundaryFree: true },
  ].map((spec, i) => procedure(spec as ProcedureSpec, i + 2));
  const done = (n: number, online: boolean): DossierCounts =>
    counts({
      received: n, newReceived: n, newOnline: online ? n : 0, newDirect: online ? 0 : n,
      resolved: n, resolvedEarly: n, dossiersDigitised: n, resultsIssued: n, resultsDigitised: n,
      electronicResults: online ? n : 0,
    });
  const byCode = { NV05: done(9, true), NV01: done(13, false), NV02: done(0, false), NV03: done(0, false), NV04: done(45, false) };
  const { byProcedure, byField } = breakdowns(procedures, byCode);
  const flow = sum(Object.values(byCode));
  const indicators: Indicators = {
    ...flow,
    onTimeRate: 1, progressRate766: 1, onlineShare: 9 / 67, dossierDigitisationRate: 1,
    resultDigitisationRate: 1, reuseRate: 0, populationDataRate: 0,
    procedures: 5, proceduresCentral: 4, proceduresLocal: 1, proceduresPublicised: 5,
    proceduresOnlineFull: 1, proceduresOnlinePartial: 4, proceduresBoundaryFree: 1,
    proceduresWithEProcess: 5, proceduresOnInformationSystem: 5, proceduresWithDigitisationProcess: 5,
    proceduresProvincialPortal: 5, proceduresProvincialPortalFull: 1, proceduresProvincialPortalPartial: 4,
    proceduresNationalPortal: 5, proceduresNationalPortalFull: 1, proceduresNationalPortalPartial: 4,
    onlineProcedureShare: 1,
  };
  return { period: { from: day(2023, 1, 1), to: day(2023, 8, 31), label: null }, indicators, byField, byProcedure, procedures };
}

export const AGENCY: AgencyInfo = {
  parentAgency: 'UBND tỉnh Quảng Nam',
  agency: 'Sở Ngoại vụ',
  place: 'Quảng Nam',
  documentNumber: '125/BC-SNgV',
  recipient: 'Văn phòng Ủy ban nhân dân tỉnh',
  recipients: ['Như trên;', 'Lãnh đạo Sở;', 'Lưu: VT, VP.'],
  signerTitle: 'Giám đốc',
  signerDeputyTitle: '',
  signerName: 'Nguyễn Thái Bình',
  formCodeLine: '',
};

/** Seed 000's typed-in figures: all zero in that quarter. */
export const QUARTERLY_FIGURES: Figures = {
  impactAssessedProcedures: 0, issuedAssessedProcedures: 0, appraisedProcedures: 0,
  appraisedLegalDocuments: 0, publicationDecisions: 0, legalDocumentsWithProcedures: 0,
  reviewPlannedProcedures: 0, reviewedProcedures: 0, simplificationKept: 0,
  simplificationAbolished: 0, simplificationAmended: 0, simplificationReplaced: 0,
  simplificationInterconnected: 0, simplificationElectronic: 0, feedbackReceived: 0, feedbackResolved: 0,
};

/** Seed 000's paragraphs, shortened; I.7 is left out on purpose (placeholder). */
export const QUARTERLY_NARRATIVES: Narratives = {
  'I.1': ['Sở Ngoại vụ chưa tham mưu UBND tỉnh ban hành văn bản quy phạm pháp luật có nội dung liên quan đến thủ tục hành chính, đến thời điểm báo cáo, nên không thực hiện đánh giá tác động thủ tục hành chính.'],
  'I.2': ['Sở Ngoại vụ không được cấp thẩm quyền giao thẩm định, thẩm tra TTHC quy định tại dự thảo văn bản QPPL.'],
  'I.5': ['Trong kỳ, Sở Ngoại vụ chưa tiếp nhận đơn thư phản ánh hay kiến nghị những vi phạm quy định hành chính, hoặc hành vi hành chính nên chưa có trường hợp nào phải xử lý liên quan đến TTHC; đồng thời, công chức của Sở được cử làm việc tại Trung tâm Phục vụ hành chính công tỉnh cũng không nhận các phản ánh, kiến nghị của tổ chức, cá nhân liên quan đến giải quyết thủ tục hành chính.'],
  'I.6': ['- Báo cáo kết quả thực hiện đánh giá tác động chính sách, đánh giá tác động thủ tục hành chính trong công tác xây dựng văn bản quy phạm pháp luật gửi Văn phòng UBND tỉnh; Báo cáo rà soát danh sách các TTHC liên thông giữa các cấp chính quyền thuộc phạm vi chức năng quản lý của đơn vị, thực hiện tái cấu trúc quy trình nội bộ.'],
  'I.9': [
    '- Sở đã lồng ghép các nội dung tuyên truyền, phổ biến pháp luật về kiểm soát TTHC, cải cách TTHC trong các buổi phổ biến giáo dục pháp luật; đăng tải các nội dung kiểm soát TTHC trên mạng nội bộ để công chức nắm bắt thông tin.',
    '- Tiếp tục thực hiện kịp thời, đầy đủ, cụ thể, công khai, minh bạch, các quy định về thủ tục hành chính thuộc thẩm quyền giải quyết của Sở tại Trung tâm Phục vụ hành chính công tỉnh và trên website của Sở để tạo điều kiện cho công dân, tổ chức tiếp cận, thực hiện và giám sát việc thực hiện các thủ tục hành chính của Sở.',
  ],
  'I.10': ['Không có.'],
  'I.11': [
    '- Thường xuyên chỉ đạo các phòng chuyên môn tiến hành rà soát các văn bản quy phạm pháp luật đã ban hành liên quan đến lĩnh vực của ngành để nếu có thay đổi thì đề nghị cấp có thẩm quyền điều chỉnh, bổ sung và ban hành kịp thời theo đúng quy định nhằm giảm bớt thủ tục hành chính.',
    '- Trong quá trình thực hiện nhiệm vụ chưa có trường hợp công chức vi phạm các quy định về kiểm soát thực hiện thủ tục hành chính.',
  ],
  II: [
    '- Được sự quan tâm lãnh đạo, chỉ đạo sâu sát của Giám đốc Sở, công tác kiểm soát thủ tục hành chính Quý II/2023 của Sở cơ bản đã bám sát và thực hiện đúng theo quy định hiện hành của Nhà nước và Kế hoạch đề ra đối với các lĩnh vực thuộc thẩm quyền quản lý của Sở.',
    '- Công tác kiểm soát TTHC luôn được theo dõi, quản lý chặt chẽ nên đã góp phần nâng cao hiệu lực, hiệu quả hoạt động quản lý hành chính nhà nước tại cơ quan, đơn vị.',
  ],
  III: [
    '- Theo dõi các thủ tục hành chính thuộc thẩm quyền giải quyết của Bộ Ngoại giao trên Cổng Dịch vụ công quốc gia và đề xuất công bố tại địa phương (đối với các thủ tục thuộc thẩm quyền giải quyết của Sở Ngoại vụ).',
    '- Tiếp tục áp dụng có hiệu quả hệ thống quản lý chất lượng theo tiêu chuẩn quốc gia TCVN ISO 9001 : 2015.',
    '- Tăng cường công tác tuyên truyền kiểm soát thủ tục hành chính, trong đó tập trung khuyến khích tổ chức và công dân sử dụng dịch vụ công trực tuyến và dịch vụ bưu chính công ích.',
  ],
};

export const DIGITISATION_FIGURES: Figures = { proceduresReusingSharedData: 0, proceduresSyncedNationalPortal: 5 };

export const DIGITISATION_NARRATIVES: Narratives = {
  'Mở đầu': ['Thực hiện Văn bản số 4488/UBND-NC2 ngày 24/8/2023 của UBND tỉnh về việc rà soát, đánh giá tình hình kết quả triển khai các giải pháp nâng cao hiệu quả giải quyết TTHC, Sở Ngoại vụ báo cáo kết quả thực hiện như sau:'],
  'I.1': ['Sở Ngoại vụ cụ thể hóa nội dung về số hóa hồ sơ, kết quả giải quyết thủ tục hành chính thuộc thẩm quyền giải quyết vào Kế hoạch cải cách hành chính, kế hoạch kiểm soát TTHC và thực hiện cơ chế một cửa, một cửa liên thông, thực hiện TTHC trên môi trường điện tử hàng năm.'],
  'I.3': ['TTHC trên thuộc thẩm quyền quyết định, giải quyết của Bộ Ngoại giao do Sở Ngoại vụ tiếp nhận và trả kết quả trên địa bàn tỉnh.'],
  'I.4': ['Các thủ tục hành chính thuộc thẩm quyền giải quyết của Sở đều được tiếp nhận và trả kết quả tại Trung tâm Phục vụ hành chính công của tỉnh.'],
  'I.5': ['Thực hiện nghiêm túc việc công khai địa chỉ tiếp nhận, xử lý phản ánh, kiến nghị, công khai địa chỉ của Sở và hộp thư góp ý tại trụ sở cơ quan và trên Cổng thông tin điện tử của Sở.'],
  II: ['Việc số hoá hồ sơ, giấy tờ, kết quả giải quyết TTHC với quá trình tiếp nhận, xử lý TTHC tại Bộ phận Một cửa gắn với việc cung cấp các dịch vụ công trực tuyến được xem là khâu quan trọng, then chốt trong tiến trình cải cách hành chính và triển khai Chính phủ điện tử.'],
  III: ['Trên cơ sở thực tiễn hiện nay, Sở Ngoại vụ đề xuất Bộ Ngoại giao xây dựng phần mềm chuyển hồ sơ giữa Cục Lãnh sự, Bộ Ngoại giao và các Sở Ngoại vụ đối với các thủ tục hành chính thuộc thẩm quyền giải quyết của Bộ Ngoại giao.'],
};

/** Seed 000's context, issued 15/6/2023. */
export function quarterlyContext(overrides: Partial<ReportContext> = {}): ReportContext {
  return {
    result: quarterlyResult(), figures: QUARTERLY_FIGURES, narratives: QUARTERLY_NARRATIVES,
    info: AGENCY, issueDate: day(2023, 6, 15), language: 'vi', ...overrides,
  };
}

/** Seed 003's context, signed by a deputy director, issued 05/9/2023. */
export function digitisationContext(overrides: Partial<ReportContext> = {}): ReportContext {
  return {
    result: digitisationResult(), figures: DIGITISATION_FIGURES, narratives: DIGITISATION_NARRATIVES,
    info: {
      ...AGENCY, documentNumber: '210/BC-SNgV', signerDeputyTitle: 'Phó Giám đốc', signerName: 'Lê Văn Minh',
      recipients: ['Văn phòng UBND tỉnh;', 'Ban Giám đốc Sở;', 'Các phòng chuyên môn, đơn vị trực thuộc;', 'Lưu: VT, VPTTr.'],
    },
    issueDate: day(2023, 9, 5), language: 'vi', ...overrides,
  };
}

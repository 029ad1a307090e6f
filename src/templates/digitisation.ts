/**
 * Evaluation of the solutions for more efficient TTHC handling: digitisation of dossiers and
 * results, boundary-free and online procedures, real-time monitoring (seed 003, data
 * 01/01/2023–31/08/2023, under Nghị định 107/2021/NĐ-CP and Quyết định 468/QĐ-TTg). From
 * 01/07/2025 it rests on Nghị định 118/2025/NĐ-CP (Art. 17, 19, 22; Ch. V) and the
 * digitisation group of Quyết định 766/QĐ-TTg: title, closing, three headings, the
 * boundary-free lines and a line of rates come from the period's legal regime.
 *
 * Sections I.1–5, II and III in the seed's order and words, with two of the seed's slips put
 * right: "số kết quả giải quyết TTHC phải số hóa" (the seed swaps two words) and "dịch vụ
 * công trực tuyến một phần" (the seed writes "toàn trình một phần").
 */

import {
  boundaryFreeWarning, fillSlots, narrativeWarnings, periodWarnings, regimeFor,
} from '../core/legalRegimes';
import type { LegalRegime } from '../core/legalRegimes';
import { periodTitle } from '../core/periodNames';
import type { Procedure } from '../core/types';
import type { NarrativeSection, ReportContext, ReportModel } from './context';
import { figureKeysOf } from './figureKeys';
import {
  DEFAULT_FONT, closingBlock, documentHeader, documentTitle, figure, narrative, pageSetup,
  paragraph, portraitBuilder, recipientLine,
} from './frame';
import { formatDate, nameInSentence, pad2, percent, ratio } from './format';
import { periodLines } from './quarterly';
import type { Section, Sentences } from './sections';
import { renderSections } from './sections';

const regimeOf = (ctx: ReportContext): LegalRegime => regimeFor(ctx.result.period, ctx.regimeSettings);

/** A rate as a percentage, or "không phát sinh hồ sơ" when nothing was there to count. */
const rateText = (rate: number | null): string => (rate === null ? 'không phát sinh hồ sơ' : percent(rate));

/** `05/05 TTHC`: a part of the procedures in force. */
function ofProcedures(ctx: ReportContext, part: number): string {
  return `${ratio(part, ctx.result.indicators.procedures)} TTHC`;
}

/** As the seed: none prints `0`, otherwise a share of the procedures (`02/05 TTHC`). */
function procedureShareOrZero(ctx: ReportContext, part: number): string {
  return part === 0 ? '0' : ofProcedures(ctx, part);
}

/** New dossiers of a procedure in the period (`45 hồ sơ`). */
function receivedOf(ctx: ReportContext, procedure: Procedure): string {
  return `${pad2(ctx.result.byProcedure[procedure.code]?.newReceived ?? 0)} hồ sơ`;
}

function procedureLines(ctx: ReportContext, procedures: readonly Procedure[]): string[] {
  if (procedures.length === 0) return ['+ Không có.'];
  return procedures.map((p) => `+ ${p.name.trim()}: ${receivedOf(ctx, p)}.`);
}

const digitisationProcess: Sentences = (ctx) => {
  const i = ctx.result.indicators;
  const share = i.procedures === 0 ? 0 : i.proceduresWithDigitisationProcess / i.procedures;
  return [
    '- Kết quả triển khai quy trình số hóa:',
    `${percent(share)} kết quả giải quyết TTHC (${ofProcedures(ctx, i.proceduresWithDigitisationProcess)}) do ${nameInSentence(ctx.info.agency)} thực hiện đã được triển khai quy trình số hóa.`,
  ];
};

const digitisationResults: Sentences = (ctx) => {
  const i = ctx.result.indicators;
  const { from, to } = ctx.result.period;
  const { rates } = regimeOf(ctx).digitisation;
  const reusingProcedures = ctx.result.procedures.filter(
    (p) => (ctx.result.byProcedure[p.code]?.reusedDigitisedData ?? 0) > 0,
  ).length;
  return [
    `- Kết quả thực hiện số hóa hồ sơ, kết quả giải quyết TTHC: Số liệu từ ${formatDate(from)} đến ${formatDate(to)}`,
    `+ Số kết quả giải quyết TTHC điện tử: ${pad2(i.electronicResults)}; số kết quả giải quyết TTHC đã được cấp: ${pad2(i.resultsIssued)}.`,
    `+ Số kết quả giải quyết TTHC còn hiệu lực được số hóa: ${pad2(i.resultsDigitised)}; số kết quả giải quyết TTHC phải số hóa: ${pad2(i.resultsIssued)}.`,
    `+ Số hồ sơ đã được số hóa: ${pad2(i.dossiersDigitised)}; số hồ sơ đã được giải quyết: ${pad2(i.resolved)}.`,
    ...(rates ? [fillSlots(rates, { dossierRate: rateText(i.dossierDigitisationRate), resultRate: rateText(i.resultDigitisationRate), reuseRate: rateText(i.reuseRate) })] : []),
    '- Kết quả việc sử dụng thông tin, dữ liệu số hóa:',
    `+ Số TTHC đã sử dụng lại kết quả số hóa đã có trong quá trình giải quyết TTHC trên tổng số TTHC theo từng cấp: ${procedureShareOrZero(ctx, reusingProcedures)}.`,
  ];
};

const sharedData: Sentences = (ctx) => {
  const rate = ctx.result.indicators.populationDataRate;
  const shared = figure(ctx.figures, 'proceduresReusingSharedData', (n) => procedureShareOrZero(ctx, n));
  return [
    `- Số TTHC sử dụng lại thông tin, dữ liệu đã có trong CSDL quốc gia, CSDL chuyên ngành trong quá trình giải quyết TTHC trên tổng số TTHC theo từng cấp: ${shared}.`,
    `- Đối với cơ sở dữ liệu quốc gia về dân cư (CSDLQGDC): Số lượng TTHC đã đơn giản hóa thông tin, tự động điền thông tin khai thác từ CSDLQGDC vào biểu mẫu, tỷ lệ % trên tổng số dịch vụ công trực tuyến; số lượng hồ sơ TTHC đã khai thác dữ liệu dân cư phục vụ định danh và xác thực điện tử, cắt giảm giấy tờ cá nhân như sổ hộ khẩu, sổ tạm trú giấy, xác nhận cư trú: ${rate === null ? 'không phát sinh hồ sơ' : percent(rate)}`,
  ];
};

const boundaryFree: Sentences = (ctx) => {
  const wording = regimeOf(ctx).digitisation.boundaryFree;
  const procedures = ctx.result.procedures.filter((p) => p.boundaryFree);
  if (procedures.length === 0) return [wording.none];
  const { from, to } = ctx.result.period;
  return [
    fillSlots(wording.lead, { count: pad2(procedures.length), share: ratio(procedures.length, ctx.result.indicators.procedures) }),
    ...procedures.map((p) =>
      fillSlots(wording.perProcedure, { name: p.name.trim(), from: formatDate(from), to: formatDate(to), dossiers: receivedOf(ctx, p) }),
    ),
  ];
};

const onlineProcedures: Sentences = (ctx) => [
  'TTHC đủ điều kiện cung cấp dịch vụ công trực tuyến toàn trình:',
  ...procedureLines(ctx, ctx.result.procedures.filter((p) => p.onlineLevel === 'full')),
  'TTHC đủ điều kiện cung cấp dịch vụ công trực tuyến một phần:',
  ...procedureLines(ctx, ctx.result.procedures.filter((p) => p.onlineLevel === 'partial')),
];

const monitoring: Sentences = (ctx) => {
  const i = ctx.result.indicators;
  const synced = figure(ctx.figures, 'proceduresSyncedNationalPortal', (n) => ofProcedures(ctx, n));
  return [
    `- Số TTHC đã thực hiện việc tiếp nhận, giải quyết TTHC trên Hệ thống thông tin giải quyết TTHC cấp bộ, cấp tỉnh trên tổng số TTHC thuộc thẩm quyền giải quyết theo cấp thực hiện: ${ofProcedures(ctx, i.proceduresOnInformationSystem)}.`,
    `- Số TTHC đã ban hành quy trình nội bộ, quy trình điện tử trên tổng số TTHC thuộc thẩm quyền giải quyết theo cấp thực hiện: ${ofProcedures(ctx, i.proceduresWithEProcess)}.`,
    `- Số hồ sơ đồng bộ, công khai quá trình tiếp nhận, giải quyết TTHC, dịch vụ công cho người nộp hồ sơ trên Cổng Dịch vụ công quốc gia để theo dõi, giám sát, đánh giá trên tổng số hồ sơ TTHC tiếp nhận, giải quyết theo cấp thực hiện: ${synced}.`,
    '- Đã triển khai Bộ Chỉ số đánh giá chất lượng phục vụ người dân và doanh nghiệp trong thực hiện TTHC, dịch vụ công dựa trên dữ liệu theo thời gian thực theo Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ:',
  ];
};

const SECTIONS: readonly Section[] = [
  { id: 'I', kind: 'part', heading: () => 'I. KẾT QUẢ THỰC HIỆN', body: [] },
  {
    id: 'I.1',
    kind: 'section',
    heading: (ctx) =>
      regimeOf(ctx).digitisation.headings['I.1'] ??
      '1. Về gắn kết việc số hoá hồ sơ, giấy tờ, kết quả giải quyết thủ tục hành chính (TTHC) với quá trình tiếp nhận, xử lý TTHC tại Bộ phận Một cửa (BPMC)',
    body: [digitisationProcess, 'narrative', digitisationResults],
  },
  {
    id: 'I.2',
    kind: 'section',
    heading: () =>
      '2. Về đổi mới tổ chức quản lý, kết nối, chia sẻ dữ liệu phục vụ việc đơn giản hoá trong chuẩn bị, tiếp nhận, giải quyết hồ sơ TTHC theo cơ chế một cửa, một cửa liên thông',
    body: [sharedData, 'optional narrative'],
  },
  {
    id: 'I.3',
    kind: 'section',
    heading: (ctx) =>
      regimeOf(ctx).digitisation.headings['I.3'] ??
      '3. Mở rộng việc tiếp nhận, giải quyết hồ sơ TTHC theo hướng không phụ thuộc vào địa giới hành chính trên cơ sở ứng dụng công nghệ thông tin trong thực hiện cơ chế một cửa, một cửa liên thông',
    body: [boundaryFree, 'narrative', onlineProcedures],
  },
  {
    id: 'I.4',
    kind: 'section',
    heading: () => '4. Về nâng cao tính chủ động trong đổi mới, nâng cao hiệu quả, năng suất lao động của bộ phận một cửa',
    body: ['narrative'],
  },
  {
    id: 'I.5',
    kind: 'section',
    heading: (ctx) => regimeOf(ctx).digitisation.headings['I.5'] ?? '5. Đổi mới việc giám sát, đánh giá chất lượng giải quyết TTHC theo thời gian thực trên cơ sở ứng dụng công nghệ mới',
    body: [monitoring, 'narrative'],
  },
  { id: 'II', kind: 'part', heading: () => 'II. ĐÁNH GIÁ CHUNG', body: ['narrative'] },
  { id: 'III', kind: 'part', heading: () => 'III. KIẾN NGHỊ VÀ ĐỀ XUẤT', body: ['narrative'] },
];

/** The opening paragraph ("Thực hiện Văn bản số … , Sở … báo cáo kết quả thực hiện như sau:"). */
const OPENING_SECTION = 'Mở đầu';

export const DIGITISATION_NARRATIVES: readonly NarrativeSection[] = [
  { section: OPENING_SECTION, title: 'Căn cứ, văn bản yêu cầu báo cáo' },
  { section: 'I.1', title: 'Gắn kết số hóa hồ sơ, kết quả với tiếp nhận, xử lý tại Bộ phận Một cửa; nâng cấp hạ tầng CNTT' },
  { section: 'I.2', title: 'Kết nối, chia sẻ dữ liệu (không bắt buộc)', optional: true },
  { section: 'I.3', title: 'Tiếp nhận không phụ thuộc địa giới hành chính; tái cấu trúc quy trình, dịch vụ công trực tuyến' },
  { section: 'I.4', title: 'Nâng cao tính chủ động, hiệu quả của bộ phận một cửa' },
  { section: 'I.5', title: 'Giám sát, đánh giá chất lượng giải quyết TTHC theo thời gian thực' },
  { section: 'II', title: 'Đánh giá chung' },
  { section: 'III', title: 'Kiến nghị và đề xuất' },
];

export const DIGITISATION_FIGURE_KEYS = figureKeysOf('digitisation');

export function renderDigitisation(ctx: ReportContext, sheetName: string): ReportModel {
  const b = portraitBuilder();
  const regime = regimeOf(ctx);
  const { period } = ctx.result;
  const cite = regime.settings.citeDigitisationPlans;
  const title = periodTitle(period);
  documentHeader(b, ctx.info, ctx.issueDate);
  documentTitle(b, 'BÁO CÁO', fillSlots(regime.digitisation.title, { plans: cite ? regime.digitisationPlansShort : '', period: title }));
  // Section I.1 always states the period ("Số liệu từ … đến …").
  periodLines(b, ctx, regime, true);
  recipientLine(b, ctx.info.recipient);
  narrative(b, ctx.narratives[OPENING_SECTION], OPENING_SECTION, ctx.report);
  renderSections(b, ctx, SECTIONS);
  paragraph(
    b,
    fillSlots(regime.digitisation.closing, {
      plans: cite ? regime.digitisationPlansLong : '',
      period: title,
      agency: nameInSentence(ctx.info.agency),
      recipient: nameInSentence(ctx.info.recipient),
    }),
  );
  closingBlock(b, ctx.info);
  const model = b.build(sheetName, pageSetup('portrait', b.row - 1, b.lastColumn), DEFAULT_FONT);
  const boundary = boundaryFreeWarning(period, ctx.result.procedures, regime);
  const warnings = [
    ...periodWarnings(period, ctx.issueDate, regime),
    ...narrativeWarnings(ctx.narratives, DIGITISATION_NARRATIVES.map((n) => n.section), regime),
    ...(boundary ? [boundary] : []),
  ];
  return { ...model, warnings };
}

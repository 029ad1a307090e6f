/**
 * Quarterly report on TTHC control, the one-stop shop and online TTHC (seed 000: "BÁO CÁO
 * Công tác kiểm soát thủ tục hành chính, triển khai cơ chế một cửa, một cửa liên thông và thực
 * hiện thủ tục hành chính trên môi trường điện tử Quý II năm 2023").
 *
 * Sections I.1–11, II and III in the seed's order and words. Each figure is padded as the
 * seed pads it ("05" carried over, but "14" received and "9" new). The wording that depends on
 * the law of the period (section I.8) comes from its legal regime (`core/legalRegimes.ts`); the
 * title, closing and part III name the period and the next one (`core/periodNames.ts`).
 */

import {
  boundaryFreeWarning, fillSlots, narrativeWarnings, periodWarnings, regimeFor, straddleNote,
} from '../core/legalRegimes';
import type { LegalRegime } from '../core/legalRegimes';
import { isOpenOn, nextPeriodPhrase, periodTitle } from '../core/periodNames';
import { figureKeysOf } from './figureKeys';
import type { NarrativeSection, ReportContext, ReportModel } from './context';
import {
  DEFAULT_FONT, closingBlock, documentHeader, documentTitle, figure, pageSetup, paragraph,
  portraitBuilder, recipientLine,
} from './frame';
import { count, dataPeriodLine, sumKnown, nameInSentence, pad2, periodRange, ratio, upper } from './format';
import type { SheetBuilder } from './layout';
import type { Section, Sentences } from './sections';
import { renderSections } from './sections';

/** Figures of `SoLieu`: zero prints `0` as in the seed, others two-digit. */
const typed = (ctx: ReportContext, key: string): string => figure(ctx.figures, key, pad2);

const impactAssessment: Sentences = (ctx) => [
  `- Số lượng TTHC đã được đánh giá tác động trong kỳ báo cáo: ${typed(ctx, 'impactAssessedProcedures')}`,
  `- Số lượng TTHC được ban hành trong kỳ báo cáo đã được đánh giá tác động: ${typed(ctx, 'issuedAssessedProcedures')}`,
];

const appraisal: Sentences = (ctx) => {
  const procedures = ctx.figures.appraisedProcedures;
  const documents = ctx.figures.appraisedLegalDocuments;
  const total =
    procedures === 0 && documents === 0
      ? '0'
      : `${typed(ctx, 'appraisedProcedures')} TTHC, ${typed(ctx, 'appraisedLegalDocuments')} văn bản QPPL`;
  return [`Tổng số TTHC và tổng số văn bản QPPL trong kỳ báo cáo do cơ quan chủ trì thực hiện thẩm định: ${total}`];
};

const publication: Sentences = (ctx) => {
  const i = ctx.result.indicators;
  return [
    `- Tổng số Quyết định công bố TTHC đã được ban hành trong kỳ báo cáo: ${typed(ctx, 'publicationDecisions')}.`,
    `- Tổng số văn bản QPPL có quy định TTHC được công bố: ${typed(ctx, 'legalDocumentsWithProcedures')}.`,
    `- Tổng số TTHC/danh mục TTHC được công bố: ${pad2(i.procedures)}, trong đó số TTHC được công khai: ${pad2(i.proceduresPublicised)}`,
    `- Tổng số TTHC thuộc thẩm quyền quản lý, theo dõi của cơ quan tính đến thời điểm báo cáo: ${pad2(i.procedures)}.`,
    `- Tổng số TTHC thuộc thẩm quyền giải quyết của địa phương: ${pad2(i.procedures)}; trong đó: số TTHC do Trung ương quy định: ${pad2(i.proceduresCentral)}; số TTHC do địa phương quy định: ${pad2(i.proceduresLocal)}.`,
  ];
};

const review: Sentences = (ctx) => [
  `- Tổng số TTHC cần rà soát, đơn giản hóa theo kế hoạch: ${typed(ctx, 'reviewPlannedProcedures')}.`,
  `- Tổng số TTHC đã được rà soát, thông qua phương án đơn giản hóa: ${typed(ctx, 'reviewedProcedures')}.`,
  `- Phương án đơn giản hóa cụ thể: số TTHC giữ nguyên: ${typed(ctx, 'simplificationKept')}; số TTHC bãi bỏ: ${typed(ctx, 'simplificationAbolished')}; số TTHC sửa đổi, bổ sung: ${typed(ctx, 'simplificationAmended')}; số TTHC thay thế: ${typed(ctx, 'simplificationReplaced')}; số TTHC liên thông: ${typed(ctx, 'simplificationInterconnected')}; số TTHC có giải pháp để thực hiện trên môi trường điện tử: ${typed(ctx, 'simplificationElectronic')}.`,
];

const feedback: Sentences = (ctx) => {
  const received = ctx.figures.feedbackReceived;
  const resolved = ctx.figures.feedbackResolved;
  if (received === 0) {
    return [`- Đến thời điểm báo cáo, ${nameInSentence(ctx.info.agency)} không nhận phản ánh, kiến nghị về quy định hành chính và hành vi hành chính.`];
  }
  const pending = received !== undefined && resolved !== undefined ? pad2(received - resolved) : typed(ctx, 'feedbackResolved');
  return [
    `- Số phản ánh, kiến nghị về quy định hành chính và hành vi hành chính đã tiếp nhận: ${typed(ctx, 'feedbackReceived')}; đã xử lý: ${typed(ctx, 'feedbackResolved')}; đang xử lý: ${pending}.`,
  ];
};

const dossierResults: Sentences = (ctx) => {
  const i = ctx.result.indicators;
  return [
    `Tổng số hồ sơ TTHC đã tiếp nhận trong kỳ báo cáo: ${count(i.received)}, trong đó: Số mới tiếp nhận trong kỳ: ${count(i.newReceived)} (trực tuyến: ${count(i.newOnline)}, trực tiếp và qua dịch vụ bưu chính: ${count(sumKnown(i.newDirect, i.newPostal))}); số từ kỳ trước chuyển qua: ${pad2(i.carriedOver)}`,
    `- Số lượng hồ sơ đã giải quyết: ${pad2(i.resolved)}; trong đó, giải quyết trước hạn: ${pad2(i.resolvedEarly)}, đúng hạn: ${pad2(i.resolvedOnTime)}, quá hạn: ${pad2(i.resolvedLate)}.`,
    `- Số lượng hồ sơ đang giải quyết: ${pad2(i.pending)}, trong đó, trong hạn: ${pad2(i.pendingInTime)}, quá hạn: ${pad2(i.pendingOverdue)}.`,
  ];
};

const regimeOf = (ctx: ReportContext): LegalRegime => regimeFor(ctx.result.period, ctx.regimeSettings);

/** Section I.8: procedures offered online, per portal, and dossiers received online (regime wording). */
const electronic: Sentences = (ctx) => {
  const i = ctx.result.indicators;
  const slots = {
    agency: nameInSentence(ctx.info.agency),
    provincial: pad2(i.proceduresProvincialPortal),
    provincialFull: pad2(i.proceduresProvincialPortalFull),
    provincialPartial: pad2(i.proceduresProvincialPortalPartial),
    national: pad2(i.proceduresNationalPortal),
    nationalFull: pad2(i.proceduresNationalPortalFull),
    nationalPartial: pad2(i.proceduresNationalPortalPartial),
    boundaryFree: ratio(i.proceduresBoundaryFree, i.procedures),
    online: pad2(i.newOnline),
  };
  return regimeOf(ctx).quarterly.electronic.map((sentence) => fillSlots(sentence, slots));
};

const SECTIONS: readonly Section[] = [
  { id: 'I', kind: 'part', heading: () => 'I. TÌNH HÌNH, KẾT QUẢ KIỂM SOÁT THỦ TỤC HÀNH CHÍNH', body: [] },
  {
    id: 'I.1',
    kind: 'section',
    heading: () => '1. Đánh giá tác động quy định TTHC quy định tại dự thảo văn bản quy phạm pháp luật.',
    body: ['narrative', impactAssessment],
    narrativeOf: (ctx) => withPeriodLead(ctx, ctx.narratives['I.1']),
  },
  { id: 'I.2', kind: 'section', heading: () => '2. Thẩm định, thẩm tra TTHC quy định tại dự thảo văn bản QPPL', body: ['narrative', appraisal] },
  { id: 'I.3', kind: 'section', heading: () => '3. Công bố, công khai danh mục TTHC', body: [publication, 'optional narrative'] },
  { id: 'I.4', kind: 'section', heading: () => '4. Rà soát, đơn giản hóa TTHC', body: [review, 'optional narrative'] },
  { id: 'I.5', kind: 'section', heading: () => '5. Tiếp nhận, xử lý phản ánh, kiến nghị về quy định, TTHC', body: ['narrative', feedback] },
  { id: 'I.6', kind: 'section', heading: () => '6. Tình hình, kết quả giải quyết TTHC', body: ['narrative', dossierResults] },
  { id: 'I.7', kind: 'section', heading: () => '7. Triển khai cơ chế một cửa, một cửa liên thông trong giải quyết TTHC', body: ['narrative'] },
  { id: 'I.8', kind: 'section', heading: () => '8. Thực hiện TTHC trên môi trường điện tử', body: [electronic, 'optional narrative'] },
  { id: 'I.9', kind: 'section', heading: () => '9. Truyền thông hỗ trợ hoạt động kiểm soát TTHC', body: ['narrative'] },
  { id: 'I.10', kind: 'section', heading: () => '10. Nghiên cứu, đề xuất sáng kiến cải cách TTHC', body: ['narrative'] },
  { id: 'I.11', kind: 'section', heading: () => '11. Kiểm tra thực hiện kiểm soát TTHC', body: ['narrative'] },
  { id: 'II', kind: 'part', heading: () => 'II. ĐÁNH GIÁ CHUNG', body: ['narrative'] },
  {
    id: 'III',
    kind: 'part',
    heading: (ctx) => `III. PHƯƠNG HƯỚNG, NHIỆM VỤ ${upper(nextPeriodPhrase(ctx.result.period))}`,
    body: ['narrative'],
  },
];

/** Sections whose paragraphs the user types in `NoiDung`. */
export const QUARTERLY_NARRATIVES: readonly NarrativeSection[] = [
  { section: 'I.1', title: 'Đánh giá tác động TTHC (đoạn đầu được nối sau "Từ ngày … đến ngày …, ")' },
  { section: 'I.2', title: 'Thẩm định, thẩm tra TTHC' },
  { section: 'I.3', title: 'Công bố, công khai danh mục TTHC (không bắt buộc)', optional: true },
  { section: 'I.4', title: 'Rà soát, đơn giản hóa TTHC (không bắt buộc)', optional: true },
  { section: 'I.5', title: 'Tiếp nhận, xử lý phản ánh, kiến nghị' },
  { section: 'I.6', title: 'Tình hình, kết quả giải quyết TTHC' },
  { section: 'I.7', title: 'Triển khai cơ chế một cửa, một cửa liên thông' },
  { section: 'I.8', title: 'Thực hiện TTHC trên môi trường điện tử (không bắt buộc)', optional: true },
  { section: 'I.9', title: 'Truyền thông hỗ trợ hoạt động kiểm soát TTHC' },
  { section: 'I.10', title: 'Nghiên cứu, đề xuất sáng kiến cải cách TTHC' },
  { section: 'I.11', title: 'Kiểm tra thực hiện kiểm soát TTHC' },
  { section: 'II', title: 'Đánh giá chung' },
  { section: 'III', title: 'Phương hướng, nhiệm vụ kỳ sau' },
];

export const QUARTERLY_FIGURE_KEYS = figureKeysOf('quarterly');

/**
 * Section I.1 opens with the period ("Từ ngày 15/3/2023 đến ngày 14/6/2023, Sở Ngoại vụ chưa
 * tham mưu…"): the first paragraph the user wrote is joined after it, unless it already
 * names the period itself.
 */
function withPeriodLead(ctx: ReportContext, paragraphs: readonly string[] | undefined): string[] | undefined {
  if (!paragraphs || paragraphs.length === 0) return undefined;
  const [first, ...rest] = paragraphs;
  if (/^\s*từ ngày/i.test(first)) return [...paragraphs];
  return [`${periodRange(ctx.result.period)}, ${first.trim()}`, ...rest];
}

/** True when section I.1 will open with a period: the lead joined to its first paragraph, or the user's own. */
function bodyStatesPeriod(ctx: ReportContext): boolean {
  return (ctx.narratives['I.1'] ?? []).some((p) => p.trim() !== '');
}

const NOTE_STYLE = { horizontal: 'center', vertical: 'top', wrap: true, italic: true } as const;

/**
 * Under the title: the data period (always from 2025; for the 2023 seed only where section I.1
 * does not state it or the figures are provisional), then the note of a period across a change of law.
 */
export function periodLines(b: SheetBuilder, ctx: ReportContext, regime: LegalRegime, bodyStates: boolean): void {
  const { period } = ctx.result;
  const lines: string[] = [];
  if (regime.periodUnderTitle || !bodyStates || isOpenOn(period, ctx.issueDate)) lines.push(dataPeriodLine(period, ctx.issueDate));
  const note = straddleNote(period, regime);
  if (note) lines.push(note);
  for (const text of lines) {
    b.recordLine(text, NOTE_STYLE);
    b.put(b.row, 2, b.lastColumn - 1, text, NOTE_STYLE);
    b.row += 1;
  }
}

export function renderQuarterly(ctx: ReportContext, sheetName: string): ReportModel {
  const b = portraitBuilder();
  const regime = regimeOf(ctx);
  const { period } = ctx.result;
  const title = periodTitle(period);
  documentHeader(b, ctx.info, ctx.issueDate);
  documentTitle(
    b,
    'BÁO CÁO',
    `Công tác kiểm soát thủ tục hành chính, triển khai cơ chế một cửa, một cửa liên thông và thực hiện thủ tục hành chính trên môi trường điện tử ${title}`,
  );
  periodLines(b, ctx, regime, bodyStatesPeriod(ctx));
  recipientLine(b, ctx.info.recipient);
  renderSections(b, ctx, SECTIONS);
  paragraph(
    b,
    `Trên đây là Báo cáo kết quả công tác kiểm soát TTHC, triển khai cơ chế một cửa, một cửa liên thông trong giải quyết TTHC và thực hiện TTHC trên môi trường điện tử ${title}. ${nameInSentence(ctx.info.agency)} báo cáo ${nameInSentence(ctx.info.recipient)} xem xét, tổng hợp theo quy định./.`,
  );
  closingBlock(b, ctx.info);
  const model = b.build(sheetName, pageSetup('portrait', b.row - 1, b.lastColumn), DEFAULT_FONT);
  const boundary = boundaryFreeWarning(period, ctx.result.procedures, regime);
  const warnings = [
    ...periodWarnings(period, ctx.issueDate, regime),
    ...narrativeWarnings(ctx.narratives, QUARTERLY_NARRATIVES.map((n) => n.section), regime),
    ...(boundary ? [boundary] : []),
  ];
  return { ...model, warnings };
}

/**
 * The Quyết định 766/QĐ-TTg scores as a report: each group and indicator with its formula,
 * inputs, maximum and points. Indicators the workbook cannot support say "Chưa tính được" and
 * what data they lack; they are never scored zero. The scoring itself is in `score766Rules.ts`.
 */

import type { ReportContext } from './context';
import {
  DEFAULT_FONT, closingBlock, documentHeader, documentTitle, pageSetup, paragraph,
  portraitBuilder, recipientLine,
} from './frame';
import { count, formatDate, nameInSentence, percent, points } from './format';
import type { SheetBuilder } from './layout';
import { SCORE766_MAX_POINTS, evaluate766 } from './score766Rules';
import type { GroupScore, IndicatorScore } from './score766Rules';
import type { CellStyle, SheetModel } from './sheetModel';

/** Table columns on the 16-column portrait grid: [first, last]. */
const COL = {
  number: [1, 1],
  name: [2, 5],
  formula: [6, 9],
  inputs: [10, 12],
  max: [13, 14],
  points: [15, 16],
} as const;

const TABLE_SIZE = 11;
const BOX: CellStyle = {
  fontSize: TABLE_SIZE,
  wrap: true,
  vertical: 'middle',
  border: { top: 'thin', bottom: 'thin', left: 'thin', right: 'thin' },
};
const HEAD: CellStyle = { ...BOX, bold: true, horizontal: 'center' };

const NOT_COMPUTED = 'Chưa tính được';

type Row = Record<keyof typeof COL, { value: string | number; style?: CellStyle }>;

function tableRow(b: SheetBuilder, row: Row, base: CellStyle): void {
  const at = b.row;
  for (const key of Object.keys(COL) as Array<keyof typeof COL>) {
    const [from, to] = COL[key];
    b.put(at, from, to, row[key].value, { ...base, ...row[key].style });
  }
  b.row += 1;
}

function scoringRule(s: IndicatorScore): string {
  const { maxPoints, fullPointsAt } = s.indicator;
  return fullPointsAt >= 1
    ? `Điểm = tỷ lệ × ${maxPoints}`
    : `Đạt từ ${percent(fullPointsAt)}: ${maxPoints} điểm; dưới ${percent(fullPointsAt)}: tỷ lệ × ${maxPoints} / ${percent(fullPointsAt)}`;
}

function inputsText(s: IndicatorScore): string {
  if (s.status === 'missing data') return `${NOT_COMPUTED}: thiếu dữ liệu ${s.indicator.missingData ?? ''}`.trim();
  const input = s.input!;
  const fraction = `${count(input.numerator)}/${count(input.denominator)}`;
  const text = s.status === 'scored' ? `${fraction} = ${percent(s.rate!)}` : `${fraction}: ${NOT_COMPUTED}, kỳ báo cáo không có số liệu ở mẫu số`;
  return input.note ? `${text} (${input.note})` : text;
}

function indicatorRow(b: SheetBuilder, s: IndicatorScore): void {
  const scored = s.status === 'scored';
  tableRow(
    b,
    {
      number: { value: s.indicator.id, style: { horizontal: 'center' } },
      name: { value: s.indicator.name },
      formula: { value: `${s.indicator.formula}. ${scoringRule(s)}` },
      inputs: { value: inputsText(s), style: scored ? { horizontal: 'center' } : { italic: true } },
      max: { value: s.indicator.maxPoints, style: { horizontal: 'center' } },
      points: { value: scored ? s.points! : NOT_COMPUTED, style: { horizontal: 'center', italic: !scored } },
    },
    BOX,
  );
}

function groupStatus(g: GroupScore): string {
  if (g.points === null) return `${NOT_COMPUTED}: thiếu dữ liệu`;
  if (g.scoredMaxPoints < g.group.maxPoints) return `Tạm tính trên ${points(g.scoredMaxPoints)}/${g.group.maxPoints} điểm`;
  return '';
}

function groupRow(b: SheetBuilder, g: GroupScore): void {
  const at = b.row;
  const style: CellStyle = { ...BOX, bold: true };
  b.put(at, COL.number[0], COL.number[1], g.group.number, { ...style, horizontal: 'center' });
  b.put(at, COL.name[0], COL.formula[1], g.group.name, style);
  b.put(at, COL.inputs[0], COL.inputs[1], groupStatus(g), { ...style, bold: false, italic: true, horizontal: 'center' });
  b.put(at, COL.max[0], COL.max[1], g.group.maxPoints, { ...style, horizontal: 'center' });
  b.put(at, COL.points[0], COL.points[1], g.points ?? NOT_COMPUTED, { ...style, horizontal: 'center', italic: g.points === null });
  b.keepWithNext(at);
  b.row += 1;
}

export function renderScore766(ctx: ReportContext, sheetName: string): SheetModel {
  const groups = evaluate766(ctx.result, ctx.figures);
  const scored = groups.flatMap((g) => g.indicators).filter((s) => s.status === 'scored');
  const total = Math.round(scored.reduce((sum, s) => sum + s.points!, 0) * 100) / 100;
  const totalMax = scored.reduce((sum, s) => sum + s.indicator.maxPoints, 0);
  const { from, to } = ctx.result.period;

  const b = portraitBuilder();
  documentHeader(b, ctx.info, ctx.issueDate);
  documentTitle(
    b,
    'BÁO CÁO',
    'Kết quả tự đánh giá Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công theo thời gian thực trên môi trường điện tử (Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ)',
  );
  recipientLine(b, ctx.info.recipient);
  paragraph(
    b,
    `Số liệu từ ngày ${formatDate(from)} đến ngày ${formatDate(to)}, tính từ danh mục TTHC và sổ theo dõi hồ sơ của ${nameInSentence(ctx.info.agency)}. Chỉ số cần dữ liệu ngoài sổ theo dõi được ghi "${NOT_COMPUTED}" cùng dữ liệu còn thiếu, không tính là 0 điểm.`,
  );

  const head = b.row;
  tableRow(
    b,
    {
      number: { value: 'STT' },
      name: { value: 'Nhóm chỉ số, chỉ số' },
      formula: { value: 'Cách tính' },
      inputs: { value: 'Số liệu, tỷ lệ' },
      max: { value: 'Điểm tối đa' },
      points: { value: 'Điểm đạt' },
    },
    HEAD,
  );
  for (const g of groups) {
    groupRow(b, g);
    g.indicators.forEach((s) => indicatorRow(b, s));
  }
  const at = b.row;
  const bold: CellStyle = { ...BOX, bold: true, horizontal: 'center' };
  b.put(at, COL.number[0], COL.inputs[1], 'Tổng điểm các chỉ số tính được', bold);
  b.put(at, COL.max[0], COL.max[1], totalMax, bold);
  b.put(at, COL.points[0], COL.points[1], total, bold);
  b.row += 1;
  b.space(6);

  const notComputed = SCORE766_MAX_POINTS - totalMax;
  paragraph(
    b,
    `Tổng điểm các chỉ số tính được: ${points(total)}/${points(totalMax)} điểm. Còn ${points(notComputed)}/${SCORE766_MAX_POINTS} điểm ${NOT_COMPUTED.toLowerCase()} do thiếu dữ liệu; điểm chính thức do Hệ thống đánh giá trên Cổng Dịch vụ công quốc gia công bố.`,
  );
  closingBlock(b, ctx.info);
  return b.build(sheetName, pageSetup('portrait', b.row - 1, b.lastColumn, `${head}:${head}`), DEFAULT_FONT);
}

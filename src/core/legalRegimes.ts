/**
 * The legal regime of a reporting period, as data: which texts the reports cite, how they name
 * online services, portals and government levels, and the code line of form 06. A period
 * follows the regime in force on its last day (`regimeFor`). Wording lives here, whole
 * sentences with `{slots}` the templates fill with formatted figures (`fillSlots`), so a reader
 * compares the regimes side by side.
 *
 * - `REGIME_2023`: Nghị định 61/2018 and 107/2021, Thông tư 01/2020/TT-VPCP; the two 2023
 *   seed reports word for word (DOMAIN-2026 §1).
 * - `REGIME_2025`: from 01/07/2025, Nghị định 118/2025/NĐ-CP (replaces 61/2018 and 107/2021;
 *   amends 45/2020 and 42/2022): online services only on the Cổng Dịch vụ công quốc gia,
 *   "toàn trình" / "một phần"; levels tỉnh and xã (DOMAIN-2026 §1, §3).
 *
 * Facts not confirmed (DOMAIN-2026 §6) are `RegimeSettings`, with a default, that `ThongTin`
 * may override; never a hard-coded claim.
 */

import { dayFromParts } from './days';
import { documentDate, isOpenOn } from './periodNames';
import type { DayNumber, GovernmentLevel, Narratives, Period, Procedure } from './types';

export type RegimeId = 'nd61-2018' | 'nd118-2025';

/** Unconfirmed facts, each with its default (DOMAIN-2026 §6). */
export interface RegimeSettings {
  /**
   * Whether the digitisation evaluation also cites Quyết định 468/QĐ-TTg and Thông tư
   * 01/2023/TT-VPCP. For 2025–2026 whether they still apply is unconfirmed: default false.
   */
  citeDigitisationPlans: boolean;
  /**
   * The code line at the top right of form 06. Thông tư 05/2025/TT-VPCP's form numbers are
   * unconfirmed, so both regimes default to the line the provincial systems print today.
   */
  form06CodeLine: string;
  /**
   * The code line over the table of results by unit a province sums (II.06a): unconfirmed for
   * Thông tư 05/2025 like form 06's, so the line the provincial systems print today.
   */
  byUnitCodeLine: string;
}

/** A word of an earlier regime that a report of this regime should not print. */
export interface OutdatedTerm {
  /** Matched case-insensitively, spaces collapsed. */
  term: string;
  /** What to write instead. */
  instead: string;
}

export interface LegalRegime {
  id: RegimeId;
  /** First day in force; null: no lower bound. */
  inForceFrom: DayNumber | null;
  /** The regime in a few words, for warnings and help. */
  name: string;
  /** Names of the government levels with one-stop units, as form 06 groups them. */
  levelLabels: Record<GovernmentLevel, string>;
  /** Online public services: what the two kinds are called. */
  onlineTerms: { full: string; partial: string };
  /**
   * Print the data period under the title of every report, or (false) only where the body does
   * not already state it or the figures are provisional (the 2023 seeds state it in the body).
   */
  periodUnderTitle: boolean;
  quarterly: {
    /**
     * Section I.8, in print order. Slots: `{agency}`; `{provincial}`, `{provincialFull}`,
     * `{provincialPartial}`, `{national}`, `{nationalFull}`, `{nationalPartial}` (procedures per
     * portal); `{boundaryFree}` (`08/08`: procedures received regardless of boundary, of all);
     * `{online}` (dossiers received online in the period).
     */
    electronic: readonly string[];
  };
  digitisation: {
    /** Slots: `{plans}` (`digitisationPlansShort` or empty), `{period}` ("năm 2026"). */
    title: string;
    /** Slots: `{plans}` (`digitisationPlansLong` or empty), `{period}`, `{agency}`, `{recipient}`. */
    closing: string;
    /** Headings that differ from the seed's, by section id. */
    headings: Readonly<Record<string, string>>;
    /**
     * Section I.3's boundary-free lines. Slots: `{count}` (`01`), `{share}` (`05/05`);
     * `perProcedure` also `{name}`, `{from}`, `{to}`, `{dossiers}` (`45 hồ sơ`).
     */
    boundaryFree: { none: string; lead: string; perProcedure: string };
    /**
     * Section I.1's line of the Quyết định 766 digitisation rates, or null. Slots:
     * `{dossierRate}`, `{resultRate}`, `{reuseRate}` (percentages or "không phát sinh hồ sơ").
     */
    rates: string | null;
  };
  /** The plans cited when `citeDigitisationPlans` is set, short (title) and long (closing). */
  digitisationPlansShort: string;
  digitisationPlansLong: string;
  /**
   * When every procedure must be receivable regardless of administrative boundary within the
   * province (ND 118 Art. 40.4), or null: a catalogue marking fewer is worth a warning.
   */
  boundaryFreeDeadline: DayNumber | null;
  /** Words of the earlier regime to look for in the user's `NoiDung` paragraphs. */
  outdatedTerms: readonly OutdatedTerm[];
  /**
   * The note a period printed under this regime gets when it starts before `inForceFrom`.
   * No slots.
   */
  straddleNote: string | null;
  settings: RegimeSettings;
}

const LEVEL_LABELS: Record<GovernmentLevel, string> = { province: 'Cấp tỉnh', commune: 'Cấp xã' };

const DEFAULT_SETTINGS: RegimeSettings = {
  citeDigitisationPlans: false,
  form06CodeLine: 'Biểu số 06/VPCP/KSTT',
  byUnitCodeLine: 'Biểu số II.06a/VPCP/KSTT',
};

const QD766 = 'Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ';

/** Nghị định 61/2018 and 107/2021, Thông tư 01/2020/TT-VPCP: periods ending before 01/07/2025. */
export const REGIME_2023: LegalRegime = {
  id: 'nd61-2018',
  inForceFrom: null,
  name: 'Nghị định số 61/2018/NĐ-CP, 107/2021/NĐ-CP (đến 30/6/2025)',
  levelLabels: LEVEL_LABELS,
  onlineTerms: { full: 'mức độ 4', partial: 'mức độ 3' },
  periodUnderTitle: false,
  quarterly: {
    electronic: [
      '- Thực hiện Nghị định số 45/2020/NĐ-CP ngày 08/4/2020 của Chính phủ về thực hiện thủ tục hành chính trên môi trường điện tử; UBND tỉnh công bố danh mục thủ tục hành chính tiếp nhận trực tuyến thuộc thẩm quyền giải quyết của {agency} đến kỳ báo cáo, cụ thể:',
      '+ Trên Cổng Dịch vụ công tỉnh: {provincial} thủ tục (cung cấp dịch vụ công trực tuyến mức độ 3: {provincialPartial} TTHC; cung cấp dịch vụ công trực tuyến mức độ 4: {provincialFull} TTHC);',
      '+ Trên Cổng Dịch vụ công quốc gia: {national} thủ tục (cung cấp dịch vụ công trực tuyến mức độ 3: {nationalPartial} TTHC; cung cấp dịch vụ công trực tuyến mức độ 4: {nationalFull} TTHC).',
      'Trong kỳ báo cáo đã tiếp nhận giải quyết {online} thủ tục hành chính trên môi trường mạng.',
    ],
  },
  digitisation: {
    title:
      'Đánh giá về tình hình kết quả triển khai các giải pháp nâng cao hiệu quả giải quyết thủ tục hành chính quy định tại Nghị định số 107/2021/NĐ-CP, Quyết định số 468/QĐ-TTg',
    closing:
      'Trên đây là báo cáo đánh giá về tình hình kết quả triển khai các giải pháp nâng cao hiệu quả giải quyết thủ tục hành chính quy định tại Nghị định số 107/2021/NĐ-CP ngày 06/12/2021 của Chính phủ và Quyết định số 468/QĐ-TTg ngày 27/3/2021 của Thủ tướng Chính phủ; {agency} kính gửi {recipient} tổng hợp./.',
    headings: {},
    boundaryFree: {
      none: '- Chưa có TTHC thực hiện tiếp nhận và giải quyết không phụ thuộc vào địa giới hành chính.',
      lead: '- Tổng số TTHC đã thực hiện tiếp nhận và giải quyết TTHC không phụ thuộc vào địa giới hành chính gồm {count} TTHC, cụ thể:',
      perProcedure: '+ {name}: số lượng hồ sơ tiếp nhận từ ngày {from} đến ngày {to}: {dossiers}.',
    },
    rates: null,
  },
  digitisationPlansShort: '',
  digitisationPlansLong: '',
  boundaryFreeDeadline: null,
  outdatedTerms: [],
  straddleNote: null,
  settings: DEFAULT_SETTINGS,
};

const ND118 = 'Nghị định số 118/2025/NĐ-CP';
const ND118_FULL = `${ND118} ngày 09/6/2025 của Chính phủ`;

/** Nghị định 118/2025/NĐ-CP: periods ending on or after 01/07/2025. */
export const REGIME_2025: LegalRegime = {
  id: 'nd118-2025',
  inForceFrom: dayFromParts(2025, 7, 1),
  name: 'Nghị định số 118/2025/NĐ-CP (từ 01/7/2025)',
  levelLabels: LEVEL_LABELS,
  onlineTerms: { full: 'toàn trình', partial: 'một phần' },
  periodUnderTitle: true,
  quarterly: {
    electronic: [
      `- Thực hiện Nghị định số 45/2020/NĐ-CP ngày 08/4/2020 của Chính phủ về thực hiện thủ tục hành chính trên môi trường điện tử, được sửa đổi, bổ sung bởi ${ND118_FULL}; UBND tỉnh công bố danh mục thủ tục hành chính được cung cấp dịch vụ công trực tuyến toàn trình, một phần thuộc thẩm quyền giải quyết của {agency} trên Cổng Dịch vụ công quốc gia đến kỳ báo cáo, cụ thể:`,
      '+ Trên Cổng Dịch vụ công quốc gia: {national} TTHC (DVCTT toàn trình: {nationalFull}; một phần: {nationalPartial});',
      '+ Số TTHC thực hiện không phụ thuộc vào địa giới hành chính trong phạm vi cấp tỉnh: {boundaryFree} TTHC.',
      'Trong kỳ báo cáo đã tiếp nhận giải quyết {online} hồ sơ thủ tục hành chính trực tuyến trên Cổng Dịch vụ công quốc gia.',
    ],
  },
  digitisation: {
    title: `Đánh giá về tình hình kết quả số hóa hồ sơ, kết quả giải quyết thủ tục hành chính và các giải pháp nâng cao hiệu quả giải quyết thủ tục hành chính theo ${ND118}{plans}, Quyết định số 766/QĐ-TTg {period}`,
    closing: `Trên đây là báo cáo đánh giá về tình hình kết quả số hóa hồ sơ, kết quả giải quyết thủ tục hành chính và các giải pháp nâng cao hiệu quả giải quyết thủ tục hành chính {period} theo ${ND118_FULL}{plans} và nhóm chỉ số số hóa hồ sơ của Bộ chỉ số ban hành kèm theo ${QD766}; {agency} kính gửi {recipient} tổng hợp./.`,
    headings: {
      'I.1': `1. Về số hóa hồ sơ, giấy tờ, kết quả giải quyết thủ tục hành chính (TTHC) gắn với quá trình tiếp nhận, giải quyết, trả kết quả tại Bộ phận Một cửa (BPMC) theo Điều 17, Điều 19 và Điều 22 ${ND118}`,
      'I.3': '3. Tiếp nhận, giải quyết hồ sơ TTHC không phụ thuộc vào địa giới hành chính trong phạm vi cấp tỉnh; cung cấp dịch vụ công trực tuyến toàn trình, một phần trên Cổng Dịch vụ công quốc gia',
      'I.5': `5. Đổi mới việc giám sát, đánh giá chất lượng giải quyết TTHC theo thời gian thực (Chương V ${ND118}; Quyết định số 766/QĐ-TTg)`,
    },
    boundaryFree: {
      none: '- Chưa có TTHC thực hiện tiếp nhận và giải quyết không phụ thuộc vào địa giới hành chính trong phạm vi cấp tỉnh.',
      lead: '- Số TTHC thực hiện tiếp nhận và giải quyết không phụ thuộc vào địa giới hành chính trong phạm vi cấp tỉnh: {share} TTHC, cụ thể:',
      perProcedure: '+ {name}: số lượng hồ sơ tiếp nhận từ ngày {from} đến ngày {to}: {dossiers}.',
    },
    rates:
      '+ Theo nhóm chỉ số số hóa hồ sơ (Quyết định số 766/QĐ-TTg): tỷ lệ hồ sơ được số hóa: {dossierRate}; tỷ lệ kết quả giải quyết TTHC được số hóa: {resultRate}; tỷ lệ hồ sơ sử dụng lại dữ liệu số hóa: {reuseRate}.',
  },
  digitisationPlansShort: ', Quyết định số 468/QĐ-TTg, Thông tư số 01/2023/TT-VPCP',
  digitisationPlansLong: ', Quyết định số 468/QĐ-TTg ngày 27/3/2021 của Thủ tướng Chính phủ, Thông tư số 01/2023/TT-VPCP của Văn phòng Chính phủ',
  boundaryFreeDeadline: dayFromParts(2025, 12, 31),
  outdatedTerms: [
    { term: 'mức độ 3', instead: 'dịch vụ công trực tuyến một phần' },
    { term: 'mức độ 4', instead: 'dịch vụ công trực tuyến toàn trình' },
    { term: 'Cổng Dịch vụ công tỉnh', instead: 'Cổng Dịch vụ công quốc gia' },
    { term: 'Cổng Dịch vụ công của tỉnh', instead: 'Cổng Dịch vụ công quốc gia' },
    { term: 'Cổng Dịch vụ công cấp tỉnh', instead: 'Cổng Dịch vụ công quốc gia' },
    { term: 'Cổng DVC trực tuyến của tỉnh', instead: 'Cổng Dịch vụ công quốc gia' },
    { term: '61/2018/NĐ-CP', instead: ND118 },
    { term: '107/2021/NĐ-CP', instead: ND118 },
    { term: 'cấp huyện', instead: 'cấp tỉnh, cấp xã' },
  ],
  straddleNote: `Kỳ báo cáo có một phần trước ngày 01/7/2025, ngày ${ND118} có hiệu lực; số liệu của cả kỳ được tổng hợp và trình bày theo quy định từ ngày 01/7/2025.`,
  settings: DEFAULT_SETTINGS,
};

/** Newest first. */
export const REGIMES: readonly LegalRegime[] = [REGIME_2025, REGIME_2023];

/**
 * The regime of a period: the one in force on its last day, with `settings` (from `ThongTin`)
 * over its defaults.
 */
export function regimeFor(period: Period, settings: Partial<RegimeSettings> = {}): LegalRegime {
  const regime = REGIMES.find((r) => r.inForceFrom === null || period.to >= r.inForceFrom) ?? REGIME_2023;
  const given = Object.fromEntries(Object.entries(settings).filter(([, v]) => v !== undefined && v !== '')) as Partial<RegimeSettings>;
  return Object.keys(given).length === 0 ? regime : { ...regime, settings: { ...regime.settings, ...given } };
}

/** True when the period starts before its regime came into force (it straddles the change). */
export function straddles(period: Period, regime: LegalRegime): boolean {
  return regime.inForceFrom !== null && period.from < regime.inForceFrom;
}

/** The straddle note the reports print, or null. */
export function straddleNote(period: Period, regime: LegalRegime): string | null {
  return straddles(period, regime) ? regime.straddleNote : null;
}

/** Fills `{slot}`s; a slot the values lack is an error in the template, so it throws. */
export function fillSlots(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = values[key];
    if (value === undefined) throw new Error(`Missing slot {${key}} in: ${template}`);
    return value;
  });
}

const normalise = (text: string): string => text.toLowerCase().replace(/\s+/g, ' ');

/** The outdated terms a text uses. */
export function outdatedTermsIn(text: string, regime: LegalRegime): OutdatedTerm[] {
  const t = normalise(text);
  return regime.outdatedTerms.filter((o) => t.includes(normalise(o.term)));
}

/**
 * Warnings about the period that a report shows the user (CLI, task pane), never prints:
 * provisional figures, a straddled change of regime.
 */
export function periodWarnings(period: Period, issueDate: DayNumber, regime: LegalRegime): string[] {
  const warnings: string[] = [];
  if (isOpenOn(period, issueDate)) {
    warnings.push(
      `Kỳ báo cáo kết thúc ngày ${documentDate(period.to)}, sau ngày ban hành ${documentDate(issueDate)}: số liệu là tạm tính đến ngày ${documentDate(issueDate)}.`,
    );
  }
  const note = straddleNote(period, regime);
  if (note) warnings.push(note);
  return warnings;
}

/** One warning per `NoiDung` section that uses words of an earlier regime. */
export function narrativeWarnings(narratives: Narratives, sections: readonly string[], regime: LegalRegime): string[] {
  const warnings: string[] = [];
  for (const section of sections) {
    const found = outdatedTermsIn((narratives[section] ?? []).join(' '), regime);
    if (found.length === 0) continue;
    const list = found.map((o) => `“${o.term}” (nên dùng: ${o.instead})`).join('; ');
    warnings.push(`NoiDung mục ${section} dùng từ không còn phù hợp với ${regime.name}: ${list}.`);
  }
  return warnings;
}

/**
 * After the deadline of ND 118 Art. 40.4 every procedure in force is received regardless of
 * administrative boundary within the province; a catalogue marking fewer gets a warning.
 */
export function boundaryFreeWarning(period: Period, procedures: readonly Procedure[], regime: LegalRegime): string | null {
  if (regime.boundaryFreeDeadline === null || period.to < regime.boundaryFreeDeadline || procedures.length === 0) return null;
  const marked = procedures.filter((p) => p.boundaryFree).length;
  if (marked === procedures.length) return null;
  return `Danh mục TTHC đánh dấu ${marked}/${procedures.length} TTHC không phụ thuộc địa giới hành chính; theo khoản 4 Điều 40 Nghị định số 118/2025/NĐ-CP, 100% TTHC phải thực hiện không phụ thuộc vào địa giới hành chính trong phạm vi cấp tỉnh trước ngày ${documentDate(regime.boundaryFreeDeadline)}: kiểm tra cột tương ứng của bảng TTHC.`;
}

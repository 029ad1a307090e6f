/**
 * The reports, by id, with the Vietnamese name a user writes in the `Báo cáo` column of `NoiDung`
 * (and the other names accepted there). Names compare without case, diacritics, spaces or
 * punctuation: `Báo cáo quý`, `BC quý`, `bao cao quy`, `quy` and `quarterly` are one report. Each report also
 * has a short slug for the command line (`quy`, `so-hoa`, `bieu-06`, `766`, `so-luong-tthc`, `qua-han`).
 */
import { normalizeLabel } from './text';

export type ReportKey = 'quarterly' | 'digitisation' | 'form06' | 'score766' | 'proceduresByLevel' | 'overdueList';

export interface ReportName {
  id: ReportKey;
  /** The name printed in placeholders and offered in the `Báo cáo` column's list. */
  name: string;
  /** The short name the command line prints (`--report quy`), lower case, no diacritics. */
  slug: string;
  /** Other names accepted (the id, the pane's titles, short forms). */
  aliases: readonly string[];
}

export const REPORT_NAMES: readonly ReportName[] = [
  {
    id: 'quarterly',
    name: 'Báo cáo quý',
    slug: 'quy',
    aliases: [
      'quarterly', 'BC quý', 'Quý', 'Báo cáo kiểm soát TTHC quý', 'BC kiểm soát TTHC quý', 'Báo cáo kiểm soát TTHC',
      'Báo cáo định kỳ', 'BC định kỳ', 'Báo cáo kiểm soát TTHC định kỳ', 'Báo cáo kiểm soát TTHC định kỳ (quý, 6 tháng, 9 tháng, năm)',
      'Báo cáo 6 tháng', 'Báo cáo 9 tháng', 'Báo cáo năm', 'Quarterly report', 'Quarterly TTHC control report', 'Periodic report',
    ],
  },
  {
    id: 'digitisation',
    name: 'Báo cáo số hóa',
    slug: 'so-hoa',
    aliases: [
      'digitisation', 'digitization', 'Số hóa', 'BC số hóa', 'Báo cáo số hóa hồ sơ', 'Báo cáo số hóa (NĐ 107, QĐ 468)',
      'Báo cáo số hóa hồ sơ (NĐ 118/2025; NĐ 107/2021 trước 7/2025)', 'Báo cáo NĐ 107', 'Báo cáo NĐ 118', 'Digitisation report', 'Digitization report',
    ],
  },
  { id: 'form06', name: 'Biểu 06', slug: 'bieu-06', aliases: ['form06', 'Form 06', 'Biểu số 06', 'Mẫu 06', 'Biểu 6', 'Biểu 06: kết quả giải quyết TTHC'] },
  { id: 'score766', name: 'Điểm 766', slug: '766', aliases: ['score766', '766', 'Bộ chỉ số 766', 'Điểm Bộ chỉ số 766', 'QĐ 766', 'Scores 766', 'Decision 766 service-quality scores'] },
  { id: 'proceduresByLevel', name: 'Tổng hợp số lượng TTHC', slug: 'so-luong-tthc', aliases: ['proceduresByLevel', 'Số lượng TTHC', 'Biểu II.07b', 'II.07b', 'Number of procedures by level'] },
  { id: 'overdueList', name: 'Danh sách hồ sơ quá hạn', slug: 'qua-han', aliases: ['overdueList', 'Hồ sơ quá hạn', 'Quá hạn', 'DS hồ sơ quá hạn', 'Overdue dossiers'] },
];

export const REPORT_KEYS: readonly ReportKey[] = REPORT_NAMES.map((r) => r.id);

/** A name as compared: no case, diacritics, spaces or punctuation (`BC quý` → `bcquy`). */
const nameKey = (text: string): string => normalizeLabel(text).replace(/ /g, '');

const BY_NAME = new Map<string, ReportKey>();
for (const r of REPORT_NAMES) for (const n of [r.name, r.slug, ...r.aliases]) BY_NAME.set(nameKey(n), r.id);

/** The report a name stands for, or null when it names none. */
export function reportFromName(text: string): ReportKey | null {
  return BY_NAME.get(nameKey(text)) ?? null;
}

/** The Vietnamese name of a report id (`quarterly` → `Báo cáo quý`), or null for an unknown id. */
export function reportName(id: string): string | null {
  return REPORT_NAMES.find((r) => r.id === id)?.name ?? null;
}

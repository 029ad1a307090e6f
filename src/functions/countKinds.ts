/**
 * The `kind` argument of DOSSIER_COUNT: a flow count key of DESIGN §6 (`received`, `resolvedLate`…)
 * or the Vietnamese words of the report tables (`đã giải quyết quá hạn`), matched case-, space-
 * and diacritic-insensitively.
 */
import { FLOW_COUNT_KEYS, FlowCountKey } from '../core/flowCounts';
import { normalizeLabel } from '../core/text';
import { functionError } from './errors';

/** Vietnamese names of each count; the first is the one messages suggest. */
export const COUNT_KIND_ALIASES: Record<FlowCountKey, string[]> = {
  received: ['tiếp nhận', 'tổng tiếp nhận', 'tổng số hồ sơ tiếp nhận'],
  newReceived: ['mới tiếp nhận', 'tiếp nhận mới', 'tiếp nhận trong kỳ'],
  newOnline: ['trực tuyến', 'tiếp nhận trực tuyến'],
  newDirect: ['trực tiếp', 'tiếp nhận trực tiếp'],
  newPostal: ['bưu chính', 'BCCI', 'tiếp nhận qua bưu chính'],
  carriedOver: ['kỳ trước chuyển qua', 'từ kỳ trước chuyển qua', 'tồn kỳ trước'],
  resolved: ['đã giải quyết'],
  resolvedEarly: ['trước hạn', 'đã giải quyết trước hạn'],
  resolvedOnTime: ['đúng hạn', 'đã giải quyết đúng hạn'],
  // "quá hạn" alone is left out on purpose: it could mean resolved late or pending overdue.
  resolvedLate: ['đã giải quyết quá hạn', 'giải quyết quá hạn'],
  pending: ['đang giải quyết', 'chưa giải quyết'],
  pendingInTime: ['trong hạn', 'đang giải quyết trong hạn'],
  pendingOverdue: ['đang giải quyết quá hạn', 'đang quá hạn'],
};

const LOOKUP = new Map<string, FlowCountKey>();
for (const key of FLOW_COUNT_KEYS) {
  LOOKUP.set(normalizeLabel(key), key);
  for (const alias of COUNT_KIND_ALIASES[key]) LOOKUP.set(normalizeLabel(alias), key);
}

export function readCountKind(kind: string): FlowCountKey {
  const key = typeof kind === 'string' ? LOOKUP.get(normalizeLabel(kind)) : undefined;
  if (key) return key;
  const accepted = FLOW_COUNT_KEYS.map((k) => `${k} (${COUNT_KIND_ALIASES[k][0]})`).join(', ');
  throw functionError('invalidValue', `Không rõ loại số liệu "${String(kind)}". Chọn một trong: ${accepted}.`);
}

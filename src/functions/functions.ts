/**
 * Custom functions of the TTHC namespace (=TTHC.ONLINE_SHARE(...) in a formula).
 *
 * How this file works (Microsoft's shared-runtime template):
 * - Every function marked `@customfunction ID` gets an entry in dist/functions.json, generated
 *   at build time from its JSDoc by custom-functions-metadata-plugin (description, parameter
 *   help, types). Write descriptions in Vietnamese: they are what Excel shows.
 * - The same plugin appends `CustomFunctions.associate("ID", functionName);` for each of them
 *   to this file when bundling, so nothing here calls associate() by hand.
 * - Functions are thin wrappers: arithmetic and checks here, indicator logic in src/core.
 * - To add a function: write an exported function with a `@customfunction NAME` JSDoc block,
 *   throw `functionError(...)` for bad input, and add a unit test.
 */
import { functionError } from './errors';

// office.js defines `CustomFunctions.associate` even outside Excel. Should it fail to load in a
// plain browser page, the associate() calls appended by the build get a harmless stand-in, so
// the page keeps working. (Never in Node: unit tests import this file directly.)
if (typeof window !== 'undefined' && typeof CustomFunctions === 'undefined') {
  (window as unknown as { CustomFunctions: unknown }).CustomFunctions = { associate: () => undefined };
}

/**
 * Tỷ lệ hồ sơ tiếp nhận trực tuyến: số hồ sơ nộp trực tuyến chia cho tổng số hồ sơ tiếp nhận mới
 * (kết quả từ 0 đến 1, định dạng ô kiểu phần trăm để hiện như 85%).
 * @customfunction ONLINE_SHARE
 * @param online Số hồ sơ tiếp nhận trực tuyến (số không âm).
 * @param total Tổng số hồ sơ tiếp nhận mới (số không âm, không nhỏ hơn số hồ sơ trực tuyến).
 * @returns Tỷ lệ hồ sơ trực tuyến, từ 0 đến 1.
 */
export function onlineShare(online: number, total: number): number {
  if (!Number.isFinite(online) || !Number.isFinite(total)) {
    throw functionError('invalidValue', 'Số hồ sơ phải là một số.');
  }
  if (online < 0 || total < 0) {
    throw functionError('invalidValue', 'Số hồ sơ không được âm.');
  }
  if (total === 0) {
    throw functionError('divisionByZero');
  }
  if (online > total) {
    throw functionError('invalidValue', 'Số hồ sơ trực tuyến lớn hơn tổng số hồ sơ.');
  }
  return online / total;
}

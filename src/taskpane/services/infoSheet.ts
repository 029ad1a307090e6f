/**
 * Saving the agency details back to the ThongTin sheet: which cells to write, worked out from
 * the sheet as it is, so both writers (Office.js in Excel, ExcelJS in preview) do the same.
 *
 * - A key already on the sheet keeps its row: its value cell (the next filled cell right of the
 *   label, else the cell right of it) gets the new value.
 * - `Nơi nhận` (several recipients) goes into its first row, one recipient a line; other
 *   `Nơi nhận` rows are emptied, so the reader does not add them again. Likewise a key listed
 *   twice keeps only its first row's value.
 * - A key not on the sheet is added below the last used row, label and value side by side.
 * - A workbook without ThongTin gets a new sheet with a header row and every key.
 * Every value is text (the writers store it as text, never as a formula or number).
 */
import { cellText, isBlank } from '../../core/cells';
import { AGENCY_KEYS, INFO_SHEET } from '../../core/schema';
import { normalizeLabel } from '../../core/text';
import type { AgencyInfo, RawTable } from '../../core/types';

export { INFO_SHEET };

export type InfoKey = keyof AgencyInfo;

/** The fields in the order the form and a new sheet show them. */
export const INFO_KEYS: readonly InfoKey[] = [
  'parentAgency',
  'agency',
  'place',
  'documentNumber',
  'issueDate',
  'recipient',
  'recipients',
  'signerTitle',
  'signerDeputyTitle',
  'signerName',
  'formCodeLine',
];

/** Keys whose blank value means "the default": a row is added only once the user types something. */
const OPTIONAL_KEYS: ReadonlySet<InfoKey> = new Set<InfoKey>(['formCodeLine', 'issueDate']);

/** The header of a new ThongTin sheet (as the sample's). */
export const INFO_HEADER = ['Thông tin', 'Giá trị'] as const;

/** The Vietnamese label a new row gets (`Cơ quan chủ quản`). */
export function infoLabel(key: InfoKey): string {
  return AGENCY_KEYS[key][0];
}

/** A field's value as one cell's text (recipients one a line). */
export function infoText(info: AgencyInfo, key: InfoKey): string {
  const value = info[key] ?? '';
  return Array.isArray(value) ? value.join('\n') : value;
}

/** One cell to write, in worksheet coordinates (1-based). */
export interface CellWrite {
  row: number;
  col: number;
  value: string;
}

/** A new row for a key the sheet lacks. */
export interface InfoAppend {
  label: string;
  value: string;
}

export interface InfoWritePlan {
  /** Cells of rows already there. */
  writes: CellWrite[];
  /** Keys to add, in order. */
  appends: InfoAppend[];
  /** Where appended rows go on a plain sheet: first row, label column (value column = +1). */
  appendAt: { row: number; col: number };
}

const LOOKUP: ReadonlyMap<string, InfoKey> = new Map(
  Object.entries(AGENCY_KEYS).flatMap(([key, labels]) => labels.map((l) => [normalizeLabel(l), key as InfoKey] as const)),
);

/** Plans the writes for `info` into the ThongTin table as read (null: the workbook has none). */
export function planInfoWrites(table: RawTable | null, info: AgencyInfo): InfoWritePlan {
  if (!table) {
    return {
      writes: INFO_HEADER.map((value, i) => ({ row: 1, col: i + 1, value })),
      appends: INFO_KEYS.filter((key) => !(OPTIONAL_KEYS.has(key) && infoText(info, key) === '')).map((key) => ({ label: infoLabel(key), value: infoText(info, key) })),
      appendAt: { row: 2, col: 1 },
    };
  }
  const found = new Map<InfoKey, { row: number; valueCol: number }[]>();
  const labelColumns = new Map<number, number>();
  table.rows.forEach((cells, i) => {
    const filled = (cells ?? []).map((c, j) => ({ c, j })).filter(({ c }) => !isBlank(c));
    if (filled.length === 0) return;
    const key = LOOKUP.get(normalizeLabel(cellText(filled[0].c)));
    if (!key) return;
    const labelCol = table.firstColumn + filled[0].j;
    labelColumns.set(labelCol, (labelColumns.get(labelCol) ?? 0) + 1);
    const valueCol = filled.length > 1 ? table.firstColumn + filled[1].j : labelCol + 1;
    const list = found.get(key) ?? [];
    list.push({ row: table.firstRow + i, valueCol });
    found.set(key, list);
  });
  const writes: CellWrite[] = [];
  const appends: InfoAppend[] = [];
  for (const key of INFO_KEYS) {
    const rows = found.get(key);
    const value = infoText(info, key);
    if (!rows) {
      // An optional setting left blank is not written: the sheet keeps only what the user set.
      if (!(OPTIONAL_KEYS.has(key) && value === '')) appends.push({ label: infoLabel(key), value });
      continue;
    }
    rows.forEach((r, i) => writes.push({ row: r.row, col: r.valueCol, value: i === 0 ? value : '' }));
  }
  const usualLabelCol = [...labelColumns.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? table.firstColumn;
  return { writes, appends, appendAt: { row: table.firstRow + table.rows.length, col: usualLabelCol } };
}

/** Appends as cell writes below the sheet's last row (plain sheets; an Excel table adds rows instead). */
export function appendWrites(plan: InfoWritePlan): CellWrite[] {
  return plan.appends.flatMap((a, i) => [
    { row: plan.appendAt.row + i, col: plan.appendAt.col, value: a.label },
    { row: plan.appendAt.row + i, col: plan.appendAt.col + 1, value: a.value },
  ]);
}

/** The form's details as saved and printed: text trimmed, blank recipient lines dropped. */
export function cleanInfo(info: AgencyInfo): AgencyInfo {
  return {
    ...info,
    parentAgency: info.parentAgency.trim(),
    agency: info.agency.trim(),
    place: info.place.trim(),
    documentNumber: info.documentNumber.trim(),
    issueDate: (info.issueDate ?? '').trim(),
    recipient: info.recipient.trim(),
    recipients: info.recipients.map((r) => r.trim()).filter(Boolean),
    signerTitle: info.signerTitle.trim(),
    signerDeputyTitle: info.signerDeputyTitle.trim(),
    signerName: info.signerName.trim(),
    formCodeLine: info.formCodeLine.trim(),
  };
}

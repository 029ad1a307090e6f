/**
 * The figures (SoLieu) and narrative sections (NoiDung) a report prints, as the "Số liệu và nội
 * dung" tab shows and saves them; both services use this with `core/typedContent.ts`, which
 * decides which rows hold what and plans the cells to write.
 */
import { parseInputs, type RawTables } from '../../core/inputs';
import { FIGURE_TABLE, NARRATIVE_TABLE } from '../../core/schema';
import {
  planContentWrites,
  typedContentOf,
  type ContentLayout,
  type ContentPlan,
  type ContentValues,
  type TypedContent,
} from '../../core/typedContent';
import type { Period, RawTable } from '../../core/types';
import { findReport, reports, type ReportId } from '../../templates';

export { appendedCells, ContentTableError, emptyContentCount } from '../../core/typedContent';
export type { ContentCell, ContentPlan, ContentValues, ContentWrite, TablePlan, TypedContent, TypedFigure, TypedSection } from '../../core/typedContent';

/** The sheets written: SoLieu and NoiDung. */
export const CONTENT_TABLES = [FIGURE_TABLE.name, NARRATIVE_TABLE.name] as const;

/** Column widths (Excel character units) of a new SoLieu and NoiDung, as the sample's. */
export const NEW_SHEET_WIDTHS: Readonly<Record<string, readonly number[]>> = {
  [FIGURE_TABLE.name]: [14, 80, 10],
  [NARRATIVE_TABLE.name]: [14, 16, 8, 100],
};

/** What report `id` prints that the user types (its `figureKeys` and `narrativeSections`). */
export function contentLayoutOf(id: ReportId): ContentLayout {
  const report = findReport(id);
  return { report: id, figureKeys: report?.figureKeys ?? [], sections: report?.narrativeSections ?? [] };
}

/** True when the report prints typed-in figures or sections. */
export function hasTypedContent(id: ReportId): boolean {
  const layout = contentLayoutOf(id);
  return layout.figureKeys.length > 0 || layout.sections.length > 0;
}

/** The reports the tab offers: those with figures or sections to type. */
export const CONTENT_REPORTS: readonly ReportId[] = reports.map((r) => r.id).filter(hasTypedContent);

/** The report's figures and sections for the period, from the SoLieu and NoiDung tables read. */
export function contentOf(tables: RawTables, id: ReportId, period: Period): TypedContent {
  const own: RawTables = {};
  for (const name of CONTENT_TABLES) if (tables[name]) own[name] = tables[name];
  return typedContentOf(parseInputs(own), period, contentLayoutOf(id));
}

/** Plans the writes into the tables as read (null: the workbook has none). */
export function planContent(tables: { figures: RawTable | null; narratives: RawTable | null }, id: ReportId, period: Period, values: ContentValues): ContentPlan {
  return planContentWrites(tables, period, contentLayoutOf(id), values);
}

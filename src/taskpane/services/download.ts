/**
 * Saving a file from the page: a Blob behind an object URL, clicked through a temporary
 * `<a download>` (works in every browser and needs no server round trip). Also the report's
 * Word document (.docx) as bytes, for either service to save.
 */
import type { SheetModel } from '../../templates/sheetModel';
import { documentOf, type DocumentModel } from '../../templates/document';
import { UserFacingError } from './types';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The MIME type of a file we save, from its extension (.xlsx, .docx); a generic one otherwise. */
export function mimeOf(fileName: string): string {
  if (/\.docx$/i.test(fileName)) return DOCX_MIME;
  if (/\.xlsx$/i.test(fileName)) return XLSX_MIME;
  return 'application/octet-stream';
}

/** Saves `data` for the user as `fileName`; `mime` defaults to the extension's (`mimeOf`). */
export type SaveFile = (data: ArrayBuffer, fileName: string, mime?: string) => void;

export const saveWithDownloadLink: SaveFile = (data, fileName, mime) => {
  const url = URL.createObjectURL(new Blob([data], { type: mime ?? mimeOf(fileName) }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.appendChild(link);
  try {
    link.click();
  } finally {
    link.remove();
    // The download has started from the URL by now; a minute's grace for slow machines.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
};

/** `name` made safe as a file name on every system: no control or reserved characters, one space at a time. */
function safeName(name: string): string {
  return [...name.normalize('NFC')]
    .map((ch) => (ch < ' ' || '\\/:*?"<>|'.includes(ch) ? '-' : ch))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A file name made of a workbook's name and a report's sheet name, safe on every system. */
export function reportFileName(workbookName: string, sheetName: string): string {
  const base = workbookName.replace(/\.xlsx$/i, '') || 'bao-cao';
  return `${safeName(`${base} - ${sheetName}`)}.xlsx`;
}

/** `<name>.<extension>`, the name made safe as a file name on every system (`bao-cao` when nothing is left of it). */
export function safeFileName(name: string, extension: 'xlsx' | 'docx'): string {
  return `${safeName(name) || 'bao-cao'}.${extension}`;
}

/**
 * The Word document's file name, by the same rules: `<workbook> - <sheet>.docx` (preview), or
 * `<sheet>.docx` when there is no workbook file to name it after (Excel).
 */
export function documentFileName(workbookName: string | null, sheetName: string): string {
  const base = workbookName?.replace(/\.(xlsx|xls|csv|html?)$/i, '') ?? '';
  const name = safeName(base ? `${base} - ${sheetName}` : sheetName);
  return `${name || 'bao-cao'}.docx`;
}

/** The Word writer (and the docx library), loaded on first use so the pane opens without it. */
const loadWordWriter = () => import(/* webpackChunkName: "docx" */ '../../adapters/docx/writeDocx');

/** The .docx of a rendered report (its document model, `documentOf`), as bytes to save. */
export async function documentBytes(model: SheetModel): Promise<ArrayBuffer> {
  const document = documentOf(model);
  if (!document) throw new UserFacingError('Báo cáo này chưa có bản Word. / This report has no Word version.');
  return docxOf(document);
}

/** The .docx of a document model (the consolidated report's own), as bytes to save. */
export async function docxOf(document: DocumentModel): Promise<ArrayBuffer> {
  const { docxBytes } = await loadWordWriter();
  const bytes = await docxBytes(document);
  // A copy that is exactly the file (the writer's bytes may be a view into a larger buffer).
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

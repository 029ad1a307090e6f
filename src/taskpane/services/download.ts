/**
 * Saving a file from the page: a Blob behind an object URL, clicked through a temporary
 * `<a download>` (works in every browser and needs no server round trip).
 */

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export type SaveFile = (data: ArrayBuffer, fileName: string) => void;

export const saveWithDownloadLink: SaveFile = (data, fileName) => {
  const url = URL.createObjectURL(new Blob([data], { type: XLSX_MIME }));
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

/** A file name made of a workbook's name and a report's sheet name, safe on every system. */
export function reportFileName(workbookName: string, sheetName: string): string {
  const base = workbookName.replace(/\.xlsx$/i, '') || 'bao-cao';
  const safe = [...`${base} - ${sheetName}`.normalize('NFC')]
    .map((ch) => (ch < ' ' || '\\/:*?"<>|'.includes(ch) ? '-' : ch))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
  return `${safe}.xlsx`;
}

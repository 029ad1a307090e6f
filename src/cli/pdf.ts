/**
 * PDF through LibreOffice: the report's .docx converted by `soffice --headless --convert-to pdf`
 * in a folder of its own, with a LibreOffice profile of its own (a profile in use by an open
 * LibreOffice would make the conversion wait or fail). Only the command line does this; Word
 * users save the .docx as PDF themselves.
 */

import { execFile } from 'node:child_process';
import { constants, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { FileError } from './files';

/** The names LibreOffice's command goes by on Linux, macOS (with the app's folder on PATH) and Windows. */
const NAMES = process.platform === 'win32' ? ['soffice.exe', 'soffice.com'] : ['soffice', 'libreoffice'];

/** Time one conversion may take: the first start of a fresh profile takes several seconds here. */
const TIMEOUT_MS = 180_000;

/** The LibreOffice program on `PATH` (`TTHC_SOFFICE` first, when set), or null. */
export async function findSoffice(env: NodeJS.ProcessEnv = process.env): Promise<string | null> {
  const candidates: string[] = [];
  if (env.TTHC_SOFFICE) candidates.push(env.TTHC_SOFFICE);
  for (const dir of (env.PATH ?? '').split(path.delimiter).filter((d) => d !== '')) {
    for (const name of NAMES) candidates.push(path.join(dir, name));
  }
  for (const candidate of candidates) {
    const ok = await fs.access(candidate, constants.X_OK).then(() => true, () => false);
    if (ok) return candidate;
  }
  return null;
}

/** The message when PDF is asked for and LibreOffice is not there. */
export const NO_SOFFICE =
  'Ghi PDF cần LibreOffice (lệnh soffice) trên PATH; chưa có. Ghi .docx (-o bao-cao.docx) rồi lưu thành PDF trong Word. / ' +
  'Writing PDF needs LibreOffice (the soffice command) on PATH; it is not there. Write a .docx (-o report.docx) and save it as PDF from Word.';

/** The PDF LibreOffice makes of `docx`: its bytes. The temporary folder is removed whatever happens. */
export async function docxToPdf(soffice: string, docx: Uint8Array): Promise<Uint8Array> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tthc-pdf-'));
  try {
    const input = path.join(dir, 'report.docx');
    await fs.writeFile(input, docx);
    const profile = pathToFileURL(path.join(dir, 'profile')).href;
    await new Promise<void>((resolve, reject) => {
      execFile(
        soffice,
        [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, input],
        { timeout: TIMEOUT_MS },
        (error, _stdout, stderr) => {
          if (error) reject(new FileError(conversionFailed(String(stderr || error.message).split('\n')[0].trim())));
          else resolve();
        },
      );
    });
    const pdf = await fs.readFile(path.join(dir, 'report.pdf')).catch(() => null);
    if (pdf === null || pdf.subarray(0, 5).toString('latin1') !== '%PDF-') throw new FileError(conversionFailed('không có tệp PDF / no PDF file'));
    return new Uint8Array(pdf);
  } finally {
    await fs.rm(dir, { recursive: true, force: true }).catch(() => undefined);
  }
}

function conversionFailed(detail: string): string {
  return `LibreOffice không chuyển được báo cáo sang PDF (${detail}). Ghi .docx rồi lưu thành PDF. / LibreOffice could not convert the report to PDF (${detail}). Write a .docx and save it as PDF.`;
}

/**
 * The files `consolidate` reads: each file named, and in each folder named every workbook in it
 * and its subfolders (a province keeps one folder per unit), in name order so every run reads
 * them alike. Hidden files, Excel's lock files (`~$…`) and our own temporary files are skipped.
 */

import { promises as fs } from 'node:fs';
import path from 'node:path';
import { FileError } from './files';

/** The extensions of the workbooks a folder is searched for. */
const WORKBOOK_EXTENSIONS = new Set(['.xlsx', '.xls', '.csv', '.htm', '.html']);

const skipped = (name: string) => name.startsWith('.') || name.startsWith('~$');

async function walk(dir: string, out: string[]): Promise<void> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  for (const entry of entries) {
    if (skipped(entry.name)) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) await walk(full, out);
    else if (entry.isFile() && WORKBOOK_EXTENSIONS.has(path.extname(entry.name).toLowerCase())) out.push(full);
  }
}

/**
 * The workbooks under `paths`, each once (a file also inside a named folder is read once), and
 * never `exclude` (the report being written). A path that does not exist is a `FileError`; a
 * folder with no workbook in it too.
 */
export async function inputFilesOf(paths: readonly string[], exclude?: string): Promise<string[]> {
  const files: string[] = [];
  for (const p of paths) {
    const stat = await fs.stat(p).catch(() => null);
    if (!stat) throw new FileError(`Không thấy "${p}". / "${p}" does not exist.`);
    if (stat.isDirectory()) {
      const found: string[] = [];
      await walk(p, found);
      if (found.length === 0) {
        throw new FileError(`Thư mục "${p}" không có sổ tính (.xlsx, .xls, .csv). / The folder "${p}" holds no workbook (.xlsx, .xls, .csv).`);
      }
      files.push(...found);
    } else files.push(p);
  }
  const seen = new Set<string>();
  const excluded = exclude === undefined ? null : path.resolve(exclude);
  return files.filter((f) => {
    const key = path.resolve(f);
    if (seen.has(key) || key === excluded) return false;
    seen.add(key);
    return true;
  });
}

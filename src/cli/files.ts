/**
 * Files on the command line, and what goes wrong with them, in words a user understands
 * (Vietnamese, then English): a folder given as a workbook, a missing file or folder, no
 * permission, a report held open in Excel. Every message names the file the user gave, never the
 * temporary file the report goes through. The CLI prints the message and exits 2.
 */
import { constants, promises as fs } from 'fs';
import path from 'path';

/** A file that cannot be read or written: exit 2 with the message. */
export class FileError extends Error {}

type Code = string | undefined;

const codeOf = (e: unknown): Code => (e as NodeJS.ErrnoException | null)?.code;

const LOCKED: [string, string] = [
  'tệp đang mở hoặc bị khóa, hãy đóng tệp trong Excel rồi thử lại',
  'the file is open or locked: close it in Excel and try again',
];

/** Why an input file cannot be read, from the error code of `stat`, `access` or `open`. */
export function readProblem(file: string, code: Code): FileError {
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return new FileError(`Không tìm thấy tệp "${file}". / File not found: "${file}".`);
    case 'EISDIR':
      return new FileError(
        `"${file}" là một thư mục, không phải sổ tính: hãy chọn một tệp .xlsx, .xls hoặc .csv. / "${file}" is a folder, not a workbook: choose an .xlsx, .xls or .csv file.`,
      );
    case 'EACCES':
    case 'EPERM':
      return new FileError(`Không có quyền đọc tệp "${file}". / No permission to read "${file}".`);
    case 'EBUSY':
      return new FileError(`Không đọc được "${file}": ${LOCKED[0]}. / Cannot read "${file}": ${LOCKED[1]}.`);
    default:
      return new FileError(`Không mở được tệp "${file}" (${code ?? 'lỗi không rõ'}). / Cannot open "${file}" (${code ?? 'unknown error'}).`);
  }
}

/**
 * Why `target` cannot be written, from the error code; `phase` is where it failed: writing the
 * temporary file beside it (the folder), or renaming it over the target (the target itself, which
 * Excel holds while the workbook is open: EBUSY, EPERM or EACCES on Windows).
 */
export function writeProblem(target: string, code: Code, phase: 'write' | 'rename' = 'write'): FileError {
  const folder = path.dirname(target);
  const why = (vi: string, en: string) => new FileError(`Không ghi được "${target}": ${vi}. / Cannot write "${target}": ${en}.`);
  if (phase === 'rename' && (code === 'EBUSY' || code === 'EPERM' || code === 'EACCES')) return why(...LOCKED);
  switch (code) {
    case 'ENOENT':
      return why(`không có thư mục "${folder}"`, `the folder "${folder}" does not exist`);
    case 'ENOTDIR':
      return why(`"${folder}" không phải thư mục`, `"${folder}" is not a folder`);
    case 'EISDIR':
      return why('đó là một thư mục', 'it is a folder');
    case 'EACCES':
    case 'EPERM':
      return why(`không có quyền ghi vào thư mục "${folder}"`, `no permission to write in the folder "${folder}"`);
    case 'EBUSY':
      return why(...LOCKED);
    case 'EROFS':
      return why('ổ đĩa chỉ cho đọc', 'the disk is read-only');
    case 'ENOSPC':
    case 'EDQUOT':
      return why('ổ đĩa đã đầy', 'the disk is full');
    default:
      return new FileError(`Không ghi được "${target}" (${code ?? 'lỗi không rõ'}). / Cannot write "${target}" (${code ?? 'unknown error'}).`);
  }
}

/** Checks that `file` is a file this process can read; throws the `FileError` that says why not. */
export async function checkInput(file: string): Promise<void> {
  const stat = await fs.stat(file).catch((e: unknown) => {
    throw readProblem(file, codeOf(e));
  });
  if (stat.isDirectory()) throw readProblem(file, 'EISDIR');
  await fs.access(file, constants.R_OK).catch((e: unknown) => {
    throw readProblem(file, codeOf(e));
  });
}

/** "Tệp … đã có": an existing file is replaced only with `--overwrite`. */
export function existsProblem(target: string): FileError {
  return new FileError(`Tệp "${target}" đã có: thêm --overwrite để ghi đè. / "${target}" already exists: add --overwrite to replace it.`);
}

/** True when something (a file, a folder, a link, even a broken one) is at `p`. */
export async function exists(p: string): Promise<boolean> {
  return fs.lstat(p).then(
    () => true,
    (e: unknown) => {
      if (codeOf(e) === 'ENOENT') return false;
      throw writeProblem(p, codeOf(e));
    },
  );
}

/**
 * Checks, before any work, that `target` can be written: its folder exists and is writable, it is
 * no folder itself, and it does not exist yet unless `overwrite`.
 */
export async function checkTarget(target: string, overwrite: boolean): Promise<void> {
  if (await exists(target)) {
    const stat = await fs.stat(target).catch(() => null);
    if (stat?.isDirectory()) throw writeProblem(target, 'EISDIR');
    if (!overwrite) throw existsProblem(target);
  }
  const folder = path.dirname(target);
  const stat = await fs.stat(folder).catch((e: unknown) => {
    throw writeProblem(target, codeOf(e));
  });
  if (!stat.isDirectory()) throw writeProblem(target, 'ENOTDIR');
  await fs.access(folder, constants.W_OK).catch((e: unknown) => {
    throw writeProblem(target, codeOf(e));
  });
}

/** The temporary file a write goes through: hidden, beside the target, named by this process. */
export function temporaryFileOf(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
}

/**
 * Writes `bytes` to a temporary file beside `target`, then renames it over `target`: a failed
 * write leaves nothing behind and never a half-written target. Errors name the target only.
 */
export async function writeAtomically(target: string, bytes: Uint8Array): Promise<void> {
  const temp = temporaryFileOf(target);
  let phase: 'write' | 'rename' = 'write';
  try {
    await fs.writeFile(temp, bytes);
    phase = 'rename';
    await fs.rename(temp, target);
  } catch (e) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw writeProblem(target, codeOf(e), phase);
  }
}

/** Creates the folder `dir` (and its parents) for the demo; a file of that name or no permission is a `FileError`. */
export async function makeFolder(dir: string): Promise<void> {
  const stat = await fs.stat(dir).catch(() => null);
  if (stat && !stat.isDirectory()) {
    throw new FileError(`"${dir}" là một tệp, không phải thư mục. / "${dir}" is a file, not a folder.`);
  }
  await fs.mkdir(dir, { recursive: true }).catch((e: unknown) => {
    const code = codeOf(e);
    if (code === 'EACCES' || code === 'EPERM') {
      throw new FileError(`Không tạo được thư mục "${dir}": không có quyền. / Cannot create the folder "${dir}": no permission.`);
    }
    if (code === 'ENOTDIR' || code === 'EEXIST') {
      throw new FileError(`Không tạo được thư mục "${dir}": một phần của đường dẫn là tệp. / Cannot create the folder "${dir}": part of the path is a file.`);
    }
    throw new FileError(`Không tạo được thư mục "${dir}" (${code ?? 'lỗi không rõ'}). / Cannot create the folder "${dir}" (${code ?? 'unknown error'}).`);
  });
}

/** A message with the temporary files of `writeAtomically` (`.name.1234.tmp`) replaced by the name they stand for. */
export function withoutTemporaryFiles(text: string): string {
  return text.replace(/(^|[\\/\s'"(])\.([^\\/\s'"]+)\.\d+\.tmp(?=$|[\s'",)])/g, '$1$2');
}

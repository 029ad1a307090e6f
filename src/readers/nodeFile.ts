/**
 * Reading an input file from disk (the CLI, the bench): an .xlsx is streamed through a file
 * handle, so a workbook of a million rows is never in memory as bytes or as XML; HTML and CSV
 * are read whole (their readers need all the text).
 */
import { promises as fs } from 'fs';
import { pipeline, Readable } from 'stream';
import zlib from 'zlib';
import type { StreamedWorkbook } from '../core/sheetStream';
import type { RawTable } from '../core/types';
import { cannotOpen } from './errors';
import { detectFormat, readSheetsFromBytes } from './index';
import { openXlsxStreamed, readXlsxSheets, type ByteSource } from './xlsx';

/** Bytes sniffed to tell the format before anything else is read. */
const HEAD_BYTES = 64 * 1024;

/** zlib's raw inflate: several times faster than `DecompressionStream` on a large sheet. */
async function* inflateWithZlib(compressed: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  const inflater = zlib.createInflateRaw({ chunkSize: 1 << 20 });
  // Errors of either stream end the iteration below with that error.
  pipeline(Readable.from(compressed), inflater, () => undefined);
  for await (const chunk of inflater) yield chunk as Buffer;
}

/** An open file as a ByteSource. The caller closes the handle. */
export function fileSource(handle: fs.FileHandle, size: number): ByteSource {
  const native = (zlib as unknown as { crc32?: (data: Uint8Array, value: number) => number }).crc32;
  return {
    size,
    async read(offset, length) {
      const buf = Buffer.allocUnsafe(length);
      let got = 0;
      while (got < length) {
        const { bytesRead } = await handle.read(buf, got, length - got, offset + got);
        if (bytesRead === 0) break;
        got += bytesRead;
      }
      return got < length ? buf.subarray(0, got) : buf;
    },
    inflateRaw: inflateWithZlib,
    crc32: native ? (data, previous) => native(data, previous) : undefined,
  };
}

/**
 * Every sheet of the file at `file`, as `readSheetsFromBytes` gives them. `fileName` names the
 * file in messages and in `RawTable.file` (default: the path as given). Nothing is written.
 */
export async function readSheetsFromFile(file: string, fileName: string = file): Promise<RawTable[]> {
  const failed = (e: NodeJS.ErrnoException) => {
    throw cannotOpen(fileName, e.code ?? e.message);
  };
  const { handle, source, head, size } = await openInput(file, fileName);
  try {
    if (detectFormat(head) === 'zip') return await readXlsxSheets(source, fileName);
  } finally {
    await handle.close();
  }
  const format = detectFormat(head);
  // Anything but text is refused from its first bytes, without reading the rest.
  if ((format !== 'csv' && format !== 'html') || head.length === size) return readSheetsFromBytes(head, fileName);
  return readSheetsFromBytes(await fs.readFile(file).catch(failed), fileName);
}

/** A file opened for reading, its size and first bytes; the caller closes the handle. */
interface OpenedFile {
  handle: fs.FileHandle;
  source: ByteSource;
  head: Uint8Array;
  size: number;
}

/** The file at `file` opened, as `readSheetsFromFile` opens it: `cannotOpen` for a missing file, a folder… */
async function openInput(file: string, fileName: string): Promise<OpenedFile> {
  const failed = (e: NodeJS.ErrnoException) => {
    throw cannotOpen(fileName, e.code ?? e.message);
  };
  const handle = await fs.open(file, 'r').catch(failed);
  try {
    const stat = await handle.stat().catch(failed);
    if (!stat.isFile()) throw cannotOpen(fileName, stat.isDirectory() ? 'EISDIR' : 'not a file');
    const source = fileSource(handle, stat.size);
    const head = await source.read(0, Math.min(stat.size, HEAD_BYTES)).catch(failed);
    return { handle, source, head, size: stat.size };
  } catch (e) {
    await handle.close();
    throw e;
  }
}

/**
 * The .xlsx at `file` opened for streaming (`openXlsxStreamed`: each worksheet over
 * `options.largeAbove` bytes of XML given by its head and rows), given to `read`; the file is
 * closed when `read` settles. Null, having read only its first bytes, when the file is no zip:
 * `readSheetsFromFile` reads it then. A file that cannot be opened, or is a damaged or other
 * zip, is the `WorkbookFileError` `readSheetsFromFile` would give.
 */
export async function withXlsxFile<T>(file: string, fileName: string, options: { largeAbove: number }, read: (book: StreamedWorkbook) => Promise<T>): Promise<T | null> {
  const { handle, source, head } = await openInput(file, fileName);
  try {
    if (detectFormat(head) !== 'zip') return null;
    return await read(await openXlsxStreamed(source, fileName, options));
  } finally {
    await handle.close();
  }
}

/**
 * Reading an input file from disk (the CLI, the bench): an .xlsx is streamed through a file
 * handle, so a workbook of a million rows is never in memory as bytes or as XML; HTML and CSV
 * are read whole (their readers need all the text).
 */
import { promises as fs } from 'fs';
import { pipeline, Readable } from 'stream';
import zlib from 'zlib';
import type { RawTable } from '../core/types';
import { cannotOpen } from './errors';
import { detectFormat, readSheetsFromBytes } from './index';
import { readXlsxSheets, type ByteSource } from './xlsx';

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
  const handle = await fs.open(file, 'r').catch(failed);
  let head: Uint8Array;
  let size: number;
  try {
    const stat = await handle.stat().catch(failed);
    if (!stat.isFile()) throw cannotOpen(fileName, stat.isDirectory() ? 'EISDIR' : 'not a file');
    size = stat.size;
    const source = fileSource(handle, size);
    head = await source.read(0, Math.min(size, HEAD_BYTES)).catch(failed);
    if (detectFormat(head) === 'zip') return await readXlsxSheets(source, fileName);
  } finally {
    await handle.close();
  }
  const format = detectFormat(head);
  // Anything but text is refused from its first bytes, without reading the rest.
  if ((format !== 'csv' && format !== 'html') || head.length === size) return readSheetsFromBytes(head, fileName);
  return readSheetsFromBytes(await fs.readFile(file).catch(failed), fileName);
}

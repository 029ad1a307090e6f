/**
 * The .xlsx reader, the same code in Node (the CLI) and the browser (the preview): the zip's
 * central directory, then each part inflated and scanned as it streams in. Where the bytes come
 * from and how they are inflated is the caller's `ByteSource` (a file on disk, bytes in memory).
 *
 * Why not ExcelJS: its streaming WorkbookReader drops the last zip entries at random under
 * Node 20 (unzipper emits 'end' while entries are still queued), so a read throws or silently
 * loses the shared strings; its whole-workbook reader is reliable but needs ~3.5 GB for
 * 1,048,576 rows. Here a sheet is held as its rows of values, never as its inflated XML, and
 * `openXlsxStreamed` gives the largest sheets one row at a time, never holding them at all.
 *
 * Every worksheet comes out as a RawTable, with its merged areas (reported, not filled: the core
 * fills them), and every Excel table (ListObject) as one more RawTable of its range. Cell values
 * are what the engine reads: shared, inline and formula strings as text; a cached formula
 * result as its value; an error (`#N/A`) as its text; a number in a date format as a Date at
 * UTC midnight of its day, except serials before 1 March 1900, which stay numbers so that
 * serial 60 (29/02/1900, a day that never was) is seen for what it is.
 */
import { HEAD_ROWS, type SheetStream, type StreamedWorkbook } from '../core/sheetStream';
import type { CellArea, RawCell, RawTable } from '../core/types';
import { binaryWorkbook, causeOf, damaged, notAWorkbook, openDocumentSpreadsheet, WorkbookFileError } from './errors';

/** Random access to a file's bytes, and the platform's raw-deflate inflater. */
export interface ByteSource {
  readonly size: number;
  /** Up to `length` bytes from `offset` (fewer only at the end of the file). */
  read(offset: number, length: number): Promise<Uint8Array>;
  /** Inflates raw deflate data (zip method 8) as it arrives. */
  inflateRaw(compressed: AsyncIterable<Uint8Array>): AsyncIterable<Uint8Array>;
  /** CRC-32 of `data` continued from `previous`; a native one where the platform has it. */
  crc32?(data: Uint8Array, previous: number): number;
}

/** Bytes already in memory (the browser's File, a test's zip), inflated with `DecompressionStream`. */
export function memorySource(bytes: Uint8Array): ByteSource {
  return {
    size: bytes.length,
    read: async (offset, length) => bytes.subarray(offset, Math.min(bytes.length, offset + length)),
    inflateRaw: inflateWithDecompressionStream,
  };
}

/** Raw deflate through the web platform's `DecompressionStream` (Chromium, Node 20). */
export async function* inflateWithDecompressionStream(compressed: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  const stream = new DecompressionStream('deflate-raw');
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  // Fed from its own task: a write waits until the output is read, so feeding and reading in
  // one loop would deadlock on the first chunk that inflates to more than the queue holds.
  const feeding = (async () => {
    try {
      for await (const chunk of compressed) await writer.write(chunk as Uint8Array<ArrayBuffer>);
      await writer.close();
    } catch (e) {
      await writer.abort(e).catch(() => undefined);
    }
  })();
  // Its output comes in pieces of a few KB: gathered into chunks of about a MiB, as zlib's, so
  // the text scan downstream runs once per MiB rather than once per piece.
  let pieces: Uint8Array[] = [];
  let gathered = 0;
  const joined = (): Uint8Array => {
    const out = pieces.length === 1 ? pieces[0] : new Uint8Array(gathered);
    if (pieces.length > 1) {
      let at = 0;
      for (const p of pieces) {
        out.set(p, at);
        at += p.length;
      }
    }
    pieces = [];
    gathered = 0;
    return out;
  };
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      pieces.push(value);
      gathered += value.length;
      if (gathered >= READ_CHUNK) yield joined();
    }
    if (gathered > 0) yield joined();
  } finally {
    await reader.cancel().catch(() => undefined);
    await feeding;
  }
}

/** A zip structure fault; `readXlsxSheets` words it for the user as a damaged file. */
class ZipError extends Error {}

/** Excel's own limits. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** A row or shared string longer than this is not from a workbook (guards memory). */
const MAX_ELEMENT_CHARS = 256 * 1024 * 1024;
/** Compressed bytes read at a time. */
const READ_CHUNK = 1 << 20;

interface ZipEntry {
  name: string;
  crc32: number;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

/** Zip entries by part name, lower case: part names compare case-insensitively (OPC). */
type Entries = Map<string, ZipEntry>;

const SIG_EOCD = 0x06054b50;
const SIG_CEN = 0x02014b50;
const SIG_LOC = 0x04034b50;
const SIG_Z64_LOCATOR = 0x07064b50;
const SIG_Z64_EOCD = 0x06064b50;

const u16 = (b: Uint8Array, i: number): number => b[i] | (b[i + 1] << 8);
const u32 = (b: Uint8Array, i: number): number => (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16)) + b[i + 3] * 0x1000000;
const u64 = (b: Uint8Array, i: number): number => u32(b, i) + u32(b, i + 4) * 0x100000000;

async function readExactly(source: ByteSource, offset: number, length: number): Promise<Uint8Array> {
  if (offset < 0 || offset + length > source.size) throw new ZipError('unexpected end of file');
  const bytes = await source.read(offset, length);
  if (bytes.length < length) throw new ZipError('unexpected end of file');
  return bytes;
}

const partKey = (name: string): string => name.replace(/\\/g, '/').replace(/^\//, '').toLowerCase();

async function readCentralDirectory(source: ByteSource): Promise<Entries> {
  const size = source.size;
  const tailLength = Math.min(size, 22 + 0xffff + 20);
  const tail = await readExactly(source, size - tailLength, tailLength);
  let i = tailLength - 22;
  while (i >= 0 && u32(tail, i) !== SIG_EOCD) i--;
  if (i < 0) throw new ZipError('no zip end record (truncated or not a zip)');
  let count = u16(tail, i + 10);
  let cdSize = u32(tail, i + 12);
  let cdOffset = u32(tail, i + 16);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    const at = i - 20;
    if (at < 0 || u32(tail, at) !== SIG_Z64_LOCATOR) throw new ZipError('bad zip64 locator');
    const record = await readExactly(source, u64(tail, at + 8), 56);
    if (u32(record, 0) !== SIG_Z64_EOCD) throw new ZipError('bad zip64 end record');
    count = u64(record, 32);
    cdSize = u64(record, 40);
    cdOffset = u64(record, 48);
  }
  if (cdOffset + cdSize > size) throw new ZipError('central directory past the end of the file');
  const cd = await readExactly(source, cdOffset, cdSize);
  const names = new TextDecoder('utf-8');
  const entries: Entries = new Map();
  let p = 0;
  for (let n = 0; n < count; n++) {
    if (p + 46 > cd.length || u32(cd, p) !== SIG_CEN) throw new ZipError('bad central directory');
    const flags = u16(cd, p + 8);
    const method = u16(cd, p + 10);
    let compressedSize = u32(cd, p + 20);
    let uncompressed = u32(cd, p + 24);
    const nameLength = u16(cd, p + 28);
    const extraLength = u16(cd, p + 30);
    const commentLength = u16(cd, p + 32);
    let localOffset = u32(cd, p + 42);
    const name = names.decode(cd.subarray(p + 46, p + 46 + nameLength));
    let e = p + 46 + nameLength;
    const extraEnd = e + extraLength;
    while (e + 4 <= extraEnd) {
      const id = u16(cd, e);
      const length = u16(cd, e + 2);
      if (id === 0x0001) {
        let q = e + 4;
        if (uncompressed === 0xffffffff) {
          uncompressed = u64(cd, q);
          q += 8;
        }
        if (compressedSize === 0xffffffff) {
          compressedSize = u64(cd, q);
          q += 8;
        }
        if (localOffset === 0xffffffff) localOffset = u64(cd, q);
      }
      e += 4 + length;
    }
    if (flags & 1) throw new ZipError(`encrypted zip entry ${name}`);
    entries.set(partKey(name), { name, crc32: u32(cd, p + 16), method, compressedSize, size: uncompressed, localOffset });
    p = extraEnd + commentLength;
  }
  return entries;
}

/** The standard CRC-32 table (polynomial 0xEDB88320), for platforms without a native sum. */
const CRC_TABLE = (() => {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
})();

function crc32(data: Uint8Array, previous: number): number {
  let c = ~previous;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}

/**
 * The inflated bytes of an entry, checked against the CRC-32 and length of the zip's directory
 * at the end: raw deflate has no checksum of its own, and a damaged sheet can inflate into
 * plausible but wrong rows. A reader of the rows sees the error before it returns them.
 */
async function* entryBytes(source: ByteSource, entry: ZipEntry): AsyncGenerator<Uint8Array> {
  const header = await readExactly(source, entry.localOffset, 30);
  if (u32(header, 0) !== SIG_LOC) throw new ZipError('bad zip entry header');
  const start = entry.localOffset + 30 + u16(header, 26) + u16(header, 28);
  if (entry.method !== 0 && entry.method !== 8) throw new ZipError(`unsupported zip compression ${entry.method}`);
  if (start + entry.compressedSize > source.size) throw new ZipError(`${entry.name} runs past the end of the file`);
  async function* compressed(): AsyncGenerator<Uint8Array> {
    for (let p = 0; p < entry.compressedSize; p += READ_CHUNK) yield await readExactly(source, start + p, Math.min(READ_CHUNK, entry.compressedSize - p));
  }
  const data = entry.compressedSize === 0 ? [] : entry.method === 0 ? compressed() : source.inflateRaw(compressed());
  const sum = source.crc32 ?? crc32;
  let crc = 0;
  let length = 0;
  for await (const chunk of data) {
    crc = sum(chunk, crc);
    length += chunk.length;
    if (length > entry.size) throw new ZipError(`${entry.name} is longer than its zip directory says`);
    yield chunk;
  }
  if (crc >>> 0 !== entry.crc32 || length !== entry.size) throw new ZipError(`${entry.name} fails its CRC check`);
}

/** XML's end-of-line handling: CR LF and a lone CR become LF. */
const endOfLines = (s: string): string => (s.includes('\r') ? s.replace(/\r\n?/g, '\n') : s);

/** UTF-8 text with XML's end-of-line handling: CR LF and a lone CR become LF (`&#13;` stays CR, decoded later). */
async function* xmlText(bytes: AsyncIterable<Uint8Array>): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  let heldCR = false;
  const lines = endOfLines;
  for await (const chunk of bytes) {
    let text: string = (heldCR ? '\r' : '') + decoder.decode(chunk, { stream: true });
    // A CR at the end may be the first half of a CR LF split between chunks.
    heldCR = text.endsWith('\r');
    if (heldCR) text = text.slice(0, -1);
    if (text) yield lines(text);
  }
  const rest = (heldCR ? '\r' : '') + decoder.decode();
  if (rest) yield lines(rest);
}

const escapeMarkup = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The XML with comments and processing instructions left out and CDATA sections turned into
 * escaped text, so that the element scan below needs to know neither (a comment may hold
 * `<row>`, a CDATA section `</t>`).
 */
async function* plainMarkup(chunks: AsyncIterable<string>): AsyncGenerator<string> {
  const special = /<[!?]/g;
  let buf = '';
  // Where to look again for the end of the comment or CDATA section that starts `buf`: a long
  // one is searched once, not again with every chunk.
  let resume = 0;
  for await (const chunk of chunks) {
    buf += chunk;
    let out = '';
    let pos = 0;
    for (;;) {
      special.lastIndex = pos;
      const m = special.exec(buf);
      if (!m) {
        // Hold back a '<' at the very end: it may open a comment in the next chunk.
        const lt = buf.lastIndexOf('<');
        const keep = lt >= Math.max(pos, buf.length - 9) ? lt : buf.length;
        out += buf.slice(pos, keep);
        pos = keep;
        break;
      }
      const i = m.index;
      if (buf.length - i < 9) {
        out += buf.slice(pos, i);
        pos = i;
        break;
      }
      let open: string;
      let close: string;
      if (buf.startsWith('<!--', i)) [open, close] = ['<!--', '-->'];
      else if (buf.startsWith('<![CDATA[', i)) [open, close] = ['<![CDATA[', ']]>'];
      else if (buf[i + 1] === '?') [open, close] = ['<?', '?>'];
      else {
        // <!DOCTYPE …> and the like: kept as they are.
        out += buf.slice(pos, i + 2);
        pos = i + 2;
        continue;
      }
      const end = buf.indexOf(close, Math.max(i + open.length, i === 0 ? resume : 0));
      resume = 0;
      if (end < 0) {
        out += buf.slice(pos, i);
        resume = Math.max(0, buf.length - i - close.length);
        pos = i;
        break;
      }
      out += buf.slice(pos, i);
      if (open === '<![CDATA[') out += escapeMarkup(buf.slice(i + open.length, end));
      pos = end + close.length;
    }
    buf = buf.slice(pos);
    if (buf.length > MAX_ELEMENT_CHARS) throw new ZipError('XML comment or CDATA section too large');
    if (out) yield out;
  }
  if (buf) yield buf;
}

/** The clean XML text of an entry, chunk by chunk. */
function entryText(source: ByteSource, entry: ZipEntry): AsyncIterable<string> {
  return plainMarkup(xmlText(entryBytes(source, entry)));
}

async function wholeText(source: ByteSource, entry: ZipEntry | undefined): Promise<string | null> {
  if (!entry) return null;
  let out = '';
  for await (const chunk of entryText(source, entry)) out += chunk;
  return out;
}

interface XmlElement {
  /** Local name (`row`, `mergeCell`…). */
  name: string;
  xml: string;
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');

/**
 * The `<tag …>…</tag >` and `<tag …/>` elements of a stream of XML text, for any of `tags`,
 * with any namespace prefix, in batches (one per chunk of text: a million rows are not a
 * million awaits).
 */
async function* elements(chunks: AsyncIterable<string>, tags: readonly string[]): AsyncGenerator<XmlElement[]> {
  const open = new RegExp(`<((?:[A-Za-z_][\\w.-]*:)?)(${tags.join('|')})[\\s/>]`, 'g');
  const closers = new Map<string, RegExp>();
  let buf = '';
  // Where to look again for the close tag of the element that starts `buf` (a long shared
  // string is searched once, not again with every chunk); the slack covers `</si   >`.
  let resume = 0;
  let done = false;
  const it = chunks[Symbol.asyncIterator]();
  while (!done) {
    const next = await it.next();
    if (next.done) done = true;
    else buf += next.value;
    let pos = 0;
    const batch: XmlElement[] = [];
    for (;;) {
      open.lastIndex = pos;
      const m = open.exec(buf);
      if (!m) {
        pos = Math.max(pos, buf.length - 64);
        break;
      }
      const gt = buf.indexOf('>', m.index);
      if (gt < 0) {
        pos = m.index;
        break;
      }
      if (buf.charCodeAt(gt - 1) === 47 /* / */) {
        batch.push({ name: m[2], xml: buf.slice(m.index, gt + 1) });
        pos = gt + 1;
        continue;
      }
      const qualified = m[1] + m[2];
      let close = closers.get(qualified);
      if (!close) {
        close = new RegExp(`</${escapeRegExp(qualified)}\\s*>`, 'g');
        closers.set(qualified, close);
      }
      close.lastIndex = Math.max(gt + 1, m.index === 0 ? resume : 0);
      resume = 0;
      const c = close.exec(buf);
      if (!c) {
        resume = Math.max(0, buf.length - m.index - 1024);
        pos = m.index;
        break;
      }
      const end = c.index + c[0].length;
      batch.push({ name: m[2], xml: buf.slice(m.index, end) });
      pos = end;
    }
    if (batch.length > 0) yield batch;
    buf = buf.slice(pos);
    if (buf.length > MAX_ELEMENT_CHARS) throw new ZipError(`<${tags[0]}> element too large`);
  }
}

/** `&amp;` and the other XML entities, then OOXML's `_x000D_` escapes. */
function decodeText(s: string): string {
  let t = s;
  if (t.includes('&')) {
    t = t.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_, e: string) => {
      switch (e) {
        case 'lt':
          return '<';
        case 'gt':
          return '>';
        case 'amp':
          return '&';
        case 'quot':
          return '"';
        case 'apos':
          return "'";
        default: {
          const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
          return code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
        }
      }
    });
  }
  if (t.includes('_x')) t = t.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
  return t;
}

function attr(attrs: string, name: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(attrs);
  return m ? decodeText(m[1] ?? m[2]) : undefined;
}

/** `<t>text</t >`, `<t xml:space="preserve"/>` (empty), with any prefix. */
const T_TEXT = /<(?:[\w.-]+:)?t(?:\s[^>]*?)?(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?t\s*>)/g;
const PHONETIC = /<(?:[\w.-]+:)?rPh\b[\s\S]*?<\/(?:[\w.-]+:)?rPh\s*>/g;

/** The text of an `<si>` or `<is>`: its `<t>` runs joined, phonetic guides left out. */
function runText(xml: string): string {
  const s = xml.includes('rPh') ? xml.replace(PHONETIC, '') : xml;
  let text = '';
  T_TEXT.lastIndex = 0;
  for (let m = T_TEXT.exec(s); m; m = T_TEXT.exec(s)) text += m[1] ?? '';
  return decodeText(text);
}

/** Built-in number formats that show dates or times. */
const BUILTIN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

export function isDateFormat(code: string): boolean {
  const bare = code.replace(/"[^"]*"/g, '').replace(/\\./g, '').replace(/\[[^\]]*\]/g, '');
  return /[dmyhs]/i.test(bare);
}

/** The style indices (cellXfs) whose number format shows a date. */
function dateStyles(xml: string): Set<number> {
  const custom = new Map<number, string>();
  for (const m of xml.matchAll(/<(?:[\w.-]+:)?numFmt\b([^>]*?)\/?>/g)) custom.set(Number(attr(m[1], 'numFmtId')), attr(m[1], 'formatCode') ?? '');
  const section = /<(?:[\w.-]+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:[\w.-]+:)?cellXfs\s*>/.exec(xml);
  const result = new Set<number>();
  if (!section) return result;
  let index = 0;
  for (const m of section[1].matchAll(/<(?:[\w.-]+:)?xf\b([^>]*?)\/?>/g)) {
    const id = Number(attr(m[1], 'numFmtId') ?? 0);
    const code = custom.get(id);
    if (code !== undefined ? isDateFormat(code) : BUILTIN_DATE_FORMATS.has(id)) result.add(index);
    index++;
  }
  return result;
}

interface Relationship {
  type: string;
  /** Part name, resolved against the source part. */
  target: string;
}

function parseRels(xml: string, basePart: string): Map<string, Relationship> {
  const dir = basePart.includes('/') ? basePart.slice(0, basePart.lastIndexOf('/') + 1) : '';
  const rels = new Map<string, Relationship>();
  for (const m of xml.matchAll(/<(?:[\w.-]+:)?Relationship\b([^>]*?)\/?>/g)) {
    const id = attr(m[1], 'Id');
    const target = attr(m[1], 'Target');
    if (!id || !target || attr(m[1], 'TargetMode') === 'External') continue;
    rels.set(id, { type: attr(m[1], 'Type') ?? '', target: resolvePart(dir, target) });
  }
  return rels;
}

function resolvePart(dir: string, target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : dir + target).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

function relsPartOf(part: string): string {
  const i = part.lastIndexOf('/');
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
}

/** The `r:id` of an element's attributes, whatever prefix the relationships namespace has. */
function relId(attrs: string): string | undefined {
  return /(?:^|\s)[\w.-]+:id\s*=\s*["']([^"']*)["']/.exec(attrs)?.[1];
}

function columnNumber(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) n = n * 26 + c - 64;
    else if (c >= 97 && c <= 122) n = n * 26 + c - 96;
    else if (c !== 36 /* $ */) break;
  }
  return n;
}

/** `columnNumber` of the ASCII bytes `b[from, to)`. */
function columnNumberAt(b: Uint8Array, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = b[i];
    if (c >= 65 && c <= 90) n = n * 26 + c - 64;
    else if (c >= 97 && c <= 122) n = n * 26 + c - 96;
    else if (c !== 36 /* $ */) break;
  }
  return n;
}

/** `B3` → row 3, column 2 (1-based); null when it is not a cell reference. */
function cellRef(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(ref.trim());
  if (!m) return null;
  const row = parseInt(m[2], 10);
  const col = columnNumber(m[1]);
  return row >= 1 && row <= MAX_ROWS && col >= 1 && col <= MAX_COLUMNS ? { row, col } : null;
}

/** `A1:C3` as 1-based worksheet rows and columns; a single cell is a 1×1 range. */
function rangeRef(ref: string): { top: number; left: number; bottom: number; right: number } | null {
  const [a, b] = ref.split(':');
  const from = cellRef(a);
  const to = b === undefined ? from : cellRef(b);
  if (!from || !to) return null;
  return { top: Math.min(from.row, to.row), left: Math.min(from.col, to.col), bottom: Math.max(from.row, to.row), right: Math.max(from.col, to.col) };
}

const MS_PER_DAY = 86_400_000;
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
/** Days from the 1900 system's day 0 to the 1904 system's (1 January 1904). */
const DAYS_1904 = 1462;

const V_TEXT = /<(?:[\w.-]+:)?v(?:\s[^>]*?)?(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?v\s*>)/;
const IS_TEXT = /<(?:[\w.-]+:)?is\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?is\s*>)/;
const ATTR_R = /(?:^|\s)r\s*=\s*["']([^"']*)["']/;
const ATTR_T = /(?:^|\s)t\s*=\s*["']([^"']*)["']/;
const ATTR_S = /(?:^|\s)s\s*=\s*["']([^"']*)["']/;

/** What every sheet of one package reads through. */
interface Book {
  source: ByteSource;
  strings: string[];
  dates: Set<number>;
  date1904: boolean;
  /**
   * One Date a day, shared by every cell of that day: a log of a million rows names a few
   * hundred days three million times. Nothing downstream changes a cell's Date.
   */
  days: Map<number, Date>;
}

/** Distinct days a book keeps its Dates of (some 270 years of days). */
const SHARED_DAYS = 100_000;

/** A number shown as a date: the Date of its day, or the serial itself before 1 March 1900. */
function dateValue(book: Book, serial: number): RawCell {
  const s = book.date1904 ? serial + DAYS_1904 : serial;
  const whole = Math.floor(s);
  if (whole < 61) return serial;
  let date = book.days.get(whole);
  if (date === undefined) {
    date = new Date(EXCEL_EPOCH_MS + whole * MS_PER_DAY);
    if (book.days.size < SHARED_DAYS) book.days.set(whole, date);
  }
  return date;
}

/** `t="d"`: ISO 8601 text; the calendar day it names, at UTC midnight (a time of day is dropped). */
function isoDateValue(text: string): RawCell {
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/.exec(text);
  if (!m) return decodeText(text);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return decodeText(text);
  return date;
}

/** A number cell's value: a Date when its style shows a date. */
function numberValue(book: Book, style: number, n: number): RawCell {
  // An unstyled serial stays a number in a 1904 workbook too: the core adds the 1,462 days
  // when it reads the number as a date (`RawTable.date1904`).
  return book.dates.has(style) ? dateValue(book, n) : n;
}

/** The value of a cell of type `type` (its `t`) whose `<v>` holds `text`. */
function textValue(book: Book, type: string | undefined, style: string | undefined, text: string): RawCell {
  switch (type) {
    case 's': {
      const s = book.strings[parseInt(text, 10)];
      return s === undefined ? null : s;
    }
    case 'str':
    case 'e':
      return decodeText(text);
    case 'd':
      return isoDateValue(text);
    case 'b':
      return text.trim() === '1' || text.trim() === 'true';
    default: {
      if (text.trim() === '') return null;
      const n = Number(text);
      if (Number.isNaN(n)) return decodeText(text);
      return numberValue(book, style === undefined ? 0 : parseInt(style, 10), n);
    }
  }
}

/** The value of a cell from the XML inside its `<c>`. */
function cellValue(book: Book, type: string | undefined, style: string | undefined, inner: string): RawCell {
  if (type === 'inlineStr') {
    const is = IS_TEXT.exec(inner);
    return is ? runText(is[1] ?? '') : null;
  }
  const v = V_TEXT.exec(inner);
  return v ? textValue(book, type, style, v[1] ?? '') : null;
}

/*
 * The rows of a worksheet are scanned in place, as the inflated UTF-8 bytes they are: a sheet of
 * a million rows is some 14 million cells, and decoding its 500 MB to text, then a substring or
 * a regular expression per cell, was most of the time of reading it. Tags and attributes are
 * ASCII; only a value that is text is decoded. Anything but the common shapes (`<c …>` with
 * quoted attributes, `<v>text</v></c>`) goes through the regular expressions above, on the
 * decoded XML of that one cell.
 */

const LT = 60;
const GT = 62;
const SLASH = 47;
const COLON = 58;
const EQUALS = 61;
const QUOTE = 34;
const APOSTROPHE = 39;
const BANG = 33;
const QUESTION = 63;

/** The cell types (`t`) other than numbers and shared strings. */
const OTHER_TYPES = new Set(['str', 'e', 'd', 'b', 'inlineStr']);

/** UTF-8 of values (a value's leading U+FEFF is text, not a byte order mark). */
const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });
const utf8Encoder = new TextEncoder();

/** The text of the UTF-8 bytes `b[from, to)`, with XML's end-of-line handling (as `xmlText`). */
const textAt = (b: Uint8Array, from: number, to: number): string => endOfLines(utf8.decode(b.subarray(from, to)));

/** A tag name ends at white space, `/` or `>`. */
const endsName = (c: number): boolean => c <= 32 || c === SLASH || c === GT;

/** Where the local name of the tag name `b[from, to)` starts: past its prefix, if any. */
function localStart(b: Uint8Array, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) if (b[i] === COLON) return i + 1;
  return from;
}

/** `b[at…]` is the ASCII `word`. */
function bytesAre(b: Uint8Array, at: number, word: string): boolean {
  if (at + word.length > b.length) return false;
  for (let i = 0; i < word.length; i++) if (b[at + i] !== word.charCodeAt(i)) return false;
  return true;
}

/** Where the ASCII `word` is next in `b` from `from`, or -1. */
function findBytes(b: Uint8Array, word: string, from: number): number {
  const first = word.charCodeAt(0);
  for (let i = b.indexOf(first, from); i >= 0; i = b.indexOf(first, i + 1)) if (bytesAre(b, i, word)) return i;
  return -1;
}

/** `b[from, to)` as a number when it is only decimal digits (at most 15), else -1. */
function digitsAt(b: Uint8Array, from: number, to: number): number {
  if (to - from < 1 || to - from > 15) return -1;
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = b[i] - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** `b[from, to)` as `parseInt` reads its text, without decoding it when it is plain digits. */
function integerAt(b: Uint8Array, from: number, to: number): number {
  const n = digitsAt(b, from, to);
  return n >= 0 ? n : parseInt(textAt(b, from, to), 10);
}

/**
 * Where the `r`, `t` and `s` attribute values of the start tag `scanAttributes` last read are:
 * in `src`, from `*0` to `*1`, or -1 when absent.
 */
const found: { src: Uint8Array; r0: number; r1: number; t0: number; t1: number; s0: number; s1: number } = { src: new Uint8Array(0), r0: -1, r1: -1, t0: -1, t1: -1, s0: -1, s1: -1 };

/** `scanPairs`: the tag is not yet whole in the bytes. */
const INCOMPLETE = -1;
/** `scanPairs`: the attributes are not all `name="value"` pairs. */
const NOT_PLAIN = -2;

/** Records the value `b[v0, v1)` of the attribute whose one-letter name is `name`, if r, t or s. */
function foundValue(name: number, v0: number, v1: number): void {
  if (name === 114 /* r */ && found.r0 < 0) {
    found.r0 = v0;
    found.r1 = v1;
  } else if (name === 116 /* t */ && found.t0 < 0) {
    found.t0 = v0;
    found.t1 = v1;
  } else if (name === 115 /* s */ && found.s0 < 0) {
    found.s0 = v0;
    found.s1 = v1;
  }
}

/**
 * The attributes of the start tag whose name ends at `b[from]`, as `found`, up to its `>`:
 * where that `>` is, INCOMPLETE, or NOT_PLAIN (the regular expressions then read them). The
 * shape every writer uses, ` name="value"` pairs, is read here; any other by `scanAnyPairs`.
 */
function scanPairs(b: Uint8Array, from: number): number {
  const n = b.length;
  found.src = b;
  found.r0 = found.t0 = found.s0 = -1;
  let i = from;
  while (i < n) {
    let c = b[i];
    if (c === GT) return i;
    if (c === SLASH && i + 1 < n && b[i + 1] === GT) return i + 1;
    if (c !== 32) break;
    const name = i + 1;
    let j = name;
    while (j < n) {
      c = b[j];
      if (c <= 32 || c === EQUALS || c === GT) break;
      j++;
    }
    if (c !== EQUALS || j + 1 >= n || b[j + 1] !== QUOTE) break;
    const v0 = j + 2;
    let v1 = v0;
    while (v1 < n) {
      c = b[v1];
      if (c === QUOTE || c === APOSTROPHE || c === GT) break;
      v1++;
    }
    if (c !== QUOTE || v1 >= n) break;
    if (j - name === 1) foundValue(b[name], v0, v1);
    i = v1 + 1;
  }
  return scanAnyPairs(b, from);
}

/** `scanPairs` for any white space and either quote. */
function scanAnyPairs(b: Uint8Array, from: number): number {
  const n = b.length;
  found.src = b;
  found.r0 = found.t0 = found.s0 = -1;
  let i = from;
  for (;;) {
    if (i >= n) return INCOMPLETE;
    let c = b[i];
    if (c === GT) return i;
    if (c <= 32 || c === SLASH) {
      i++;
      continue;
    }
    const name = i;
    while (i < n) {
      c = b[i];
      if (c === EQUALS || c <= 32 || c === GT) break;
      i++;
    }
    const nameLength = i - name;
    while (i < n && b[i] <= 32) i++;
    if (i >= n) return INCOMPLETE;
    if (b[i] !== EQUALS) return NOT_PLAIN;
    i++;
    while (i < n && b[i] <= 32) i++;
    if (i >= n) return INCOMPLETE;
    const quote = b[i];
    if (quote !== QUOTE && quote !== APOSTROPHE) return NOT_PLAIN;
    const v0 = ++i;
    while (i < n) {
      c = b[i];
      if (c === QUOTE || c === APOSTROPHE || c === GT) break;
      i++;
    }
    if (i >= n) return INCOMPLETE;
    // A value holding the other quote or a `>` is left to the regular expressions, which end it there.
    if (c !== quote) return NOT_PLAIN;
    if (nameLength === 1) foundValue(b[name], v0, i);
    i++;
  }
}

/**
 * The `r`, `t` and `s` attributes of the start tag whose name ends at `b[from]`, into `found`:
 * where its `>` is, or INCOMPLETE.
 */
function scanAttributes(b: Uint8Array, from: number): number {
  const gt = scanPairs(b, from);
  if (gt !== NOT_PLAIN) return gt;
  const end = b.indexOf(GT, from);
  if (end < 0) return INCOMPLETE;
  // Not plain pairs: the values the regular expressions find, restated as plain pairs.
  const attrs = textAt(b, from, end);
  let plain = '';
  for (const [name, re] of [
    ['r', ATTR_R],
    ['t', ATTR_T],
    ['s', ATTR_S],
  ] as const) {
    const m = re.exec(attrs);
    if (m) plain += ` ${name}="${m[1]}"`;
  }
  scanPairs(utf8Encoder.encode(`${plain}>`), 0);
  return end;
}

const valueOf = (start: number, end: number): string | undefined => (start < 0 ? undefined : textAt(found.src, start, end));

/** Where the markup (`<!--…-->`, `<![CDATA[…]]>`, `<?…?>`, `<!…`) at `b[lt]` ends, or -1 when `b` does not hold its end yet. */
function markupEnd(b: Uint8Array, lt: number): number {
  const close = (word: string, from: number) => {
    const at = findBytes(b, word, from);
    return at < 0 ? -1 : at + word.length;
  };
  if (b[lt + 1] === QUESTION) return close('?>', lt + 2);
  if (bytesAre(b, lt, '<!--')) return close('-->', lt + 4);
  if (lt + 9 > b.length) return -1;
  if (bytesAre(b, lt, '<![CDATA[')) return close(']]>', lt + 9);
  // <!DOCTYPE …> and the like: read on past its `<!`, as `plainMarkup` keeps it.
  return lt + 2;
}

/** What a worksheet holds after its rows. */
interface SheetTail {
  merges: CellArea[];
  /** The `r:id`s of its Excel tables (`<tablePart>`). */
  tableIds: string[];
}

/** Called with each row, in order, its 0-based index and cells; true ends the read there. */
type RowVisitor = (index: number, cells: RawCell[]) => boolean | void;

/**
 * What `SheetScanner.feed` met: the end of the bytes (more, please); the visitor ending the
 * read; a comment, CDATA section or processing instruction inside an element (the rest, from
 * `held` on, is to be read as text).
 */
const Fed = { More: 0, Stopped: 1, Markup: 2 } as const;
type Fed = (typeof Fed)[keyof typeof Fed];

/** `cellsOf`'s row end: the row is not yet whole in the bytes, or holds markup. */
const ROW_INCOMPLETE = -1;
const ROW_MARKUP = -2;

/**
 * A worksheet's XML scanned as it streams in, chunk by chunk: each `<row>` once it is whole,
 * and the `<mergeCell>`s and `<tablePart>`s (any namespace prefix). Comments, CDATA sections
 * and processing instructions between them are passed over; inside them (a comment in a row
 * may hold `</row>`) they end the scan in bytes (`Fed.Markup`), and the scanner is fed the rest
 * of the sheet as `plainMarkup` gives it (`cleaned`).
 */
class SheetScanner {
  readonly merges: CellArea[] = [];
  readonly tableIds: string[] = [];
  /** Fed text without comments, CDATA sections or processing instructions (`plainMarkup`'s, as UTF-8). */
  cleaned = false;
  /** The bytes of an element not yet whole at the end of the last chunk, or (after `Fed.Markup`) of the rest. */
  held: Uint8Array | null = null;
  private rowNumber = 0;
  /** Where the row `cellsOf` last read ends (past its `</row>`), or ROW_INCOMPLETE, ROW_MARKUP. */
  private rowEnd = 0;

  constructor(
    private readonly book: Book,
    private readonly name: string,
    private readonly visit: RowVisitor,
  ) {}

  /** `cellsOf`'s answer for a row not yet whole in the bytes. */
  private incomplete(cells: RawCell[]): RawCell[] {
    this.rowEnd = ROW_INCOMPLETE;
    return cells;
  }

  /** Where the end tag at `b[lt]` (`</`) ends when it is that of the row named `b[name0, name1)`; -1 when it is another, -3 when not yet whole. */
  private rowClose(b: Uint8Array, lt: number, name0: number, name1: number): number {
    const n = b.length;
    let e = lt + 2;
    while (e < n && !endsName(b[e])) e++;
    if (e >= n) return -3;
    if (e - lt - 2 !== name1 - name0) return -1;
    for (let i = 0; i < name1 - name0; i++) if (b[lt + 2 + i] !== b[name0 + i]) return -1;
    while (e < n && b[e] <= 32) e++;
    if (e >= n) return -3;
    return b[e] === GT ? e + 1 : -1;
  }

  /**
   * The cells of the row whose content starts at `b[from]` and whose tag name is
   * `b[name0, name1)`: `cells[j]` is column j + 1. Where the row ends is left in `rowEnd`.
   */
  private cellsOf(b: Uint8Array, from: number, name0: number, name1: number): RawCell[] {
    const book = this.book;
    const n = b.length;
    const cells: RawCell[] = [];
    let col = 0;
    let p = from;
    for (;;) {
      let lt = p;
      if (b[lt] !== LT) {
        lt = b.indexOf(LT, p);
        if (lt < 0) return this.incomplete(cells);
      }
      if (lt + 1 >= n) return this.incomplete(cells);
      const c1 = b[lt + 1];
      if (c1 === SLASH) {
        const end = this.rowClose(b, lt, name0, name1);
        if (end === -3) return this.incomplete(cells);
        if (end >= 0) {
          this.rowEnd = end;
          return cells;
        }
        p = lt + 2;
        continue;
      }
      if ((c1 === BANG || c1 === QUESTION) && !this.cleaned) {
        this.rowEnd = ROW_MARKUP;
        return cells;
      }
      let e = lt + 2;
      if (c1 !== 99 /* c */ || b[e] !== 32) {
        e = lt + 1;
        while (e < n && !endsName(b[e])) e++;
        if (e >= n) return this.incomplete(cells);
        // Only `<c …>` (any prefix) starts a cell.
        if (b[e - 1] !== 99 /* c */ || localStart(b, lt + 1, e) !== e - 1) {
          p = e;
          continue;
        }
      }
      const gt = scanAttributes(b, e);
      if (gt < 0) return this.incomplete(cells);
      const inner = gt + 1;
      let innerEnd = -1;
      let v0 = -1;
      if (b[gt - 1] === SLASH) {
        p = inner;
      } else if (b[inner] === LT && b[inner + 1] === 118 /* v */ && b[inner + 2] === GT) {
        // The common shape: `<v>text</v></c>`.
        let v1 = inner + 3;
        while (v1 < n && b[v1] !== LT) v1++;
        if (v1 + 8 > n) return this.incomplete(cells);
        if (b[v1 + 1] === SLASH && b[v1 + 2] === 118 && b[v1 + 3] === GT && b[v1 + 4] === LT && b[v1 + 5] === SLASH && b[v1 + 6] === 99 && b[v1 + 7] === GT) {
          v0 = inner + 3;
          innerEnd = v1 + 4;
          p = v1 + 8;
        }
      }
      if (innerEnd < 0 && b[gt - 1] !== SLASH) {
        // Any other content: up to the first `</c >` (any prefix) before the row's end.
        let q = inner;
        for (;;) {
          q = b.indexOf(LT, q);
          if (q < 0 || q + 1 >= n) return this.incomplete(cells);
          const c = b[q + 1];
          if ((c === BANG || c === QUESTION) && !this.cleaned) {
            this.rowEnd = ROW_MARKUP;
            return cells;
          }
          if (c === SLASH) {
            let f = q + 2;
            while (f < n && !endsName(b[f])) f++;
            if (f >= n) return this.incomplete(cells);
            if (b[f - 1] === 99 && localStart(b, q + 2, f) === f - 1) {
              let g = f;
              while (g < n && b[g] <= 32) g++;
              if (g >= n) return this.incomplete(cells);
              if (b[g] === GT) {
                innerEnd = q;
                p = g + 1;
                break;
              }
            }
            const end = this.rowClose(b, q, name0, name1);
            if (end === -3) return this.incomplete(cells);
            // No end tag before the row's: no cell here (as the regular expression that found cells before).
            if (end >= 0) break;
          }
          q += 2;
        }
        if (innerEnd < 0) {
          p = e;
          continue;
        }
      }
      col = found.r0 >= 0 ? columnNumberAt(found.src, found.r0, found.r1) : col + 1;
      if (innerEnd < 0 || col < 1 || col > MAX_COLUMNS) continue;
      const t0 = found.t0;
      const typeLength = found.t1 - t0;
      let value: RawCell;
      if (v0 >= 0 && (t0 < 0 || (typeLength === 1 && found.src[t0] === 110)) /* n */) {
        const number = digitsAt(b, v0, innerEnd - 4);
        value =
          number >= 0
            ? numberValue(book, found.s0 < 0 ? 0 : integerAt(found.src, found.s0, found.s1), number)
            : textValue(book, valueOf(t0, found.t1), valueOf(found.s0, found.s1), textAt(b, v0, innerEnd - 4));
      } else if (v0 >= 0 && typeLength === 1 && found.src[t0] === 115 /* s */) {
        const text = book.strings[integerAt(b, v0, innerEnd - 4)];
        value = text === undefined ? null : text;
      } else {
        const type = valueOf(t0, found.t1);
        const style = valueOf(found.s0, found.s1);
        if (v0 >= 0 && (type === undefined || !OTHER_TYPES.has(type))) value = textValue(book, type, style, textAt(b, v0, innerEnd - 4));
        else value = cellValue(book, type, style, textAt(b, inner, innerEnd));
      }
      if (value !== null) cells[col - 1] = value;
    }
  }

  /** Where the end tag `</…>` of the element whose name is `b[name0, name1)` ends, from `from`: -1 when not yet in `b`, -2 past markup. */
  private elementEnd(b: Uint8Array, from: number, name0: number, name1: number): number {
    const n = b.length;
    for (let q = b.indexOf(LT, from); q >= 0; q = b.indexOf(LT, q + 1)) {
      if (q + 1 >= n) return -1;
      if ((b[q + 1] === BANG || b[q + 1] === QUESTION) && !this.cleaned) return -2;
      if (b[q + 1] !== SLASH) continue;
      let i = 0;
      while (i < name1 - name0 && b[q + 2 + i] === b[name0 + i]) i++;
      if (i < name1 - name0) continue;
      let g = q + 2 + i;
      while (g < n && b[g] <= 32) g++;
      if (g >= n) return -1;
      if (b[g] === GT) return g + 1;
    }
    return -1;
  }

  /** Scans one more chunk of bytes. */
  feed(bytes: Uint8Array): Fed {
    // Always a plain Uint8Array (not a Buffer), so that every byte access here sees one kind of array.
    const chunk = bytes.constructor === Uint8Array ? bytes : new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let b = chunk;
    if (this.held && this.held.length > 0) {
      b = new Uint8Array(this.held.length + chunk.length);
      b.set(this.held);
      b.set(chunk, this.held.length);
    }
    this.held = null;
    const n = b.length;
    let pos = 0;
    let fed: Fed = Fed.More;
    for (;;) {
      let lt = pos;
      if (b[lt] !== LT) {
        lt = b.indexOf(LT, pos);
        if (lt < 0) {
          pos = n;
          break;
        }
      }
      if (lt + 1 >= n) {
        pos = lt;
        break;
      }
      const c1 = b[lt + 1];
      if (c1 === SLASH) {
        pos = lt + 2;
        continue;
      }
      if (c1 === BANG || c1 === QUESTION) {
        const end = this.cleaned ? lt + 2 : markupEnd(b, lt);
        if (end < 0) {
          pos = lt;
          break;
        }
        pos = end;
        continue;
      }
      let e = lt + 1;
      while (e < n && !endsName(b[e])) e++;
      if (e >= n) {
        pos = lt;
        break;
      }
      const l = localStart(b, lt + 1, e);
      const isRow = e - l === 3 && b[l] === 114 && b[l + 1] === 111 && b[l + 2] === 119;
      const isMerge = !isRow && e - l === 9 && bytesAre(b, l, 'mergeCell');
      if (!isRow && !isMerge && !(e - l === 9 && bytesAre(b, l, 'tablePart'))) {
        pos = e;
        continue;
      }
      if (isRow) {
        const gt = scanAttributes(b, e);
        if (gt < 0) {
          pos = lt;
          break;
        }
        const number = found.r0 >= 0 ? integerAt(found.src, found.r0, found.r1) : this.rowNumber + 1;
        let cells: RawCell[] = [];
        let end = gt + 1;
        if (b[gt - 1] !== SLASH) {
          cells = this.cellsOf(b, gt + 1, lt + 1, e);
          end = this.rowEnd;
        }
        if (end === ROW_INCOMPLETE || end === ROW_MARKUP) {
          pos = lt;
          if (end === ROW_MARKUP) fed = Fed.Markup;
          break;
        }
        this.rowNumber = number;
        if (!(number >= 1)) throw new ZipError(`bad row number in ${this.name}`);
        if (number > MAX_ROWS) throw new ZipError(`${this.name} has more rows than Excel allows`);
        pos = end;
        if (this.visit(number - 1, cells) === true) {
          fed = Fed.Stopped;
          break;
        }
        continue;
      }
      const gt = b.indexOf(GT, e);
      if (gt < 0) {
        pos = lt;
        break;
      }
      const end = b[gt - 1] === SLASH ? gt + 1 : this.elementEnd(b, gt + 1, lt + 1, e);
      if (end < 0) {
        pos = lt;
        if (end === -2) fed = Fed.Markup;
        break;
      }
      pos = end;
      const xml = textAt(b, lt, end);
      if (isMerge) {
        const area = rangeRef(attr(xml, 'ref') ?? '');
        if (area && (area.bottom > area.top || area.right > area.left)) {
          this.merges.push({ top: area.top - 1, left: area.left - 1, bottom: area.bottom - 1, right: area.right - 1 });
        }
      } else {
        const id = relId(xml);
        if (id) this.tableIds.push(id);
      }
    }
    if (fed !== Fed.Stopped) this.held = b.subarray(pos);
    if (this.held && this.held.length > MAX_ELEMENT_CHARS) throw new ZipError('<row> element too large');
    return fed;
  }
}

/**
 * Reads a worksheet, calling `visit` with each row as it is read, until its end (the CRC check
 * included) or until `visit` returns true (the inflating then stops there).
 */
async function readSheet(book: Book, name: string, entry: ZipEntry, visit: RowVisitor): Promise<SheetTail> {
  const scanner = new SheetScanner(book, name, visit);
  const bytes = entryBytes(book.source, entry);
  try {
    for (;;) {
      const next = await bytes.next();
      if (next.done) break;
      const fed = scanner.feed(next.value);
      if (fed === Fed.Stopped) break;
      if (fed === Fed.Markup) {
        // The rest, from the element holding the markup on, as text with it taken out, as UTF-8 again.
        const held = scanner.held ?? new Uint8Array(0);
        scanner.held = null;
        scanner.cleaned = true;
        const rest = async function* (): AsyncGenerator<Uint8Array> {
          yield held;
          for (let more = await bytes.next(); !more.done; more = await bytes.next()) yield more.value;
        };
        for await (const text of plainMarkup(xmlText(rest()))) if (scanner.feed(utf8Encoder.encode(text)) === Fed.Stopped) break;
        break;
      }
    }
  } finally {
    // Stops the inflating when the read ends early (a head, a failure).
    await bytes.return(undefined);
  }
  return { merges: scanner.merges, tableIds: scanner.tableIds };
}

/** An Excel table's range as its own RawTable, its rows cut from its sheet's. */
function tableOf(sheet: RawTable, tableName: string, ref: string): RawTable | null {
  const area = rangeRef(ref);
  if (!area) return null;
  const rows: RawCell[][] = [];
  for (let r = area.top; r <= area.bottom; r++) rows.push((sheet.rows[r - 1] ?? []).slice(area.left - 1, area.right));
  // Excel allows no merge inside a table; one another program wrote is kept when wholly inside.
  const merges = (sheet.merges ?? [])
    .filter((m) => m.top >= area.top - 1 && m.bottom <= area.bottom - 1 && m.left >= area.left - 1 && m.right <= area.right - 1)
    .map((m) => ({ top: m.top - area.top + 1, left: m.left - area.left + 1, bottom: m.bottom - area.top + 1, right: m.right - area.left + 1 }));
  return { ...sheet, firstRow: area.top, firstColumn: area.left, rows, merges, tableName };
}

/** Why a sound zip holds no workbook: an .ods, an .xlsb, or anything else. */
async function noWorkbook(source: ByteSource, entries: Entries, workbookPart: string, fileName: string): Promise<WorkbookFileError> {
  if (/\.bin$/i.test(workbookPart) && entries.has(partKey(workbookPart))) return binaryWorkbook(fileName);
  const mimetype = await wholeText(source, entries.get('mimetype')).catch(() => null);
  if (mimetype?.trim().startsWith('application/vnd.oasis.opendocument.spreadsheet')) return openDocumentSpreadsheet(fileName);
  return notAWorkbook(fileName);
}

/**
 * The shared strings, scanned as bytes as the sheets are: each `<si>`'s text, the common
 * `<si><t>text</t></si>` in place, any other through `runText`. Null when an `<si>` holds a
 * comment, CDATA section or processing instruction: the caller reads the part as text then.
 */
async function sharedStrings(source: ByteSource, entry: ZipEntry): Promise<string[] | null> {
  const strings: string[] = [];
  const bytes = entryBytes(source, entry);
  let held: Uint8Array | null = null;
  try {
    for (let next = await bytes.next(); !next.done; next = await bytes.next()) {
      const chunk = next.value;
      let b = chunk.constructor === Uint8Array ? chunk : new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      if (held && held.length > 0) {
        const joined = new Uint8Array(held.length + b.length);
        joined.set(held);
        joined.set(b, held.length);
        b = joined;
      }
      const n = b.length;
      let pos = 0;
      for (;;) {
        const lt = b[pos] === LT ? pos : b.indexOf(LT, pos);
        if (lt < 0) {
          pos = n;
          break;
        }
        if (lt + 1 >= n) {
          pos = lt;
          break;
        }
        const c1 = b[lt + 1];
        if (c1 === SLASH) {
          pos = lt + 2;
          continue;
        }
        if (c1 === BANG || c1 === QUESTION) {
          const end = markupEnd(b, lt);
          if (end < 0) {
            pos = lt;
            break;
          }
          pos = end;
          continue;
        }
        let e = lt + 1;
        while (e < n && !endsName(b[e])) e++;
        if (e >= n) {
          pos = lt;
          break;
        }
        const l = localStart(b, lt + 1, e);
        if (e - l !== 2 || b[l] !== 115 /* s */ || b[l + 1] !== 105 /* i */) {
          pos = e;
          continue;
        }
        const gt = b.indexOf(GT, e);
        if (gt < 0) {
          pos = lt;
          break;
        }
        if (b[gt - 1] === SLASH) {
          strings.push(runText(textAt(b, lt, gt + 1)));
          pos = gt + 1;
          continue;
        }
        // Its end tag `</si >` (the same prefix), counting the tags on the way.
        let end = -1;
        let close = -1;
        let tags = 0;
        let second = -1;
        for (let q = b.indexOf(LT, gt + 1); q >= 0; q = b.indexOf(LT, q + 1)) {
          if (q + 1 >= n) break;
          const c = b[q + 1];
          if (c === BANG || c === QUESTION) return null;
          if (c === SLASH && q + 2 + (e - lt - 1) <= n) {
            let same = true;
            for (let k = 0; k < e - lt - 1 && same; k++) same = b[q + 2 + k] === b[lt + 1 + k];
            if (same) {
              let g = q + 2 + (e - lt - 1);
              while (g < n && b[g] <= 32) g++;
              if (g >= n) break;
              if (b[g] === GT) {
                close = q;
                end = g + 1;
                break;
              }
            }
          }
          if (++tags === 2) second = q;
        }
        if (end < 0) {
          pos = lt;
          break;
        }
        const inner = gt + 1;
        if (tags === 2 && b[inner] === LT && b[inner + 1] === 116 /* t */ && b[inner + 2] === GT && second === close - 4 && bytesAre(b, second, '</t>')) {
          strings.push(decodeText(textAt(b, inner + 3, second)));
        } else {
          strings.push(runText(textAt(b, lt, end)));
        }
        pos = end;
      }
      held = b.subarray(pos);
      if (held.length > MAX_ELEMENT_CHARS) throw new ZipError('<si> element too large');
    }
  } finally {
    await bytes.return(undefined);
  }
  return strings;
}

/** A worksheet of the workbook's sheet list. */
interface WorksheetPart {
  name: string;
  /** Its part name. */
  part: string;
}

/** A package opened: what every sheet reads through, and its worksheets in workbook order. */
interface OpenedPackage {
  book: Book;
  worksheets: WorksheetPart[];
  entries: Entries;
  text(part: string): Promise<string | null>;
}

async function openPackage(source: ByteSource, fileName: string): Promise<OpenedPackage> {
  const entries = await readCentralDirectory(source);
  const text = (part: string) => wholeText(source, entries.get(partKey(part)));
  const rootRels = parseRels((await text('_rels/.rels')) ?? '', '');
  const workbookPart = [...rootRels.values()].find((r) => r.type.endsWith('/officeDocument'))?.target ?? 'xl/workbook.xml';
  const workbookXml = /\.xml$/i.test(workbookPart) ? await text(workbookPart) : null;
  if (workbookXml === null || !/<(?:[\w.-]+:)?workbook[\s>]/.test(workbookXml)) throw await noWorkbook(source, entries, workbookPart, fileName);
  const rels = parseRels((await text(relsPartOf(workbookPart))) ?? '', workbookPart);
  const partOf = (type: string, fallback: string) => [...rels.values()].find((r) => r.type.endsWith(type))?.target ?? fallback;
  const stringsEntry = entries.get(partKey(partOf('/sharedStrings', 'xl/sharedStrings.xml')));
  let strings = stringsEntry ? await sharedStrings(source, stringsEntry) : [];
  if (strings === null && stringsEntry) {
    // Comments or CDATA sections in the strings: read as text, with them taken out.
    strings = [];
    for await (const batch of elements(entryText(source, stringsEntry), ['si'])) for (const si of batch) strings.push(runText(si.xml));
  }
  const book: Book = {
    source,
    strings: strings ?? [],
    dates: dateStyles((await text(partOf('/styles', 'xl/styles.xml'))) ?? ''),
    date1904: /<(?:[\w.-]+:)?workbookPr\b[^>]*\sdate1904\s*=\s*["'](?:1|true)["']/.test(workbookXml),
    days: new Map(),
  };
  const worksheets: WorksheetPart[] = [];
  for (const m of workbookXml.matchAll(/<(?:[\w.-]+:)?sheet\b([^>]*?)\/?>/g)) {
    const name = attr(m[1], 'name');
    const id = relId(m[1]);
    const rel = id ? rels.get(id) : undefined;
    // Chart sheets and dialog sheets hold no cells.
    if (name !== undefined && rel && rel.type.endsWith('/worksheet')) worksheets.push({ name, part: rel.target });
  }
  return { book, worksheets, entries, text };
}

/** A worksheet's zip entry. */
function entryOf(pkg: OpenedPackage, sheet: WorksheetPart): ZipEntry {
  const entry = pkg.entries.get(partKey(sheet.part));
  if (!entry) throw new ZipError(`missing sheet part ${sheet.part}`);
  return entry;
}

/** A worksheet read whole, and its Excel tables. */
async function wholeSheet(pkg: OpenedPackage, ws: WorksheetPart, entry: ZipEntry, fileName: string): Promise<{ sheet: RawTable; tables: RawTable[] }> {
  const rows: RawCell[][] = [];
  const content = await readSheet(pkg.book, ws.name, entry, (index, cells) => {
    while (rows.length < index) rows.push([]);
    rows[index] = cells;
  });
  const sheet: RawTable = { sheet: ws.name, firstRow: 1, firstColumn: 1, rows, merges: content.merges, date1904: pkg.book.date1904, file: fileName };
  const tables: RawTable[] = [];
  if (content.tableIds.length === 0) return { sheet, tables };
  const sheetRels = parseRels((await pkg.text(relsPartOf(ws.part))) ?? '', ws.part);
  for (const tableId of content.tableIds) {
    const tableRel = sheetRels.get(tableId);
    const xml = tableRel && tableRel.type.endsWith('/table') ? await pkg.text(tableRel.target) : null;
    const head = xml ? /<(?:[\w.-]+:)?table\b([^>]*)>/.exec(xml) : null;
    if (!head) continue;
    const tableName = attr(head[1], 'displayName') ?? attr(head[1], 'name');
    const ref = attr(head[1], 'ref');
    const table = tableName && ref ? tableOf(sheet, tableName, ref) : null;
    if (table) tables.push(table);
  }
  return { sheet, tables };
}

async function readPackage(source: ByteSource, fileName: string): Promise<RawTable[]> {
  const pkg = await openPackage(source, fileName);
  const sheets: RawTable[] = [];
  const tables: RawTable[] = [];
  for (const ws of pkg.worksheets) {
    const { sheet, tables: own } = await wholeSheet(pkg, ws, entryOf(pkg, ws), fileName);
    sheets.push(sheet);
    tables.push(...own);
  }
  // Sheets first, then tables: a sheet named like an input table wins over a table of that name.
  return [...sheets, ...tables];
}

/** A failure of reading `fileName` in words for the user. */
function fileError(e: unknown, fileName: string): WorkbookFileError {
  return e instanceof WorkbookFileError ? e : damaged(fileName, causeOf(e));
}

/**
 * Every worksheet of an .xlsx (in workbook order), then every Excel table, as RawTables. A file
 * that is no workbook or is damaged is a `WorkbookFileError` naming `fileName`.
 */
export async function readXlsxSheets(source: ByteSource, fileName: string): Promise<RawTable[]> {
  try {
    return await readPackage(source, fileName);
  } catch (e) {
    throw fileError(e, fileName);
  }
}

/** A large worksheet: its first `HEAD_ROWS` rows read now (the inflating stops there), all of them on demand. */
async function sheetStream(book: Book, ws: WorksheetPart, entry: ZipEntry, fileName: string): Promise<SheetStream> {
  const rows: RawCell[][] = [];
  await readSheet(book, ws.name, entry, (index, cells) => {
    if (index >= HEAD_ROWS) return true;
    while (rows.length < index) rows.push([]);
    rows[index] = cells;
    return false;
  });
  const head: RawTable = { sheet: ws.name, firstRow: 1, firstColumn: 1, rows, merges: [], date1904: book.date1904, file: fileName };
  return {
    head,
    async rows(visit) {
      // The visitor's own failure is passed on as it is, not worded as a damaged file.
      let failed = false;
      try {
        const tail = await readSheet(book, ws.name, entry, (index, cells) => {
          try {
            visit(index, cells);
          } catch (e) {
            failed = true;
            throw e;
          }
        });
        return { merges: tail.merges, hasTables: tail.tableIds.length > 0 };
      } catch (e) {
        throw failed ? e : fileError(e, fileName);
      }
    },
  };
}

/**
 * An .xlsx opened for streaming (see `StreamedWorkbook`): each worksheet whose XML is over
 * `options.largeAbove` bytes inflated is large, given as its head and a way to read its rows
 * one at a time; every other sheet, and its Excel tables, read whole as `readXlsxSheets` reads
 * them. Failures are `WorkbookFileError`s naming `fileName`, worded as `readXlsxSheets` words them.
 */
export async function openXlsxStreamed(source: ByteSource, fileName: string, options: { largeAbove: number }): Promise<StreamedWorkbook> {
  try {
    const pkg = await openPackage(source, fileName);
    const sheets: RawTable[] = [];
    const tables: RawTable[] = [];
    const large = new Map<RawTable, SheetStream>();
    for (const ws of pkg.worksheets) {
      const entry = entryOf(pkg, ws);
      if (entry.size > options.largeAbove) {
        const stream = await sheetStream(pkg.book, ws, entry, fileName);
        sheets.push(stream.head);
        large.set(stream.head, stream);
      } else {
        const { sheet, tables: own } = await wholeSheet(pkg, ws, entry, fileName);
        sheets.push(sheet);
        tables.push(...own);
      }
    }
    return {
      sheets: [...sheets, ...tables],
      large,
      readAll: () => readXlsxSheets(source, fileName),
    };
  } catch (e) {
    throw fileError(e, fileName);
  }
}

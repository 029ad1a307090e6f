/**
 * The .xlsx reader, the same code in Node (the CLI) and the browser (the preview): the zip's
 * central directory, then each part inflated and scanned as it streams in. Where the bytes come
 * from and how they are inflated is the caller's `ByteSource` (a file on disk, bytes in memory).
 *
 * Why not ExcelJS: its streaming WorkbookReader drops the last zip entries at random under
 * Node 20 (unzipper emits 'end' while entries are still queued), so a read throws or silently
 * loses the shared strings; its whole-workbook reader is reliable but needs ~3.5 GB for
 * 1,048,576 rows. Here a sheet is held as its rows of values, never as its inflated XML.
 *
 * Every worksheet comes out as a RawTable, with its merged areas (reported, not filled: the core
 * fills them), and every Excel table (ListObject) as one more RawTable of its range. Cell values
 * are what the engine reads: shared, inline and formula strings as text; a cached formula
 * result as its value; an error (`#N/A`) as its text; a number in a date format as a Date at
 * UTC midnight of its day, except serials before 1 March 1900, which stay numbers so that
 * serial 60 (29/02/1900, a day that never was) is seen for what it is.
 */
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

/** UTF-8 text with XML's end-of-line handling: CR LF and a lone CR become LF (`&#13;` stays CR, decoded later). */
async function* xmlText(bytes: AsyncIterable<Uint8Array>): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  let heldCR = false;
  const lines = (s: string): string => (s.includes('\r') ? s.replace(/\r\n?/g, '\n') : s);
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

const CELL = /<(?:[\w.-]+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?c\s*>)/g;
const V_TEXT = /<(?:[\w.-]+:)?v(?:\s[^>]*?)?(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?v\s*>)/;
const IS_TEXT = /<(?:[\w.-]+:)?is\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?is\s*>)/;
const ROW_START = /^<(?:[\w.-]+:)?row\b([^>]*?)\/?>/;
const ATTR_R = /(?:^|\s)r\s*=\s*["']([^"']*)["']/;
const ATTR_T = /(?:^|\s)t\s*=\s*["']([^"']*)["']/;
const ATTR_S = /(?:^|\s)s\s*=\s*["']([^"']*)["']/;

/** What every sheet of one package reads through. */
interface Book {
  source: ByteSource;
  strings: string[];
  dates: Set<number>;
  date1904: boolean;
}

/** A number shown as a date: the Date of its day, or the serial itself before 1 March 1900. */
function dateValue(book: Book, serial: number): RawCell {
  const s = book.date1904 ? serial + DAYS_1904 : serial;
  const whole = Math.floor(s);
  if (whole < 61) return serial;
  return new Date(EXCEL_EPOCH_MS + whole * MS_PER_DAY);
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

function cellValue(book: Book, type: string | undefined, style: string | undefined, inner: string): RawCell {
  if (type === 'inlineStr') {
    const is = IS_TEXT.exec(inner);
    return is ? runText(is[1] ?? '') : null;
  }
  const v = V_TEXT.exec(inner);
  if (!v) return null;
  const text = v[1] ?? '';
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
      // An unstyled serial stays a number in a 1904 workbook too: the core adds the 1,462 days
      // when it reads the number as a date (`RawTable.date1904`).
      if (book.dates.has(style === undefined ? 0 : parseInt(style, 10))) return dateValue(book, n);
      return n;
    }
  }
}

function rowCells(book: Book, rowXml: string): RawCell[] {
  const cells: RawCell[] = [];
  let col = 0;
  CELL.lastIndex = 0;
  for (let m = CELL.exec(rowXml); m; m = CELL.exec(rowXml)) {
    const attrs = m[1];
    const ref = ATTR_R.exec(attrs);
    col = ref ? columnNumber(ref[1]) : col + 1;
    const inner = m[2];
    if (col < 1 || col > MAX_COLUMNS || inner === undefined) continue;
    const value = cellValue(book, ATTR_T.exec(attrs)?.[1], ATTR_S.exec(attrs)?.[1], inner);
    if (value !== null) cells[col - 1] = value;
  }
  return cells;
}

interface SheetContent {
  /** `rows[i]` is worksheet row i + 1, `rows[i][j]` column j + 1. */
  rows: RawCell[][];
  merges: CellArea[];
  /** The `r:id`s of its Excel tables (`<tablePart>`). */
  tableIds: string[];
}

async function readSheet(book: Book, name: string, entry: ZipEntry): Promise<SheetContent> {
  const rows: RawCell[][] = [];
  const merges: CellArea[] = [];
  const tableIds: string[] = [];
  let rowNumber = 0;
  for await (const batch of elements(entryText(book.source, entry), ['row', 'mergeCell', 'tablePart'])) {
    for (const el of batch) {
      if (el.name === 'row') {
        const head = ROW_START.exec(el.xml);
        const r = head ? ATTR_R.exec(head[1]) : null;
        rowNumber = r ? parseInt(r[1], 10) : rowNumber + 1;
        if (!(rowNumber >= 1)) throw new ZipError(`bad row number in ${name}`);
        if (rowNumber > MAX_ROWS) throw new ZipError(`${name} has more rows than Excel allows`);
        while (rows.length < rowNumber - 1) rows.push([]);
        rows[rowNumber - 1] = rowCells(book, el.xml);
      } else if (el.name === 'mergeCell') {
        const area = rangeRef(attr(el.xml, 'ref') ?? '');
        if (area && (area.bottom > area.top || area.right > area.left)) {
          merges.push({ top: area.top - 1, left: area.left - 1, bottom: area.bottom - 1, right: area.right - 1 });
        }
      } else {
        const id = relId(el.xml);
        if (id) tableIds.push(id);
      }
    }
  }
  return { rows, merges, tableIds };
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

async function readPackage(source: ByteSource, fileName: string): Promise<RawTable[]> {
  const entries = await readCentralDirectory(source);
  const text = (part: string) => wholeText(source, entries.get(partKey(part)));
  const rootRels = parseRels((await text('_rels/.rels')) ?? '', '');
  const workbookPart = [...rootRels.values()].find((r) => r.type.endsWith('/officeDocument'))?.target ?? 'xl/workbook.xml';
  const workbookXml = /\.xml$/i.test(workbookPart) ? await text(workbookPart) : null;
  if (workbookXml === null || !/<(?:[\w.-]+:)?workbook[\s>]/.test(workbookXml)) throw await noWorkbook(source, entries, workbookPart, fileName);
  const rels = parseRels((await text(relsPartOf(workbookPart))) ?? '', workbookPart);
  const partOf = (type: string, fallback: string) => [...rels.values()].find((r) => r.type.endsWith(type))?.target ?? fallback;
  const stringsEntry = entries.get(partKey(partOf('/sharedStrings', 'xl/sharedStrings.xml')));
  const strings: string[] = [];
  if (stringsEntry) for await (const batch of elements(entryText(source, stringsEntry), ['si'])) for (const si of batch) strings.push(runText(si.xml));
  const book: Book = {
    source,
    strings,
    dates: dateStyles((await text(partOf('/styles', 'xl/styles.xml'))) ?? ''),
    date1904: /<(?:[\w.-]+:)?workbookPr\b[^>]*\sdate1904\s*=\s*["'](?:1|true)["']/.test(workbookXml),
  };

  const sheets: RawTable[] = [];
  const tables: RawTable[] = [];
  for (const m of workbookXml.matchAll(/<(?:[\w.-]+:)?sheet\b([^>]*?)\/?>/g)) {
    const name = attr(m[1], 'name');
    const id = relId(m[1]);
    const rel = id ? rels.get(id) : undefined;
    // Chart sheets and dialog sheets hold no cells.
    if (name === undefined || !rel || !rel.type.endsWith('/worksheet')) continue;
    const entry = entries.get(partKey(rel.target));
    if (!entry) throw new ZipError(`missing sheet part ${rel.target}`);
    const content = await readSheet(book, name, entry);
    const sheet: RawTable = { sheet: name, firstRow: 1, firstColumn: 1, rows: content.rows, merges: content.merges, date1904: book.date1904, file: fileName };
    sheets.push(sheet);
    if (content.tableIds.length === 0) continue;
    const sheetRels = parseRels((await text(relsPartOf(rel.target))) ?? '', rel.target);
    for (const tableId of content.tableIds) {
      const tableRel = sheetRels.get(tableId);
      const xml = tableRel && tableRel.type.endsWith('/table') ? await text(tableRel.target) : null;
      const head = xml ? /<(?:[\w.-]+:)?table\b([^>]*)>/.exec(xml) : null;
      if (!head) continue;
      const tableName = attr(head[1], 'displayName') ?? attr(head[1], 'name');
      const ref = attr(head[1], 'ref');
      const table = tableName && ref ? tableOf(sheet, tableName, ref) : null;
      if (table) tables.push(table);
    }
  }
  // Sheets first, then tables: a sheet named like an input table wins over a table of that name.
  return [...sheets, ...tables];
}

/**
 * Every worksheet of an .xlsx (in workbook order), then every Excel table, as RawTables. A file
 * that is no workbook or is damaged is a `WorkbookFileError` naming `fileName`.
 */
export async function readXlsxSheets(source: ByteSource, fileName: string): Promise<RawTable[]> {
  try {
    return await readPackage(source, fileName);
  } catch (e) {
    if (e instanceof WorkbookFileError) throw e;
    throw damaged(fileName, causeOf(e));
  }
}

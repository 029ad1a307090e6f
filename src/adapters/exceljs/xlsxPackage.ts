import { createReadStream, promises as fs } from 'fs';
import { Readable, Transform, pipeline } from 'stream';
import { StringDecoder } from 'string_decoder';
import zlib from 'zlib';
import { RawCell } from '../../core/types';

/**
 * A streaming reader of the sheets of an .xlsx file: the zip's central
 * directory, then each wanted sheet inflated and scanned row by row. Sheets
 * nobody asked for are never inflated.
 *
 * Why not ExcelJS's streaming WorkbookReader: with Node 20 it drops the last
 * entries of the zip at random (unzipper's Parse emits 'end' on 'finish' while
 * entries are still queued), so a read either throws or silently loses the
 * shared strings; the whole-workbook reader is reliable but needs ~3.5 GB for
 * 1,048,576 rows.
 *
 * Cell values come out as the engine reads them: shared, inline and formula
 * strings as text; a cached formula result as its value; an error (`#N/A`) as
 * its text; a number in a date format as a Date at UTC midnight of its day,
 * except serials before 1 March 1900, which stay numbers so that serial 60
 * (29/02/1900, a day that never was) is seen for what it is.
 */

/** The file is not a readable .xlsx package; the caller words it for the user. */
export class XlsxPackageError extends Error {}

/** A sound zip with no workbook in it (a .docx or any zip renamed .xlsx). */
export class NotAWorkbookError extends XlsxPackageError {}

/** Excel's own limits. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** A row or shared string longer than this is not from a workbook (guards memory). */
const MAX_ELEMENT_CHARS = 256 * 1024 * 1024;

interface ZipEntry {
  name: string;
  crc32: number;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

export interface XlsxSheet {
  name: string;
  /** Path of the sheet part in the zip. */
  part: string;
}

const SIG_EOCD = 0x06054b50;
const SIG_CEN = 0x02014b50;
const SIG_LOC = 0x04034b50;
const SIG_Z64_LOCATOR = 0x07064b50;
const SIG_Z64_EOCD = 0x06064b50;

async function readAt(fh: fs.FileHandle, length: number, position: number): Promise<Buffer> {
  const buf = Buffer.alloc(length);
  const { bytesRead } = await fh.read(buf, 0, length, position);
  if (bytesRead < length) throw new XlsxPackageError('unexpected end of file');
  return buf;
}

async function readCentralDirectory(fh: fs.FileHandle, size: number): Promise<Map<string, ZipEntry>> {
  const tailLength = Math.min(size, 22 + 0xffff + 20);
  const tail = await readAt(fh, tailLength, size - tailLength);
  let i = tailLength - 22;
  while (i >= 0 && tail.readUInt32LE(i) !== SIG_EOCD) i--;
  if (i < 0) throw new XlsxPackageError('no zip end record (truncated or not a zip)');
  let count = tail.readUInt16LE(i + 10);
  let cdSize = tail.readUInt32LE(i + 12);
  let cdOffset = tail.readUInt32LE(i + 16);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    const at = i - 20;
    if (at < 0 || tail.readUInt32LE(at) !== SIG_Z64_LOCATOR) throw new XlsxPackageError('bad zip64 locator');
    const record = await readAt(fh, 56, Number(tail.readBigUInt64LE(at + 8)));
    if (record.readUInt32LE(0) !== SIG_Z64_EOCD) throw new XlsxPackageError('bad zip64 end record');
    count = Number(record.readBigUInt64LE(32));
    cdSize = Number(record.readBigUInt64LE(40));
    cdOffset = Number(record.readBigUInt64LE(48));
  }
  if (cdOffset + cdSize > size) throw new XlsxPackageError('central directory past the end of the file');
  const cd = await readAt(fh, cdSize, cdOffset);
  const entries = new Map<string, ZipEntry>();
  let p = 0;
  for (let n = 0; n < count; n++) {
    if (p + 46 > cd.length || cd.readUInt32LE(p) !== SIG_CEN) throw new XlsxPackageError('bad central directory');
    const flags = cd.readUInt16LE(p + 8);
    const method = cd.readUInt16LE(p + 10);
    let compressedSize = cd.readUInt32LE(p + 20);
    let uncompressed = cd.readUInt32LE(p + 24);
    const nameLength = cd.readUInt16LE(p + 28);
    const extraLength = cd.readUInt16LE(p + 30);
    const commentLength = cd.readUInt16LE(p + 32);
    let localOffset = cd.readUInt32LE(p + 42);
    const name = cd.toString('utf8', p + 46, p + 46 + nameLength);
    let e = p + 46 + nameLength;
    const extraEnd = e + extraLength;
    while (e + 4 <= extraEnd) {
      const id = cd.readUInt16LE(e);
      const length = cd.readUInt16LE(e + 2);
      if (id === 0x0001) {
        let q = e + 4;
        if (uncompressed === 0xffffffff) {
          uncompressed = Number(cd.readBigUInt64LE(q));
          q += 8;
        }
        if (compressedSize === 0xffffffff) {
          compressedSize = Number(cd.readBigUInt64LE(q));
          q += 8;
        }
        if (localOffset === 0xffffffff) localOffset = Number(cd.readBigUInt64LE(q));
      }
      e += 4 + length;
    }
    if (flags & 1) throw new XlsxPackageError(`encrypted zip entry ${name}`);
    const crc32 = cd.readUInt32LE(p + 16);
    entries.set(name.replace(/^\//, ''), { name, crc32, method, compressedSize, size: uncompressed, localOffset });
    p = extraEnd + commentLength;
  }
  return entries;
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
        default:
          return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
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

/**
 * The `<tag …>…</tag>` and `<tag …/>` elements of a stream of XML text, with any
 * namespace prefix, in batches (one per chunk of text: a million rows are not a
 * million awaits).
 */
async function* elements(chunks: AsyncIterable<string>, tag: string): AsyncGenerator<string[]> {
  const open = new RegExp(`<((?:[A-Za-z_][\\w.-]*:)?)${tag}[\\s/>]`, 'g');
  let buf = '';
  let done = false;
  const it = chunks[Symbol.asyncIterator]();
  while (!done) {
    const next = await it.next();
    if (next.done) done = true;
    else buf += next.value;
    let pos = 0;
    const batch: string[] = [];
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
      if (buf[gt - 1] === '/') {
        batch.push(buf.slice(m.index, gt + 1));
        pos = gt + 1;
        continue;
      }
      const close = `</${m[1]}${tag}>`;
      const end = buf.indexOf(close, gt);
      if (end < 0) {
        pos = m.index;
        break;
      }
      batch.push(buf.slice(m.index, end + close.length));
      pos = end + close.length;
    }
    if (batch.length > 0) yield batch;
    buf = buf.slice(pos);
    if (buf.length > MAX_ELEMENT_CHARS) throw new XlsxPackageError(`<${tag}> element too large`);
  }
}

const T_TEXT = /<(?:[\w.-]+:)?t(?:\s[^>]*)?>([\s\S]*?)<\/(?:[\w.-]+:)?t>/g;
const PHONETIC = /<(?:[\w.-]+:)?rPh\b[\s\S]*?<\/(?:[\w.-]+:)?rPh>/g;

/** The text of an `<si>` or `<is>`: its `<t>` runs joined, phonetic guides left out. */
function runText(xml: string): string {
  const s = xml.includes('rPh') ? xml.replace(PHONETIC, '') : xml;
  let text = '';
  T_TEXT.lastIndex = 0;
  for (let m = T_TEXT.exec(s); m; m = T_TEXT.exec(s)) text += m[1];
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
  for (const m of xml.matchAll(/<(?:[\w.-]+:)?numFmt\b([^>]*?)\/?>/g)) {
    const id = Number(attr(m[1], 'numFmtId'));
    custom.set(id, attr(m[1], 'formatCode') ?? '');
  }
  const section = /<(?:[\w.-]+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:[\w.-]+:)?cellXfs>/.exec(xml);
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

function columnNumber(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) n = n * 26 + c - 64;
    else if (c >= 97 && c <= 122) n = n * 26 + c - 96;
    else break;
  }
  return n;
}

const MS_PER_DAY = 86_400_000;
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

const CELL = /<(?:[\w.-]+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?c>)/g;
const V_TEXT = /<(?:[\w.-]+:)?v(?:\s[^>]*)?>([\s\S]*?)<\/(?:[\w.-]+:)?v>/;
const IS_TEXT = /<(?:[\w.-]+:)?is\b[^>]*>([\s\S]*?)<\/(?:[\w.-]+:)?is>/;
const ROW_START = /^<(?:[\w.-]+:)?row\b([^>]*?)\/?>/;
const ATTR_R = /(?:^|\s)r\s*=\s*["']([^"']*)["']/;
const ATTR_T = /(?:^|\s)t\s*=\s*["']([^"']*)["']/;
const ATTR_S = /(?:^|\s)s\s*=\s*["']([^"']*)["']/;

/** An open .xlsx package. */
export class XlsxPackage {
  private sharedStrings: string[] | null = null;
  private dateStyleSet: Set<number> | null = null;

  private constructor(
    private readonly file: string,
    private readonly fh: fs.FileHandle,
    private readonly entries: Map<string, ZipEntry>,
    /** Worksheets in workbook order. */
    readonly sheets: XlsxSheet[],
    private readonly date1904: boolean,
    private readonly sharedStringsPart: string | undefined,
    private readonly stylesPart: string | undefined,
  ) {}

  static async open(file: string): Promise<XlsxPackage> {
    const fh = await fs.open(file, 'r');
    try {
      const { size } = await fh.stat();
      const entries = await readCentralDirectory(fh, size);
      const text = async (part: string) => {
        const entry = entries.get(part);
        if (!entry) return null;
        let out = '';
        for await (const chunk of textOf(await entryStream(file, fh, entry))) out += chunk;
        return out;
      };
      const rootRels = parseRels((await text('_rels/.rels')) ?? '', '');
      const workbookPart = [...rootRels.values()].find((r) => r.type.endsWith('/officeDocument'))?.target ?? 'xl/workbook.xml';
      const workbookXml = await text(workbookPart);
      if (workbookXml === null) throw new NotAWorkbookError('no workbook part');
      const rels = parseRels((await text(relsPartOf(workbookPart))) ?? '', workbookPart);
      const sheets: XlsxSheet[] = [];
      for (const m of workbookXml.matchAll(/<(?:[\w.-]+:)?sheet\b([^>]*?)\/?>/g)) {
        const name = attr(m[1], 'name');
        const rid = /(?:^|\s)[\w.-]+:id\s*=\s*["']([^"']*)["']/.exec(m[1])?.[1];
        const rel = rid ? rels.get(rid) : undefined;
        if (name !== undefined && rel && rel.type.endsWith('/worksheet')) sheets.push({ name, part: rel.target });
      }
      const date1904 = /<(?:[\w.-]+:)?workbookPr\b[^>]*\bdate1904\s*=\s*["'](?:1|true)["']/.test(workbookXml);
      const partOf = (type: string) => [...rels.values()].find((r) => r.type.endsWith(type))?.target;
      return new XlsxPackage(file, fh, entries, sheets, date1904, partOf('/sharedStrings'), partOf('/styles'));
    } catch (e) {
      await fh.close();
      throw e;
    }
  }

  /** True when the package holds Excel tables (ListObjects). */
  get hasTables(): boolean {
    for (const name of this.entries.keys()) if (/^xl\/tables\/[^/]+\.xml$/.test(name)) return true;
    return false;
  }

  async close(): Promise<void> {
    await this.fh.close();
  }

  /** Every row of a sheet; `rows[i]` is worksheet row i + 1, `rows[i][j]` column j + 1. */
  async readRows(sheet: XlsxSheet): Promise<RawCell[][]> {
    const entry = this.entries.get(sheet.part);
    if (!entry) throw new XlsxPackageError(`missing sheet part ${sheet.part}`);
    const strings = await this.loadSharedStrings();
    const dates = await this.loadDateStyles();
    const rows: RawCell[][] = [];
    let rowNumber = 0;
    for await (const batch of elements(textOf(await entryStream(this.file, this.fh, entry)), 'row')) {
      for (const rowXml of batch) {
        const head = ROW_START.exec(rowXml);
        const r = head ? ATTR_R.exec(head[1]) : null;
        rowNumber = r ? parseInt(r[1], 10) : rowNumber + 1;
        if (!(rowNumber >= 1)) throw new XlsxPackageError(`bad row number in ${sheet.name}`);
        if (rowNumber > MAX_ROWS) throw new XlsxPackageError(`${sheet.name} has more rows than Excel allows`);
        while (rows.length < rowNumber - 1) rows.push([]);
        rows[rowNumber - 1] = this.rowCells(rowXml, strings, dates);
      }
    }
    return rows;
  }

  private rowCells(rowXml: string, strings: string[], dates: Set<number>): RawCell[] {
    const cells: RawCell[] = [];
    let col = 0;
    CELL.lastIndex = 0;
    for (let m = CELL.exec(rowXml); m; m = CELL.exec(rowXml)) {
      const attrs = m[1];
      const ref = ATTR_R.exec(attrs);
      col = ref ? columnNumber(ref[1]) : col + 1;
      const inner = m[2];
      if (col < 1 || col > MAX_COLUMNS || inner === undefined) continue;
      const value = this.cellValue(ATTR_T.exec(attrs)?.[1], ATTR_S.exec(attrs)?.[1], inner, strings, dates);
      if (value !== null) cells[col - 1] = value;
    }
    return cells;
  }

  private cellValue(type: string | undefined, style: string | undefined, inner: string, strings: string[], dates: Set<number>): RawCell {
    if (type === 'inlineStr') {
      const is = IS_TEXT.exec(inner);
      return is ? runText(is[1]) : null;
    }
    const v = V_TEXT.exec(inner);
    if (!v) return null;
    const text = v[1];
    switch (type) {
      case 's': {
        const s = strings[parseInt(text, 10)];
        return s === undefined ? null : s;
      }
      case 'str':
      case 'e':
      case 'd':
        return decodeText(text);
      case 'b':
        return text.trim() === '1' || text.trim() === 'true';
      default: {
        if (text.trim() === '') return null;
        const n = Number(text);
        if (Number.isNaN(n)) return decodeText(text);
        if (dates.has(style === undefined ? 0 : parseInt(style, 10))) return this.dateValue(n);
        return n;
      }
    }
  }

  /** A number shown as a date: the Date of its day, or the serial itself before 1 March 1900. */
  private dateValue(serial: number): RawCell {
    const s = this.date1904 ? serial + 1462 : serial;
    const whole = Math.floor(s);
    if (whole < 61) return s;
    return new Date(EXCEL_EPOCH_MS + whole * MS_PER_DAY);
  }

  private async loadSharedStrings(): Promise<string[]> {
    if (this.sharedStrings) return this.sharedStrings;
    const list: string[] = [];
    const entry = this.sharedStringsPart ? this.entries.get(this.sharedStringsPart) : undefined;
    if (entry) for await (const batch of elements(textOf(await entryStream(this.file, this.fh, entry)), 'si')) for (const si of batch) list.push(runText(si));
    this.sharedStrings = list;
    return list;
  }

  private async loadDateStyles(): Promise<Set<number>> {
    if (this.dateStyleSet) return this.dateStyleSet;
    const entry = this.stylesPart ? this.entries.get(this.stylesPart) : undefined;
    let xml = '';
    if (entry) for await (const chunk of textOf(await entryStream(this.file, this.fh, entry))) xml += chunk;
    this.dateStyleSet = dateStyles(xml);
    return this.dateStyleSet;
  }
}

async function entryStream(file: string, fh: fs.FileHandle, entry: ZipEntry): Promise<Readable> {
  const header = await readAt(fh, 30, entry.localOffset);
  if (header.readUInt32LE(0) !== SIG_LOC) throw new XlsxPackageError('bad zip entry header');
  const start = entry.localOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  if (entry.compressedSize === 0) return Readable.from([]);
  if (entry.method !== 0 && entry.method !== 8) throw new XlsxPackageError(`unsupported zip compression ${entry.method}`);
  const raw = createReadStream(file, { start, end: start + entry.compressedSize - 1, highWaterMark: 1 << 20 });
  const check = checked(entry);
  if (entry.method === 0) return pipeline(raw, check, () => undefined);
  return pipeline(raw, zlib.createInflateRaw({ chunkSize: 1 << 20 }), check, () => undefined);
}

/**
 * Passes the inflated bytes on and checks their CRC-32 and length against the
 * zip's directory at the end: raw deflate has no checksum of its own, and a
 * damaged sheet can inflate into plausible but wrong rows.
 */
function checked(entry: ZipEntry): Transform {
  let crc = 0;
  let length = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      crc = crc32(chunk, crc);
      length += chunk.length;
      done(null, chunk);
    },
    flush(done) {
      if ((crc >>> 0) !== entry.crc32 || length !== entry.size) done(new XlsxPackageError(`${entry.name} fails its CRC check`));
      else done();
    },
  });
}

let crcTable: Int32Array | null = null;

/** zlib.crc32 where Node has it (20.15+), else the same sum computed here. */
function crc32(data: Buffer, previous: number): number {
  const native = (zlib as unknown as { crc32?: (d: Buffer, v: number) => number }).crc32;
  if (native) return native(data, previous);
  if (!crcTable) {
    crcTable = new Int32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c;
    }
  }
  let c = ~previous;
  for (let i = 0; i < data.length; i++) c = crcTable[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}

async function* textOf(stream: Readable): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  for await (const chunk of stream) yield decoder.write(chunk as Buffer);
  const rest = decoder.end();
  if (rest) yield rest;
}

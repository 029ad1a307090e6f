/**
 * Reads a CSV file into one RawTable. Vietnamese Excel saves CSV with `;` (when the list separator
 * is `;` because `,` is the decimal mark) or with `,`, and "Unicode text" with tabs, so the
 * delimiter is detected rather than assumed.
 *
 * Pure: text in, table out, the same in Node and in the browser. Every value stays a string: the
 * core parses numbers such as `1.234` and dates such as `15/06/2026`, one rule for every reader.
 */
import type { RawCell, RawTable } from '../core/types';

/** Candidates in the order preferred on a tie: the rarer a character is inside values, the better. */
const DELIMITERS = ['\t', ';', ','] as const;
type Delimiter = (typeof DELIMITERS)[number];

/** How many non-empty records the delimiter is judged on: title rows, the header and some data. */
const SAMPLE_RECORDS = 30;

/**
 * The rows of a CSV text. RFC 4180 quoting (doubled quotes, delimiters and line breaks inside
 * quotes), any of CR LF, LF or CR as line end, a leading BOM ignored. Excel's `sep=;` first line,
 * when present, names the delimiter and, as in Excel, is not a row. An empty field is null, an
 * empty line an empty row (row numbers stay the ones Excel shows); every other value a string.
 * Lenient where files are broken: text after a closing quote is kept, and an unclosed quote runs
 * to the end of the file. Sheet name: the file name without folder or extension.
 */
export function readCsvSheet(text: string, fileName: string): RawTable {
  let body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let delimiter: string;
  const sep = /^sep=(.)(\r\n|\n|\r|$)/i.exec(body);
  if (sep) {
    delimiter = sep[1];
    body = body.slice(sep[0].length);
  } else {
    delimiter = detectDelimiter(body);
  }
  const rows: RawCell[][] = parseRecords(body, delimiter, Infinity).map((record) =>
    record.length === 1 && record[0] === '' ? [] : record.map((v) => (v === '' ? null : v)),
  );
  return { sheet: sheetName(fileName), firstRow: 1, firstColumn: 1, rows, file: fileName };
}

/**
 * The text of a CSV file's bytes: UTF-16 LE/BE when a BOM says so, else UTF-8 (with or without its
 * BOM, which is dropped). Bad bytes become U+FFFD rather than an error.
 */
export function decodeCsvBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Not UTF-8: Excel's plain "CSV" on a Vietnamese Windows writes the ANSI code page, 1258.
    return new TextDecoder('windows-1258').decode(bytes);
  }
}

/**
 * The delimiter that splits the first non-empty records most consistently: for each candidate,
 * the most frequent column count above 1 and how many records have it; the candidate with the
 * most such records wins (ties: tab, then `;`, then `,`). Counting only counts above 1 keeps
 * unpadded title rows ("BÁO CÁO…") from hiding the table below them. No candidate splitting
 * anything: `,` (the file is one column either way).
 */
function detectDelimiter(text: string): Delimiter {
  let best: Delimiter = ',';
  let bestScore = 0;
  for (const delimiter of DELIMITERS) {
    const counts = new Map<number, number>();
    let sampled = 0;
    for (const record of parseRecords(text, delimiter, SAMPLE_RECORDS * 4)) {
      if (record.length === 1 && record[0].trim() === '') continue;
      if (record.length > 1) counts.set(record.length, (counts.get(record.length) ?? 0) + 1);
      if (++sampled >= SAMPLE_RECORDS) break;
    }
    const score = Math.max(0, ...counts.values());
    if (score > bestScore) {
      best = delimiter;
      bestScore = score;
    }
  }
  return best;
}

/** Records (arrays of raw field texts) of a CSV text, at most `limit` of them. */
function parseRecords(text: string, delimiter: string, limit: number): string[][] {
  const records: string[][] = [];
  const n = text.length;
  let i = 0;
  while (i < n && records.length < limit) {
    const record: string[] = [];
    for (;;) {
      let value: string;
      if (text[i] === '"') {
        let quoted = '';
        i++;
        for (;;) {
          const q = text.indexOf('"', i);
          if (q < 0) {
            quoted += text.slice(i);
            i = n;
            break;
          }
          quoted += text.slice(i, q);
          if (text[q + 1] === '"') {
            quoted += '"';
            i = q + 2;
          } else {
            i = q + 1;
            break;
          }
        }
        const end = fieldEnd(text, i, delimiter);
        // A line break inside quotes is a line break in the cell, written `\n` as Excel keeps it.
        value = (quoted + text.slice(i, end)).replace(/\r\n?/g, '\n');
        i = end;
      } else {
        const end = fieldEnd(text, i, delimiter);
        value = text.slice(i, end);
        i = end;
      }
      record.push(value);
      if (text[i] === delimiter) {
        i++;
        continue;
      }
      break;
    }
    if (text[i] === '\r') i++;
    if (text[i] === '\n') i++;
    records.push(record);
  }
  return records;
}

/** Where the unquoted part of a field starting at `from` ends: the next delimiter or line end. */
function fieldEnd(text: string, from: number, delimiter: string): number {
  let i = from;
  while (i < text.length) {
    const ch = text[i];
    if (ch === delimiter || ch === '\n' || ch === '\r') break;
    i++;
  }
  return i;
}

/** The file name without folder and extension ("data/HoSo.csv" → "HoSo"), or `Bảng 1` if nothing is left. */
function sheetName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  return base.replace(/\.[^.]*$/, '').trim() || 'Bảng 1';
}

/**
 * Reads the "Excel" files provincial TTHC systems export: an Office-HTML page saved with a `.xls`
 * name (DOMAIN-2026 §2.1), not BIFF and not .xlsx. Each top-level `<table>` becomes one RawTable.
 *
 * Pure: text in, tables out. No `fs`, `Buffer` or DOM, so the CLI and the browser preview run the
 * same code. Parsing is one streaming pass of htmlparser2's tokenizer (no document tree is built,
 * and nothing recurses, so a 50,000-row export or absurdly nested markup costs only its rows).
 */
import { Parser } from 'htmlparser2';
import type { CellArea, RawCell, RawTable } from '../core/types';

/** Attributes as htmlparser2 hands them over (names lower-cased, bare attributes as ''). */
type Attributes = Record<string, string>;

/** HTML caps (the table model's own limits): a bigger span is a broken file, not a wider sheet. */
const MAX_COLSPAN = 1000;
const MAX_ROWSPAN = 65534;

/**
 * Marks a line break implied by a block element (`<p>`, `<div>`, an inner table's row). Unlike a
 * `<br>`, several of them in a row, or one beside a `<br>`, make a single break. A private-use
 * character, removed from the source text first, so it cannot collide with data.
 */
const SOFT_BREAK = '\uE000';

/** Elements whose edges break a line inside a cell, as a browser (or Excel) would show them. */
const BLOCK_TAGS = new Set([
  'p', 'div', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'blockquote', 'pre', 'hr', 'table', 'tr', 'caption', 'section', 'article', 'header', 'footer',
]);

/** Elements whose text is not cell content. */
const HIDDEN_TAGS = new Set(['script', 'style', 'template']);

/** One `<td>`/`<th>` as read, before the grid is laid out. `rowSpan` 0 means "to the last row". */
interface HtmlCell {
  value: RawCell;
  colSpan: number;
  rowSpan: number;
}

/** Text gathered piecewise (the tokenizer may split a text run) and normalised once at the end. */
type TextParts = string[];

interface OpenCell {
  attribs: Attributes;
  text: TextParts;
}

interface OpenTable {
  rows: HtmlCell[][];
  /** The row cells are added to; null between `</tr>` and the next `<tr>`. */
  row: HtmlCell[] | null;
  cell: OpenCell | null;
  caption: TextParts | null;
  captionText: string;
}

interface FinishedTable {
  rows: HtmlCell[][];
  caption: string;
}

/** Collects `<x:Name>` of each `<x:ExcelWorksheet>`, whether in markup or in a conditional comment. */
interface WorksheetNames {
  names: string[];
  /** Depth of open `x:excelworksheet` elements. */
  depth: number;
  /** The name being read, or null when not inside the worksheet's first `x:name`. */
  current: TextParts | null;
  /** The current worksheet already has its name (later `x:name`s belong to other options). */
  named: boolean;
}

/**
 * Every top-level `<table>` of an HTML page, in document order, as RawTables (row 1 = the table's
 * first `<tr>`, wherever it sits: `<thead>`, `<tbody>` and `<tfoot>` rows all count, in document
 * order, and an empty `<tr>` stays an empty row, so messages name the row Excel would show).
 *
 * Cells are text (the core parses dates such as "15/06/2026 08:30:00" and numbers such as
 * "1.234"), except Excel's own typed cells: `x:num` gives a number and `x:bool` a boolean. An empty
 * cell is null. A `colspan`/`rowspan` puts the value in the top-left cell, leaves the rest null and
 * lists the area in `merges`: the core fills merges by one rule for every reader.
 *
 * A nested table's text belongs to its outer cell and is not a table of its own. A page without
 * tables (or not HTML at all) gives [].
 */
export function readHtmlSheets(html: string, fileName: string): RawTable[] {
  const finished: FinishedTable[] = [];
  const worksheets = newWorksheetNames();
  let table: OpenTable | null = null;
  let tableDepth = 0;
  let hiddenDepth = 0;
  let title: TextParts | null = null;
  let titleText = '';

  const finishCell = (open: OpenTable): void => {
    if (!open.cell) return;
    if (!open.row) {
      open.row = [];
      open.rows.push(open.row);
    }
    open.row.push(htmlCell(open.cell));
    open.cell = null;
  };

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (HIDDEN_TAGS.has(name)) hiddenDepth++;
        if (name === 'table') {
          tableDepth++;
          if (tableDepth === 1) {
            table = { rows: [], row: null, cell: null, caption: null, captionText: '' };
            return;
          }
        }
        if (!table) {
          if (name === 'title' && title === null && titleText === '') title = [];
          openWorksheetTag(worksheets, name);
          return;
        }
        const cellText = table.cell?.text ?? table.caption;
        if (tableDepth === 1) {
          if (name === 'tr') {
            finishCell(table);
            table.row = [];
            table.rows.push(table.row);
            return;
          }
          if (name === 'td' || name === 'th') {
            finishCell(table);
            table.cell = { attribs, text: [] };
            return;
          }
          if (name === 'caption' && !table.cell && table.caption === null && table.captionText === '') {
            table.caption = [];
            return;
          }
        } else if (cellText && (name === 'td' || name === 'th')) {
          cellText.push(' ');
          return;
        }
        if (!cellText) return;
        if (name === 'br') cellText.push('\n');
        else if (BLOCK_TAGS.has(name)) cellText.push(SOFT_BREAK);
      },

      ontext(data) {
        if (hiddenDepth > 0) return;
        const target = table ? (table.cell?.text ?? table.caption) : (title ?? worksheets.current);
        if (target) target.push(sourceText(data));
      },

      onclosetag(name) {
        if (HIDDEN_TAGS.has(name) && hiddenDepth > 0) hiddenDepth--;
        if (!table) {
          if (name === 'title' && title) {
            titleText = finishText(title);
            title = null;
          }
          closeWorksheetTag(worksheets, name);
          return;
        }
        if (name === 'table') {
          tableDepth--;
          if (tableDepth === 0) {
            finishCell(table);
            if (table.caption) table.captionText = finishText(table.caption);
            finished.push({ rows: table.rows, caption: table.captionText });
            table = null;
            return;
          }
        }
        if (tableDepth === 1) {
          if (name === 'td' || name === 'th') {
            finishCell(table);
            return;
          }
          if (name === 'tr') {
            finishCell(table);
            table.row = null;
            return;
          }
          if (name === 'caption' && table.caption) {
            table.captionText = finishText(table.caption);
            table.caption = null;
            return;
          }
        }
        const cellText = table.cell?.text ?? table.caption;
        if (cellText && BLOCK_TAGS.has(name)) cellText.push(SOFT_BREAK);
      },

      oncomment(data) {
        // Excel's options sit in `<!--[if gte mso 9]><xml>…</xml><![endif]-->`: read inside it.
        if (!table && /x:excelworksheet/i.test(data)) readWorksheetNames(worksheets, data);
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);

  const names = sheetNames(finished, worksheets.names, titleText);
  return finished.map((t, i) => {
    const { rows, merges } = layOut(t.rows);
    return { sheet: names[i], firstRow: 1, firstColumn: 1, rows, merges, file: fileName };
  });
}

/**
 * The text of an HTML file's bytes. A BOM (UTF-8, UTF-16 LE/BE) decides; else a charset declared
 * in the first 4 KB (`<meta charset=…>`, or `content="text/html; charset=…"`, which Office pages
 * use); else UTF-8. Unknown labels fall back to UTF-8 and bad bytes become U+FFFD: never throws.
 */
export function decodeHtmlBytes(bytes: Uint8Array): string {
  const bom = bomEncoding(bytes);
  if (bom) return decode(bytes, bom);
  return decode(bytes, declaredCharset(bytes) ?? 'utf-8');
}

/** The encoding a byte-order mark names, or null. */
function bomEncoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/**
 * The charset a `<meta>` in the first 4 KB declares. The bytes are read as Latin-1 for the search:
 * every ASCII-compatible encoding spells the declaration in ASCII. A page that reached us without a
 * BOM cannot be UTF-16, so a UTF-16 label means UTF-8, as the HTML standard says.
 */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = bytes.subarray(0, 4096);
  let ascii = '';
  for (let i = 0; i < head.length; i++) ascii += String.fromCharCode(head[i]);
  const match = /<meta\b[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:+-]+)/i.exec(ascii);
  if (!match) return null;
  const label = match[1].toLowerCase();
  return label.startsWith('utf-16') ? 'utf-8' : label;
}

/** Decodes with the given label, or as UTF-8 when the platform does not know the label. */
function decode(bytes: Uint8Array, label: string): string {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label);
  } catch {
    decoder = new TextDecoder('utf-8');
  }
  // `latin1`, `iso-8859-1`, `ascii` and `windows-1252` are one encoding on the web. Node decodes it
  // as Latin-1 (nodejs/node#56542: 0x80 gives U+0080, not €), so it is decoded here, the same way
  // in Node and in the browser.
  if (decoder.encoding === 'windows-1252') return decodeWindows1252(bytes);
  return decoder.decode(bytes);
}

/** Windows-1252's characters for bytes 0x80–0x9F (WHATWG index); the other bytes are their own code point. */
const WINDOWS_1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

function decodeWindows1252(bytes: Uint8Array): string {
  const chunks: string[] = [];
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const codes = Array.from(bytes.subarray(start, start + CHUNK), (b) =>
      b >= 0x80 && b <= 0x9f ? WINDOWS_1252_HIGH[b - 0x80] : b,
    );
    chunks.push(String.fromCharCode(...codes));
  }
  return chunks.join('');
}

/** Source text as it enters a cell: every whitespace run (newlines, tabs, `&nbsp;`) is one space. */
function sourceText(data: string): string {
  const clean = data.includes(SOFT_BREAK) ? data.replace(/\uE000/g, '') : data;
  // Only runs that are not already one plain space: most text then passes unchanged, uncopied.
  return clean.replace(/\s{2,}|[^\S ]/g, ' ');
}

/**
 * A cell's text as Excel would show it: `<br>` as a line break, block edges as one line break,
 * no spaces around breaks, runs of spaces as one, nothing leading or trailing.
 */
function finishText(parts: TextParts): string {
  const joined = parts.length === 1 ? parts[0] : parts.join('');
  // Most cells are one run of plain text: no break to place, spaces already single within a run.
  if (!/[\n\uE000]/.test(joined)) return (parts.length === 1 ? joined : joined.replace(/ {2,}/g, ' ')).trim();
  return joined
    .replace(/ *\n */g, '\n')
    .replace(/[ \uE000]*\uE000[ \uE000]*/g, SOFT_BREAK)
    .replace(/\uE000*\n\uE000*/g, '\n')
    .replace(/^[ \n\uE000]+|[ \n\uE000]+$/g, '')
    .replace(/\uE000/g, '\n')
    .replace(/ {2,}/g, ' ');
}

/** A finished `<td>`: its value and spans. */
function htmlCell(open: OpenCell): HtmlCell {
  const text = finishText(open.text);
  return {
    value: cellValue(text, open.attribs),
    colSpan: span(open.attribs.colspan, 1, MAX_COLSPAN),
    rowSpan: span(open.attribs.rowspan, 0, MAX_ROWSPAN),
  };
}

/** A span attribute as HTML reads it: a leading integer, missing or invalid as 1, capped. */
function span(attribute: string | undefined, min: number, max: number): number {
  const n = attribute === undefined ? NaN : parseInt(attribute.trim(), 10);
  if (!Number.isFinite(n) || n < min) return 1;
  return Math.min(n, max);
}

/** A number as Excel writes it in `x:num="…"`: plain digits, a dot for decimals, maybe an exponent. */
const MACHINE_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
/** Digits grouped by dots ("1.234", "12.345.678"): in a Vietnamese file that is thousands, not decimals. */
const DOT_GROUPED = /^[+-]?\d{1,3}(\.\d{3})+$/;

/**
 * The value of a cell. Text, except where Excel typed the cell: `x:num` holds the number (in the
 * attribute, or, when the attribute is bare, as the content) and `x:bool` the boolean. When the
 * content of a bare `x:num` is a displayed, locale-formatted number ("1.234", "1,5"), it stays
 * text for the core, which reads Vietnamese number formats; so does anything that is not a number.
 */
function cellValue(text: string, attribs: Attributes): RawCell {
  const num = attribs['x:num'];
  if (num !== undefined) {
    const attr = num.trim();
    const raw = attr !== '' ? attr : text;
    if (MACHINE_NUMBER.test(raw) && (attr !== '' || !DOT_GROUPED.test(raw))) return Number(raw);
  }
  const bool = attribs['x:bool'];
  if (bool !== undefined) {
    const raw = (bool.trim() !== '' ? bool : text).trim().toLowerCase();
    if (raw === 'true' || raw === '1') return true;
    if (raw === 'false' || raw === '0') return false;
  }
  return text === '' ? null : text;
}

/**
 * Places the cells on a grid as HTML's table model does: each cell takes the first free column of
 * its row, after the slots that `rowspan`s from above already hold. A span reaching past the last
 * row stops there, and a `colspan` running into a slot already taken stops before it, so merges
 * never overlap (the core fills each one from its top-left cell).
 */
function layOut(source: HtmlCell[][]): { rows: RawCell[][]; merges: CellArea[] } {
  const rows: RawCell[][] = source.map(() => []);
  const taken: boolean[][] = source.map(() => []);
  const merges: CellArea[] = [];
  const place = (r: number, c: number, value: RawCell): void => {
    const row = rows[r];
    while (row.length < c) row.push(null);
    row[c] = value;
    taken[r][c] = true;
  };
  source.forEach((cells, r) => {
    let c = 0;
    for (const cell of cells) {
      while (taken[r][c]) c++;
      let width = cell.colSpan;
      for (let k = 1; k < width; k++) {
        if (taken[r][c + k]) {
          width = k;
          break;
        }
      }
      const height = cell.rowSpan === 0 ? source.length - r : Math.min(cell.rowSpan, source.length - r);
      for (let i = 0; i < height; i++) {
        for (let j = 0; j < width; j++) place(r + i, c + j, i === 0 && j === 0 ? cell.value : null);
      }
      if (width > 1 || height > 1) merges.push({ top: r, left: c, bottom: r + height - 1, right: c + width - 1 });
      c += width;
    }
  });
  return { rows, merges };
}

/**
 * A name per table, unique ignoring case (sheet names are): the Excel worksheet name declared for
 * it (the n-th `<x:Name>` for the n-th table), else its `<caption>`, else the page `<title>`, else
 * `Bảng n`. A repeated name gets " (2)", " (3)"…
 */
function sheetNames(tables: FinishedTable[], worksheetNames: string[], title: string): string[] {
  const used = new Set<string>();
  return tables.map((t, i) => {
    const base = worksheetNames[i] || t.caption.replace(/\n/g, ' ') || title.replace(/\n/g, ' ') || `Bảng ${i + 1}`;
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base} (${n})`;
    used.add(name.toLowerCase());
    return name;
  });
}

function newWorksheetNames(): WorksheetNames {
  return { names: [], depth: 0, current: null, named: false };
}

function openWorksheetTag(state: WorksheetNames, name: string): void {
  if (name === 'x:excelworksheet') {
    state.depth++;
    if (state.depth === 1) state.named = false;
  } else if (name === 'x:name' && state.depth === 1 && !state.named && !state.current) {
    state.current = [];
  }
}

function closeWorksheetTag(state: WorksheetNames, name: string): void {
  if (name === 'x:name' && state.current) {
    state.names.push(finishText(state.current).replace(/\n/g, ' '));
    state.current = null;
    state.named = true;
  } else if (name === 'x:excelworksheet' && state.depth > 0) {
    state.depth--;
    if (state.depth === 0 && !state.named) state.names.push('');
  }
}

/** Reads the worksheet names in a comment's markup, with the same rules as in the page itself. */
function readWorksheetNames(state: WorksheetNames, markup: string): void {
  const parser = new Parser(
    {
      onopentag: (name) => openWorksheetTag(state, name),
      ontext: (data) => {
        if (state.current) state.current.push(sourceText(data));
      },
      onclosetag: (name) => closeWorksheetTag(state, name),
    },
    { decodeEntities: true },
  );
  parser.end(markup);
}

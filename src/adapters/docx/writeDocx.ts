/**
 * The Word writer: a `DocumentModel` (templates/document.ts) as a .docx laid out as Nghị định
 * 30/2020/NĐ-CP asks of an administrative document: A4, the model's margins, Times New Roman,
 * the header block in two borderless columns with short rules under the agency and the motto,
 * justified body paragraphs with a first-line indent, bordered tables whose header rows repeat on
 * every page, the closing block side by side on one page with the paragraph before it, and page
 * numbers centred at the top from page 2.
 *
 * It knows layout only, never a report's rules: what to say and in which order is the model's.
 * Text is always literal text (the library escapes it for XML); characters XML 1.0 forbids are
 * dropped and a `\n` is a line break within its paragraph.
 *
 * Runs in Node (the CLI) and in the browser (webpack 5): it imports nothing but `docx`, which is
 * self-contained, and reaches for `Buffer` only when the platform has it.
 */

import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  HighlightColor,
  LineRuleType,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Tab,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import type { IBorderOptions, IParagraphOptions, IRunOptions, ISectionOptions } from 'docx';
import type {
  ClosingBlock,
  DocumentBlock,
  DocumentModel,
  FormHeadBlock,
  LetterheadBlock,
  LineBlock,
  ParagraphBlock,
  SignatureBlock,
  TableBlock,
  TextStyle,
  TitleBlock,
} from '../../templates/document';
import type { HorizontalAlign } from '../../templates/sheetModel';

/** A4 in twips (twentieths of a point), portrait. */
export const A4_TWIPS = { width: 11906, height: 16838 } as const;
/** Twips in a millimetre. */
export const TWIPS_PER_MM = 56.6929;
/** Header and footer distance from the page edge: 10 mm. */
const HEADER_DISTANCE = Math.round(10 * TWIPS_PER_MM);
/** A first-line indent of 1 cm. */
export const FIRST_LINE_INDENT = 567;

/** Sizes the decree sets for the header block and the closing block, in points. */
const PT = {
  agency: 13,
  numberLine: 13,
  nationalName: 12,
  motto: 13,
  placeDate: 14,
  pageNumber: 13,
  recipientsHeading: 12,
  recipients: 11,
  signer: 14,
  formHead: 13,
} as const;

/** Empty lines between the signer's title and name: room for the signature and seal. */
const SIGNATURE_LINES = 4;

const LANGUAGE = { value: 'vi-VN' } as const;
const RULE: IBorderOptions = { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 };
const GRID: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const NO_BORDER: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'auto' };
const NO_BORDERS = {
  top: NO_BORDER,
  bottom: NO_BORDER,
  left: NO_BORDER,
  right: NO_BORDER,
  insideHorizontal: NO_BORDER,
  insideVertical: NO_BORDER,
};
const GRID_BORDERS = { top: GRID, bottom: GRID, left: GRID, right: GRID, insideHorizontal: GRID, insideVertical: GRID };

const ALIGN: Record<HorizontalAlign, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
};

const twips = (points: number): number => Math.round(points * 20);
const halfPoints = (points: number): number => Math.round(points * 2);
const mmToTwips = (mm: number): number => Math.round(mm * TWIPS_PER_MM);

// ---------------------------------------------------------------------------------------------
// Text

/**
 * Characters XML 1.0 does not allow: C0 controls but tab, line feed and carriage return, the
 * non-characters U+FFFE and U+FFFF, and unpaired surrogates.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text with what XML 1.0 forbids removed and line ends made `\n`. */
export function cleanText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(XML_FORBIDDEN, '');
}

type RunLook = Omit<IRunOptions, 'children' | 'text' | 'break'>;

/** Runs for `text`: one per line (each after the first starts with a break), tabs as tab stops. */
function runs(text: string, look: RunLook = {}): TextRun[] {
  return cleanText(text)
    .split('\n')
    .map((line, i) => {
      const parts = line.split('\t');
      const children: (string | Tab)[] = [];
      parts.forEach((part, j) => {
        if (j > 0) children.push(new Tab());
        if (part !== '') children.push(part);
      });
      return new TextRun({ ...look, ...(i > 0 ? { break: 1 } : {}), children });
    });
}

/** The run properties of a `TextStyle`, `size` defaulting to `fallbackSize` (points) when given. */
function runLook(style: TextStyle, fallbackSize?: number): RunLook {
  const size = style.size ?? fallbackSize;
  return {
    ...(style.bold ? { bold: true } : {}),
    ...(style.italic ? { italics: true } : {}),
    ...(style.underline ? { underline: {} } : {}),
    ...(size !== undefined ? { size: halfPoints(size) } : {}),
    ...(style.color ? { color: style.color } : {}),
    ...(style.placeholder ? PLACEHOLDER_LOOK : {}),
  };
}

/** Text the user still has to replace: highlighted yellow so it cannot be missed. */
const PLACEHOLDER_LOOK: RunLook = { highlight: HighlightColor.YELLOW };

/**
 * A rough width of `text` in twips, Times New Roman at `size` points: enough to size a short rule
 * to a line of text, never to lay text out.
 */
function estimatedWidth(text: string, size: number, bold: boolean): number {
  let ems = 0;
  for (const ch of text) {
    if (ch === ' ') ems += 0.25;
    else if (ch !== ch.toLowerCase()) ems += 0.7;
    else ems += 0.48;
  }
  return twips(ems * size * (bold ? 1.05 : 1));
}

// ---------------------------------------------------------------------------------------------
// The plan: blocks as paragraphs and tables of plain options, in sections, so a block can still
// change what came before it (the closing block keeps the paragraph before it on its page) before
// anything is built.

type ParagraphSpec = IParagraphOptions;

interface CellSpec {
  paragraphs: ParagraphSpec[];
  /** Twips. */
  width: number;
  columnSpan?: number;
  rowSpan?: number;
  verticalAlign: (typeof VerticalAlignTable)[keyof typeof VerticalAlignTable];
}

interface RowSpec {
  cells: CellSpec[];
  header?: boolean;
  cantSplit?: boolean;
  keepNext?: boolean;
}

interface TableSpec {
  /** Twips, summing to the table's width. */
  columnWidths: number[];
  rows: RowSpec[];
  borders: 'none' | 'grid';
  /** Cell margins, twips. */
  cellMargins: { top: number; bottom: number; left: number; right: number };
}

type Item =
  | { kind: 'paragraph'; spec: ParagraphSpec; filler?: boolean }
  | { kind: 'table'; spec: TableSpec };

interface SectionPlan {
  landscape: boolean;
  items: Item[];
}

/** Page geometry of a section. */
interface Page {
  landscape: boolean;
  /** Text width between the margins, twips. */
  textWidth: number;
}

/** A paragraph of no content, `points` high (space, a rule's line, what holds a section's end). */
function emptyParagraph(points: number, extra: ParagraphSpec = {}): ParagraphSpec {
  const height = Math.max(1, points);
  return {
    ...extra,
    spacing: { before: 0, after: 0, line: twips(height), lineRule: LineRuleType.EXACT },
    run: { size: halfPoints(Math.min(height, 12)) },
    children: [],
  };
}

/** A short rule, centred in a box `boxWidth` wide: an empty paragraph's bottom border, `ruleWidth` long. */
function rule(boxWidth: number, ruleWidth: number, spaceAfter = 0): ParagraphSpec {
  const side = Math.max(0, Math.round((boxWidth - Math.min(ruleWidth, boxWidth)) / 2));
  return {
    ...emptyParagraph(2),
    border: { bottom: RULE },
    indent: { left: side, right: side },
    ...(spaceAfter > 0 ? { spacing: { before: 0, after: twips(spaceAfter), line: twips(2), lineRule: LineRuleType.EXACT } } : {}),
  };
}

/** A centred paragraph of `text`. */
function centred(text: string, look: RunLook, spacing: { before?: number; after?: number } = {}): ParagraphSpec {
  // An empty line is as high as its paragraph mark: the mark gets the text's look.
  return { alignment: AlignmentType.CENTER, spacing: { before: 0, after: 0, ...spacing }, run: look, children: text === '' ? [] : runs(text, look) };
}

/** Column widths in twips: `relative` scaled to `total`, the rounding left in the last column. */
export function scaleWidths(relative: readonly number[], total: number): number[] {
  const safe = relative.map((w) => (Number.isFinite(w) && w > 0 ? w : 0));
  const sum = safe.reduce((a, b) => a + b, 0);
  const widths = sum > 0 ? safe.map((w) => Math.round((w / sum) * total)) : safe.map(() => Math.round(total / Math.max(1, safe.length)));
  if (widths.length > 0) widths[widths.length - 1] += total - widths.reduce((a, b) => a + b, 0);
  return widths;
}

const LAYOUT_MARGINS = { top: 0, bottom: 0, left: 57, right: 57 };

/** A borderless table of one column layout, for the header and closing blocks. */
function layoutTable(columnWidths: number[], rows: RowSpec[]): TableSpec {
  return { columnWidths, rows, borders: 'none', cellMargins: LAYOUT_MARGINS };
}

function cell(width: number, paragraphs: ParagraphSpec[], verticalAlign = VerticalAlignTable.TOP): CellSpec {
  return { width, paragraphs: paragraphs.length > 0 ? paragraphs : [emptyParagraph(1)], verticalAlign };
}

function letterhead(block: LetterheadBlock, page: Page): Item[] {
  const [left, right] = scaleWidths([40, 60], page.textWidth);
  const inner = (width: number) => width - LAYOUT_MARGINS.left - LAYOUT_MARGINS.right;
  const agencies = block.agencyLines.map((text, i) =>
    centred(text, { size: halfPoints(PT.agency), ...(i === block.agencyLines.length - 1 ? { bold: true } : {}) }),
  );
  const agencyRule = rule(inner(left), inner(left) / 3);
  const nationalName = centred(block.nationalName, { bold: true, size: halfPoints(PT.nationalName) });
  const motto = centred(block.motto, { bold: true, size: halfPoints(PT.motto) });
  const mottoRule = rule(inner(right), estimatedWidth(block.motto, PT.motto, true));
  const numberLine = centred(block.numberLine, { size: halfPoints(PT.numberLine) }, { before: twips(6) });
  const placeDate = centred(block.placeDate, { italics: true, size: halfPoints(PT.placeDate) }, { before: twips(6) });
  return [
    {
      kind: 'table',
      spec: layoutTable(
        [left, right],
        [
          { cells: [cell(left, [...agencies, agencyRule]), cell(right, [nationalName, motto, mottoRule])], cantSplit: true, keepNext: true },
          { cells: [cell(left, [numberLine]), cell(right, [placeDate])], cantSplit: true },
        ],
      ),
    },
  ];
}

function formHead(block: FormHeadBlock, page: Page): Item[] {
  const [left, right] = scaleWidths([45, 55], page.textWidth);
  const agencies = block.agencyLines.map((text, i) =>
    centred(text, { size: halfPoints(PT.formHead), ...(i === block.agencyLines.length - 1 ? { bold: true, underline: {} } : {}) }),
  );
  const code = block.codeLine.trim() === '' ? [] : [centred(block.codeLine, { bold: true, size: halfPoints(PT.formHead) })];
  return [{ kind: 'table', spec: layoutTable([left, right], [{ cells: [cell(left, agencies), cell(right, code)], cantSplit: true }]) }];
}

function title(block: TitleBlock, page: Page, fontSize: number): Item[] {
  const subjectWidth = Math.max(...cleanText(block.subject).split('\n').map((line) => estimatedWidth(line, fontSize, true)));
  const ruleWidth = Math.min(page.textWidth / 3, Math.max(page.textWidth / 6, subjectWidth / 2));
  return [
    { kind: 'paragraph', spec: { ...centred(block.documentKind, { bold: true }, { before: twips(12) }), keepNext: true } },
    { kind: 'paragraph', spec: { ...centred(block.subject, { bold: true }), keepNext: true } },
    { kind: 'paragraph', spec: rule(page.textWidth, ruleWidth, 6) },
  ];
}

/** Body paragraph spacing: 6 pt after, lines at 1.1. */
const BODY_SPACING = { before: 0, after: twips(6), line: 264, lineRule: LineRuleType.AUTO };

function paragraph(block: ParagraphBlock): ParagraphSpec {
  switch (block.role) {
    case 'part':
      return { alignment: AlignmentType.JUSTIFIED, keepNext: true, spacing: { ...BODY_SPACING, before: twips(6) }, children: runs(block.text, { bold: true }) };
    case 'section':
      return {
        alignment: AlignmentType.JUSTIFIED,
        keepNext: true,
        indent: { firstLine: FIRST_LINE_INDENT },
        spacing: BODY_SPACING,
        children: runs(block.text, { bold: true }),
      };
    case 'placeholder':
      return {
        alignment: AlignmentType.JUSTIFIED,
        indent: { firstLine: FIRST_LINE_INDENT },
        spacing: BODY_SPACING,
        children: runs(block.text, { italics: true, color: 'C00000', ...PLACEHOLDER_LOOK }),
      };
    default:
      return { alignment: AlignmentType.JUSTIFIED, indent: { firstLine: FIRST_LINE_INDENT }, spacing: BODY_SPACING, children: runs(block.text) };
  }
}

function line(block: LineBlock): ParagraphSpec {
  return { alignment: ALIGN[block.align] ?? AlignmentType.LEFT, spacing: { before: 0, after: twips(3) }, children: runs(block.text, runLook(block.style)) };
}

function cellText(value: string | number | null): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'number' ? String(value) : value;
}

/** A bordered table, its columns scaled to the text width, its header rows repeated on each page. */
function table(block: TableBlock, page: Page): Item[] {
  const columns = block.columnWidths.length > 0 ? block.columnWidths : [1];
  const widths = scaleWidths(columns, page.textWidth);
  const count = widths.length;
  const headerRows = Math.max(0, Math.min(block.headerRows, block.rows.length));
  /** Rows still covered in each column by a cell spanning down from above. */
  const coveredFor = new Array<number>(count).fill(0);
  const rows: RowSpec[] = block.rows.map((row, r) => {
    const covered = coveredFor.map((left) => left > 0);
    for (let c = 0; c < count; c++) if (coveredFor[c] > 0) coveredFor[c] -= 1;
    const cells: CellSpec[] = [];
    let column = 0;
    const nextFree = () => {
      while (column < count && covered[column]) column += 1;
    };
    for (const model of row.cells) {
      nextFree();
      if (column >= count) break;
      let span = Math.max(1, Math.floor(model.colSpan) || 1);
      // A span never crosses the table's edge or a cell spanning down from above.
      let end = column;
      while (end < count && end - column < span && !covered[end]) end += 1;
      span = end - column;
      const rowSpan = Math.max(1, Math.min(Math.floor(model.rowSpan) || 1, block.rows.length - r));
      if (rowSpan > 1) for (let c = column; c < column + span; c++) coveredFor[c] = Math.max(coveredFor[c], rowSpan - 1);
      const width = widths.slice(column, column + span).reduce((a, b) => a + b, 0);
      const look = runLook(model.style, block.fontSize);
      cells.push({
        width,
        ...(span > 1 ? { columnSpan: span } : {}),
        ...(rowSpan > 1 ? { rowSpan } : {}),
        verticalAlign: VerticalAlignTable.CENTER,
        paragraphs: [
          {
            alignment: ALIGN[model.align] ?? AlignmentType.LEFT,
            spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO },
            run: { size: look.size },
            children: runs(cellText(model.value), look),
          },
        ],
      });
      column += span;
    }
    // Columns the row leaves empty get empty cells, so no row is ragged.
    for (; column < count; column++) {
      if (covered[column]) continue;
      cells.push({
        width: widths[column],
        verticalAlign: VerticalAlignTable.CENTER,
        paragraphs: [{ spacing: { before: 0, after: 0 }, run: { size: halfPoints(block.fontSize) }, children: [] }],
      });
    }
    return {
      cells,
      cantSplit: true,
      ...(r < headerRows ? { header: true } : {}),
      ...(row.keepWithNext || r < headerRows ? { keepNext: true } : {}),
    };
  });
  return [{ kind: 'table', spec: { columnWidths: widths, rows, borders: 'grid', cellMargins: { top: 20, bottom: 20, left: 85, right: 85 } } }];
}

function signature(block: SignatureBlock, page: Page): Item[] {
  // The right 45% of the line, wider (up to 70%) when the place and date would not fit on one line.
  const longest = Math.max(
    estimatedWidth(cleanText(block.placeDate), block.fontSize, false),
    ...[...block.titles, block.name].map((text) => estimatedWidth(cleanText(text), block.fontSize, true)),
  );
  const needed = longest + LAYOUT_MARGINS.left + LAYOUT_MARGINS.right + twips(10);
  const share = Math.min(0.7, Math.max(0.45, needed / page.textWidth));
  const [left, right] = scaleWidths([1 - share, share], page.textWidth);
  const size = halfPoints(block.fontSize);
  const paragraphs: ParagraphSpec[] = [
    centred(block.placeDate, { italics: true, size }, { before: twips(6) }),
    ...block.titles.map((t) => centred(t, { bold: true, size })),
    ...Array.from({ length: SIGNATURE_LINES }, () => centred('', { size })),
    centred(block.name, { bold: true, size }),
  ];
  return [{ kind: 'table', spec: layoutTable([left, right], [{ cells: [cell(left, []), cell(right, paragraphs)], cantSplit: true }]) }];
}

function closing(block: ClosingBlock, page: Page): Item[] {
  const [left, right] = scaleWidths([40, 60], page.textWidth);
  const list = (text: string, look: RunLook): ParagraphSpec => ({ alignment: AlignmentType.LEFT, spacing: { before: 0, after: 0 }, children: runs(text, look) });
  const recipients = [
    { ...list('Nơi nhận:', { bold: true, italics: true, size: halfPoints(PT.recipientsHeading) }), spacing: { before: twips(6), after: 0 } },
    ...block.recipients.map((r) => list(r.trimStart().startsWith('-') ? r : `- ${r}`, { size: halfPoints(PT.recipients) })),
  ];
  const size = halfPoints(PT.signer);
  const signer: ParagraphSpec[] = [
    ...block.titles.map((t, i) => centred(t, { bold: true, size }, i === 0 ? { before: twips(6) } : {})),
    ...Array.from({ length: SIGNATURE_LINES }, () => centred('', { size })),
    centred(block.name, { bold: true, size }),
  ];
  return [{ kind: 'table', spec: layoutTable([left, right], [{ cells: [cell(left, recipients), cell(right, signer)], cantSplit: true }]) }];
}

/**
 * Keeps what comes before a block on that block's page: the last paragraph (or the last table
 * row) of `items`, and the space between.
 */
function keepLastWithNext(items: Item[]): void {
  for (let i = items.length - 1; i >= 0; i--) {
    const item = items[i];
    if (item.kind === 'paragraph') {
      item.spec = { ...item.spec, keepNext: true };
      if (!item.filler) return;
    } else {
      const last = item.spec.rows[item.spec.rows.length - 1];
      if (last) last.keepNext = true;
      return;
    }
  }
}

/**
 * Where a portrait document turns landscape: at its first landscape table, or at the headings
 * right above it (a heading never ends a page). From there on every page is landscape: the
 * paragraphs between two tables and the closing block print under the table, so no page is
 * left half empty by a change of orientation and the signature is not alone on a page.
 */
function landscapeFrom(doc: DocumentModel): number {
  if (doc.orientation === 'landscape') return 0;
  let start = doc.blocks.findIndex((b) => b.kind === 'table' && b.landscape);
  if (start < 0) return doc.blocks.length;
  const heading = (b: DocumentBlock) => (b.kind === 'paragraph' && (b.role === 'part' || b.role === 'section')) || b.kind === 'space';
  while (start > 0 && heading(doc.blocks[start - 1])) start -= 1;
  return start;
}

/** The blocks in sections: a portrait document with a landscape table goes on landscape pages from that table on. */
function plan(doc: DocumentModel): SectionPlan[] {
  const turn = landscapeFrom(doc);
  const pageWidth = (landscape: boolean) => (landscape ? A4_TWIPS.height : A4_TWIPS.width);
  const textWidth = (landscape: boolean) => pageWidth(landscape) - mmToTwips(doc.margins.left) - mmToTwips(doc.margins.right);
  const sections: SectionPlan[] = [];
  let current: SectionPlan | undefined;
  const sectionFor = (landscape: boolean): SectionPlan => {
    if (!current || current.landscape !== landscape) {
      current = { landscape, items: [] };
      sections.push(current);
    }
    return current;
  };

  doc.blocks.forEach((block, index) => {
    const landscape = index >= turn;
    const section = sectionFor(landscape);
    const page: Page = { landscape, textWidth: textWidth(landscape) };
    const items = section.items;
    switch (block.kind) {
      case 'letterhead':
        items.push(...letterhead(block, page));
        break;
      case 'formHead':
        items.push(...formHead(block, page));
        break;
      case 'title':
        items.push(...title(block, page, doc.fontSize));
        break;
      case 'recipient':
        items.push({ kind: 'paragraph', spec: centred(block.text, {}, { before: twips(6), after: twips(10) }) });
        break;
      case 'line':
        items.push({ kind: 'paragraph', spec: line(block) });
        break;
      case 'paragraph':
        items.push({ kind: 'paragraph', spec: paragraph(block) });
        break;
      case 'table':
        items.push(...table(block, page));
        break;
      case 'signature':
        keepLastWithNext(items);
        items.push(...signature(block, page));
        break;
      case 'closing':
        keepLastWithNext(items);
        items.push(...closing(block, page));
        break;
      case 'space':
        if (block.points > 0) items.push({ kind: 'paragraph', spec: emptyParagraph(block.points), filler: true });
        break;
    }
  });
  return sections.filter((s) => s.items.length > 0);
}

// ---------------------------------------------------------------------------------------------
// Building

function buildTable(spec: TableSpec): Table {
  const width = spec.columnWidths.reduce((a, b) => a + b, 0);
  const borders = spec.borders === 'grid' ? GRID_BORDERS : NO_BORDERS;
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: spec.columnWidths,
    layout: TableLayoutType.FIXED,
    borders,
    margins: { ...spec.cellMargins, marginUnitType: WidthType.DXA },
    rows: spec.rows.map(
      (row) =>
        new TableRow({
          ...(row.cantSplit ? { cantSplit: true } : {}),
          ...(row.header ? { tableHeader: true } : {}),
          ...(row.keepNext ? { keepNext: true } : {}),
          children: row.cells.map(
            (c) =>
              new TableCell({
                width: { size: c.width, type: WidthType.DXA },
                verticalAlign: c.verticalAlign,
                ...(c.columnSpan ? { columnSpan: c.columnSpan } : {}),
                ...(c.rowSpan ? { rowSpan: c.rowSpan } : {}),
                ...(spec.borders === 'none' ? { borders: { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER } } : {}),
                children: c.paragraphs.map((p) => new Paragraph(p)),
              }),
          ),
        }),
    ),
  });
}

function pageNumberHeader(): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], size: halfPoints(PT.pageNumber) })],
      }),
    ],
  });
}

/** The section's children, each table followed by a paragraph (two tables in a row would merge; a section ends with a paragraph). */
function children(items: Item[]): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  items.forEach((item, i) => {
    if (item.kind === 'paragraph') {
      out.push(new Paragraph(item.spec));
      return;
    }
    out.push(buildTable(item.spec));
    const next = items[i + 1];
    if (!next || next.kind === 'table') {
      const keep = item.spec.rows[item.spec.rows.length - 1]?.keepNext === true;
      out.push(new Paragraph(emptyParagraph(1, keep && next ? { keepNext: true } : {})));
    }
  });
  return out;
}

/** The docx library's Document of `doc`. */
export function documentToDocx(doc: DocumentModel): Document {
  const margin = {
    top: mmToTwips(doc.margins.top),
    bottom: mmToTwips(doc.margins.bottom),
    left: mmToTwips(doc.margins.left),
    right: mmToTwips(doc.margins.right),
    header: HEADER_DISTANCE,
    footer: HEADER_DISTANCE,
  };
  const planned = plan(doc);
  if (planned.length === 0) planned.push({ landscape: doc.orientation === 'landscape', items: [] });
  const sections: ISectionOptions[] = planned.map((section, i) => ({
    properties: {
      page: {
        // The library swaps width and height for a landscape page.
        size: { width: A4_TWIPS.width, height: A4_TWIPS.height, orientation: section.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
        margin,
      },
      ...(i === 0 ? { titlePage: true } : {}),
    },
    headers: i === 0 ? { default: pageNumberHeader(), first: new Header({ children: [new Paragraph({})] }) } : { default: pageNumberHeader() },
    children: section.items.length > 0 ? children(section.items) : [new Paragraph({})],
  }));
  return new Document({
    styles: {
      default: {
        document: {
          run: { font: doc.fontName, size: halfPoints(doc.fontSize), language: LANGUAGE },
          paragraph: { spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } },
        },
      },
    },
    sections,
  });
}

/** The .docx file of `doc`: `Packer.toBuffer` where Node's Buffer exists, else an ArrayBuffer (the browser). */
export async function docxBytes(doc: DocumentModel): Promise<Uint8Array> {
  const file = documentToDocx(doc);
  if (typeof Buffer !== 'undefined') {
    const buffer = await Packer.toBuffer(file);
    return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  }
  return new Uint8Array(await Packer.toArrayBuffer(file));
}

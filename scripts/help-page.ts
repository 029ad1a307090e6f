/**
 * The staff guide, `src/taskpane/help.html`: the manifest's support page (SupportUrl, and the
 * "learn more" link of the first-run callout), built from the tables the code itself reads, so
 * it cannot drift from them:
 *
 * - input tables, their columns, labels and other names, required or not: `core/schema.ts`;
 * - accepted words (status, channel, yes/no): `core/vocabulary.ts`; the cells' choice lists:
 *   `taskpane/services/inputTemplates.ts` (`CHOICES`);
 * - files refused and what to do: the readers' own messages, `readers/errors.ts`;
 * - periods: the cut-off and calendar dates from `core/periods.ts`; the spellings are
 *   `PERIOD_SPELLINGS` below (in code elsewhere they are only prose: the CLI's help and the
 *   README), each checked against `periodFromLabel` when the page is built;
 * - the reports: `templates/index.ts` (`reports`: titles in both languages, `NoiDung` sections,
 *   `SoLieu` figures), `core/reportNames.ts` (names, CLI slugs, other names), `core/figureKeys.ts`
 *   (figure labels), and the tables of the templates (form 06's columns, the II.07b groups, the
 *   overdue list's columns, the QĐ 766 groups);
 * - data problems: every message id with its text (`core/messages.ts`) and how to fix it
 *   (`taskpane/services/issueHelp.ts`);
 * - button and tab names: the task pane's own strings (`taskpane/strings.ts`).
 *
 * What only exists here (what each table and report is for, what each column holds) is keyed by
 * the code's ids, and building the page fails when a table, column, report or issue has no entry.
 *
 * `npm run help-page` writes the page; test/helpPage.test.ts fails when the committed page is not
 * `helpPage()`. The page is an html-webpack-plugin template (webpack.config.js puts the CSP in
 * its first <meta>), plain static HTML: no script (the CSP allows scripts from the add-in's own
 * host only, never inline ones), one inline <style> (allowed), no external resource. The English
 * switch is two sections and `#en` / `#vi` links; where the browser has `:has()`, CSS shows only
 * the language whose section (or a heading in it) is the link's target, else both follow each other.
 */
import { writeFileSync } from 'fs';
import path from 'path';
import { formatDay } from '../src/core/days';
import { FIGURE_KEYS, type FigureKey } from '../src/core/figureKeys';
import { UNKNOWN_FIELD } from '../src/core/inputs';
import { message, type MessageId } from '../src/core/messages';
import { labelParts, PERIOD_PARTS, periodFromLabel, periodLabel, periodOf, type PeriodPart } from '../src/core/periods';
import { REPORT_NAMES, type ReportKey } from '../src/core/reportNames';
import { AGENCY_KEYS, ALL_TABLES, INFO_SHEET, type ColumnSpec, type TableSpec } from '../src/core/schema';
import { SCORE766_GROUPS, SCORE766_MAX_POINTS } from '../src/core/score766Model';
import type { Language, Period } from '../src/core/types';
import { CHANNEL_VOCABULARY, STATUS_VOCABULARY, YES_NO_VOCABULARY, type VocabularyEntry } from '../src/core/vocabulary';
import { VIETNAMESE_NAMES } from '../src/functions/localNames';
import { binaryWorkbook, emptyFile, notAWorkbook, oldXlsOrPassword, openDocumentSpreadsheet, spreadsheetXml } from '../src/readers/errors';
import { ISSUE_HELP } from '../src/taskpane/services/issueHelp';
import { CHOICES } from '../src/taskpane/services/inputTemplates';
import { STRINGS } from '../src/taskpane/strings';
import { FORM06_COLUMNS } from '../src/templates/form06';
import { figurePlaceholder, narrativePlaceholder } from '../src/templates/frame';
import { reports, type ReportDefinition } from '../src/templates/index';
import { OVERDUE_COLUMNS } from '../src/templates/overdueList';
import { LEVEL_GROUPS, PROCEDURES_BY_LEVEL_CODE_LINE } from '../src/templates/proceduresByLevel';

/** The page in the source tree: the webpack template of dist/help.html. */
export const HELP_FILE = path.join(__dirname, '..', 'src', 'taskpane', 'help.html');

/** What html-webpack-plugin replaces with the page's Content-Security-Policy (webpack.config.js). */
export const CSP_TEMPLATE = '<%= htmlWebpackPlugin.options.csp %>';

/** The year of the page's period examples. */
export const EXAMPLE_YEAR = 2026;

export interface PeriodSpelling {
  /** The period part every form names; null for a range of days. */
  part: PeriodPart | null;
  vi: string;
  en: string;
  /** What may be typed, all naming the same period of `EXAMPLE_YEAR`; the first is the short form. */
  forms: readonly string[];
}

/**
 * How a period may be written, in the pane's period box, the CLI's `--period` and the `Kỳ báo cáo`
 * column of SoLieu and NoiDung (`periodFromLabel`, without case or diacritics). The code has this
 * list only as prose (the CLI's `PERIOD_FORMS`, the README's table), so it is kept here, and every
 * form is read back with `periodFromLabel` when the page is built.
 */
export const PERIOD_SPELLINGS: readonly PeriodSpelling[] = [
  { part: 'Q2', vi: 'Quý', en: 'Quarter', forms: ['2026-Q2', 'Quý II/2026', 'quý 2 năm 2026', 'Q2/2026', 'Quy II/2026'] },
  { part: 'H1', vi: '6 tháng đầu năm', en: 'First half', forms: ['2026-H1', '6 tháng đầu năm 2026', 'H1/2026'] },
  { part: 'H2', vi: '6 tháng cuối năm', en: 'Second half', forms: ['2026-H2', '6 tháng cuối năm 2026'] },
  { part: '9M', vi: '9 tháng', en: 'Nine months', forms: ['2026-9M', '9 tháng 2026', '9 tháng đầu năm 2026'] },
  { part: 'Y', vi: 'Năm', en: 'Year', forms: ['2026', 'năm 2026'] },
  { part: null, vi: 'Khoảng ngày', en: 'Range of days', forms: ['01/01/2026-30/06/2026', 'Từ ngày 01/01/2026 đến ngày 30/06/2026', '2026-01-01..2026-06-30'] },
];

// ---------------------------------------------------------------------------------------------
// HTML helpers

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const esc = escapeHtml;
const code = (text: string): string => `<code>${esc(text)}</code>`;
/** A key of the code (`impactAssessedProcedures`), breakable between its words in a narrow column. */
const key = (text: string): string => `<code class="key">${esc(text).replace(/([a-z0-9])(?=[A-Z])/g, '$1<wbr>')}</code>`;
const codes = (texts: readonly string[], sep = ', '): string => texts.map(code).join(sep);
const ul = (items: readonly string[], cls?: string): string => `<ul${cls ? ` class="${cls}"` : ''}>\n${items.map((i) => `<li>${i}</li>`).join('\n')}\n</ul>`;
const ol = (items: readonly string[]): string => `<ol>\n${items.map((i) => `<li>${i}</li>`).join('\n')}\n</ol>`;
/** A button or tab name of the task pane, as it shows it. */
const ui = (text: string): string => `<b class="ui">${esc(text)}</b>`;

/** One language's half of the page: its texts, ids and Vietnamese data marked as such. */
class Writer {
  private tables = 0;

  constructor(readonly lang: Language) {}

  /** The text of the writer's language (HTML, written here, not escaped). */
  t(vi: string, en: string): string {
    return this.lang === 'vi' ? vi : en;
  }

  /** An id unique on the page. */
  id(name: string): string {
    return `${this.lang}-${name}`;
  }

  /** Vietnamese data (labels, words) inside the English half: marked `lang="vi"` for screen readers. */
  vi(html: string): string {
    return this.lang === 'en' ? `<span lang="vi">${html}</span>` : html;
  }

  /** Escaped Vietnamese text. */
  viText(text: string): string {
    return this.vi(esc(text));
  }

  /** Escaped English text (the tables' English labels) inside the Vietnamese half. */
  enText(text: string): string {
    return this.lang === 'vi' ? `<span lang="en">${esc(text)}</span>` : esc(text);
  }

  /**
   * A table in a wrapper that scrolls sideways when the pane is narrower than the table (a
   * focusable region named by the caption, so the keyboard can scroll it too).
   * `rowHeaders`: the first cell of each row heads it.
   */
  table(caption: string, headers: readonly string[], rows: readonly (readonly string[])[], rowHeaders = true, cls = ''): string {
    const captionId = this.id(`table-${++this.tables}`);
    const head = headers.map((h) => `<th scope="col">${h}</th>`).join('');
    const body = rows
      .map((cells) => `<tr>${cells.map((c, i) => (i === 0 && rowHeaders ? `<th scope="row">${c}</th>` : `<td>${c}</td>`)).join('')}</tr>`)
      .join('\n');
    return (
      `<div class="scroll" role="region" tabindex="0" aria-labelledby="${captionId}">\n` +
      `<table${cls ? ` class="${cls}"` : ''}>\n<caption id="${captionId}">${caption}</caption>\n` +
      `<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>\n</div>`
    );
  }
}

// ---------------------------------------------------------------------------------------------
// What only this page says, keyed by the code's ids (a missing entry stops the build of the page)

type Texts = { vi: string; en: string };

/** What each input table is for, and whether a report needs it. */
const TABLE_ABOUT: Record<string, Texts & { required: boolean }> = {
  TTHC: {
    required: true,
    vi: 'Danh mục thủ tục hành chính của đơn vị, mỗi dòng một thủ tục.',
    en: 'The unit’s catalogue of administrative procedures, one row per procedure.',
  },
  HoSo: {
    required: true,
    vi: 'Sổ theo dõi hồ sơ (tự ghi hoặc xuất từ hệ thống một cửa), mỗi dòng một hồ sơ.',
    en: 'The dossier log (kept by hand or exported from the one-stop system), one row per dossier.',
  },
  SoLieu: {
    required: false,
    vi: 'Số liệu nhập tay mà sổ hồ sơ không có (đánh giá tác động, rà soát, phản ánh…), mỗi dòng một chỉ tiêu của một kỳ.',
    en: 'Typed-in figures the log cannot give (impact assessments, reviews, feedback…), one row per figure and period.',
  },
  NoiDung: {
    required: false,
    vi: 'Đoạn văn thuyết minh của các mục báo cáo, mỗi dòng một đoạn.',
    en: 'The narrative paragraphs of the report sections, one paragraph per row.',
  },
  NgayNghi: {
    required: false,
    vi: 'Ngày nghỉ và ngày làm bù khác với lịch đã có sẵn (dùng để tính hạn và số ngày quá hạn).',
    en: 'Days off and make-up working days that differ from the built-in calendar (used for due dates and days late).',
  },
  [INFO_SHEET]: {
    required: false,
    vi: 'Thông tin cơ quan in trên báo cáo: mỗi dòng một cặp nhãn – giá trị.',
    en: 'The agency details printed on the report: one label and value per row.',
  },
};

type ValueKind =
  | 'text' | 'unique' | 'date' | 'yesNo' | 'days' | 'whole' | 'channel' | 'status' | 'onlineLevel' | 'serviceType'
  | 'regulator' | 'level' | 'holidayKind' | 'period' | 'report' | 'section' | 'figure' | 'figureKey' | 'letter' | 'procedure';

/** What each column holds, by `table.key`. */
const COLUMN_KINDS: Record<string, ValueKind> = {
  'TTHC.code': 'unique', 'TTHC.name': 'text', 'TTHC.field': 'text', 'TTHC.regulator': 'regulator', 'TTHC.authority': 'text',
  'TTHC.onlineLevel': 'onlineLevel', 'TTHC.onProvincialPortal': 'yesNo', 'TTHC.onNationalPortal': 'yesNo', 'TTHC.boundaryFree': 'yesNo',
  'TTHC.processingDays': 'days', 'TTHC.electronicProcess': 'yesNo', 'TTHC.publicised': 'yesNo', 'TTHC.onInformationSystem': 'yesNo',
  'TTHC.digitisationProcess': 'yesNo', 'TTHC.validFrom': 'date', 'TTHC.validUntil': 'date', 'TTHC.level': 'level',
  'TTHC.eligibleFullOnline': 'yesNo', 'TTHC.paperResult': 'yesNo', 'TTHC.hasFee': 'yesNo',
  'HoSo.id': 'unique', 'HoSo.procedureCode': 'procedure', 'HoSo.procedureName': 'procedure', 'HoSo.field': 'text', 'HoSo.received': 'date',
  'HoSo.submitted': 'date', 'HoSo.due': 'date', 'HoSo.completed': 'date', 'HoSo.returned': 'date', 'HoSo.channel': 'channel',
  'HoSo.status': 'status', 'HoSo.unit': 'text', 'HoSo.dossierDigitised': 'yesNo', 'HoSo.resultDigitised': 'yesNo',
  'HoSo.electronicResult': 'yesNo', 'HoSo.reusedDigitisedData': 'yesNo', 'HoSo.usedPopulationData': 'yesNo', 'HoSo.paidOnline': 'yesNo',
  'HoSo.supplementRequests': 'whole', 'HoSo.supplementRequested': 'date', 'HoSo.supplementCompleted': 'date',
  'HoSo.onlineServiceType': 'serviceType', 'HoSo.hasFee': 'yesNo', 'HoSo.syncedToNationalPortal': 'yesNo', 'HoSo.apologyLetter': 'letter',
  'HoSo.overdueCause': 'text', 'HoSo.extendedDue': 'date',
  'SoLieu.period': 'period', 'SoLieu.label': 'figure', 'SoLieu.key': 'figureKey', 'SoLieu.value': 'whole',
  'NoiDung.period': 'period', 'NoiDung.report': 'report', 'NoiDung.section': 'section', 'NoiDung.text': 'text',
  'NgayNghi.day': 'date', 'NgayNghi.kind': 'holidayKind', 'NgayNghi.note': 'text',
};

/** The Vietnamese label of a column (what messages and new sheets use). */
function label(table: TableSpec, key: string): string {
  const column = table.columns.find((c) => c.key === key);
  if (!column) throw new Error(`scripts/help-page.ts: ${table.name} has no column "${key}"`);
  return column.labels[0];
}

const tableByName = (name: string): TableSpec => {
  const table = ALL_TABLES.find((t) => t.name === name);
  if (!table) throw new Error(`scripts/help-page.ts: no input table "${name}"`);
  return table;
};

/** What the columns whose behaviour is worth a sentence do, by `table.key`. */
function columnNote(w: Writer, table: TableSpec, key: string): string {
  const hoSo = tableByName('HoSo');
  const tthc = tableByName('TTHC');
  const l = (t: TableSpec, k: string) => w.viText(label(t, k));
  switch (`${table.name}.${key}`) {
    case 'TTHC.validFrom':
    case 'TTHC.validUntil':
      return w.t('Một kỳ đếm các thủ tục còn hiệu lực vào ngày cuối kỳ; để trống = còn hiệu lực.', 'A period counts the procedures in force on its last day; blank = in force.');
    case 'TTHC.processingDays':
      return w.t(`Dùng để tính hạn khi hồ sơ không có ${l(hoSo, 'due')}.`, `Gives the due date when a dossier has no ${l(hoSo, 'due')}.`);
    case 'TTHC.onInformationSystem':
      return w.t('Biểu II.07b đếm các thủ tục này là “theo cơ chế một cửa”.', 'Form II.07b counts these as handled by the one-stop shop.');
    case 'TTHC.electronicProcess':
      return w.t('Biểu II.07b đếm mỗi thủ tục này là một quy trình nội bộ.', 'Form II.07b counts each of these as one internal process.');
    case 'TTHC.level':
      return w.t('Từ 01/7/2025 không còn cấp huyện. Thủ tục chưa có cấp chỉ tính vào Tổng số.', 'No district level since 01/07/2025. A procedure without a level counts in the total only.');
    case 'HoSo.procedureName':
      return w.t(`Dùng khi hồ sơ không có ${l(hoSo, 'procedureCode')}.`, `Used when a dossier has no ${l(hoSo, 'procedureCode')}.`);
    case 'HoSo.procedureCode':
      return w.t(
        `Cần một trong hai cột ${l(hoSo, 'procedureCode')} hoặc ${l(hoSo, 'procedureName')}. Hồ sơ được ghép với trang ${code(tthc.name)} theo mã, không có mã thì theo tên.`,
        `One of ${l(hoSo, 'procedureCode')} or ${l(hoSo, 'procedureName')} is needed. A dossier is joined to the ${code(tthc.name)} sheet by code, else by name.`,
      );
    case 'HoSo.field':
      return w.t('Chỉ dùng cho thủ tục không có trong danh mục.', 'Used only for procedures the catalogue lacks.');
    case 'HoSo.received':
      return w.t('Ngày giờ (15/06/2026 08:30) được tính theo ngày.', 'A date and time counts as its day.');
    case 'HoSo.submitted':
      return w.t('Giữ riêng, không bao giờ dùng làm ngày tiếp nhận.', 'Kept apart, never taken as the received date.');
    case 'HoSo.due':
      return w.t(`Để trống: tính từ ${l(tthc, 'processingDays')} của thủ tục.`, `Blank: computed from the procedure’s ${l(tthc, 'processingDays')}.`);
    case 'HoSo.completed':
      return w.t('Để trống = đang giải quyết.', 'Blank = still in progress.');
    case 'HoSo.returned':
      return w.t(`Dùng làm ${l(hoSo, 'completed')} chỉ khi không có cột đó.`, `Used as ${l(hoSo, 'completed')} only when there is no such column.`);
    case 'HoSo.channel':
      return w.t(
        'Để trống = trực tiếp. Không có cột này thì số liệu trực tuyến là “không có dữ liệu”, không phải 0.',
        'Blank = in person. Without this column the online figures are unknown, not 0.',
      );
    case 'HoSo.status':
      return w.t('Để trống: theo các ngày của hồ sơ.', 'Blank: placed by the dossier’s dates.');
    default:
      return '';
  }
}

/** What a column of a kind holds. */
function valueText(w: Writer, kind: ValueKind): string {
  const words = (list: readonly string[]) => w.vi(codes(list, ' / '));
  const link = (anchor: string, vi: string, en: string) => `<a href="#${w.id(anchor)}">${w.t(vi, en)}</a>`;
  switch (kind) {
    case 'text': return w.t('văn bản', 'text');
    case 'unique': return w.t('văn bản, không trùng', 'text, unique');
    case 'date': return link('cells', 'ngày', 'date');
    case 'yesNo': return link('words-yesno', 'có/không', 'yes/no');
    case 'days': return w.t(`số ngày làm việc (${w.vi(code('15'))} hoặc ${w.vi(code('15 ngày làm việc'))})`, `working days (${w.vi(code('15'))} or ${w.vi(code('15 ngày làm việc'))})`);
    case 'whole': return w.t('số nguyên từ 0', 'whole number, 0 or more');
    case 'channel': return link('words-channel', 'kênh (xem bảng)', 'channel (see the table)');
    case 'status': return link('words-status', 'trạng thái (xem bảng)', 'status (see the table)');
    case 'onlineLevel': return `${words(CHOICES.onlineLevel)}; ${code('4')}, ${code('3')}, ${code('2')}`;
    case 'serviceType': return words(CHOICES.onlineLevel.slice(0, 2));
    case 'regulator': return words(CHOICES.regulator);
    case 'level': return words(['Cấp tỉnh', 'Cấp xã']);
    case 'holidayKind': return words(CHOICES.holidayKind);
    case 'period': return link('periods', 'kỳ báo cáo', 'period');
    case 'report': return link('table-NoiDung', 'tên báo cáo; để trống = mọi báo cáo', 'report name; blank = every report');
    case 'section': return link('reports', 'số mục của báo cáo', 'the report’s section number');
    case 'figure': return link('reports', 'tên chỉ tiêu', 'figure name');
    case 'figureKey': return link('reports', 'mã chỉ tiêu', 'figure key');
    case 'letter': return w.t('có/không, hoặc số văn bản xin lỗi', 'yes/no, or the letter’s number');
    case 'procedure': return w.t('mã hoặc tên thủ tục', 'procedure code or name');
  }
}

/** What each report contains, beyond its sections and figures. */
function reportAbout(w: Writer, id: ReportKey): string {
  const hoSo = tableByName('HoSo');
  const tthc = tableByName('TTHC');
  const l = (t: TableSpec, k: string) => w.viText(label(t, k));
  switch (id) {
    case 'quarterly':
      return w.t(
        '<p>Báo cáo định kỳ về kiểm soát TTHC, cơ chế một cửa, một cửa liên thông và thực hiện TTHC trên môi trường điện tử, cho một quý, 6 tháng, 9 tháng hoặc cả năm. Số liệu tiếp nhận, giải quyết (đúng hạn, quá hạn), trực tuyến được tính từ sổ hồ sơ; các mục thuyết minh lấy từ trang NoiDung; các số liệu sổ hồ sơ không có lấy từ trang SoLieu. Lời văn theo quy định của chính kỳ báo cáo (từ 01/7/2025: Nghị định 118/2025/NĐ-CP).</p>',
        '<p>The periodic report on TTHC control, the one-stop shop and online procedures, for a quarter, 6 or 9 months or a year. Received, resolved (on time, late) and online figures come from the dossier log; the narrative from NoiDung; figures the log cannot give from SoLieu. The wording follows the rules of the period itself (from 01/07/2025: Decree 118/2025).</p>',
      );
    case 'digitisation':
      return w.t(
        `<p>Đánh giá số hóa hồ sơ, kết quả giải quyết TTHC, tiếp nhận không phụ thuộc địa giới hành chính, dịch vụ công trực tuyến và giám sát theo thời gian thực. Các tỷ lệ số hóa tính từ các cột có/không của trang HoSo (${l(hoSo, 'dossierDigitised')}, ${l(hoSo, 'resultDigitised')}, ${l(hoSo, 'electronicResult')}…); thiếu cột nào thì số liệu đó là “không có dữ liệu”.</p>`,
        `<p>The evaluation of digitised dossiers and results, boundary-free receipt, online services and real-time monitoring. The digitisation rates come from HoSo’s yes/no columns (${l(hoSo, 'dossierDigitised')}, ${l(hoSo, 'resultDigitised')}, ${l(hoSo, 'electronicResult')}…); a missing column makes its figures unknown.</p>`,
      );
    case 'form06': {
      const columns = FORM06_COLUMNS.map((c, i) => `(${i + 3}) ${w.viText(c.label)}`);
      return (
        w.t(
          '<p>Biểu số 06 “Tình hình, kết quả giải quyết TTHC”: số hồ sơ theo lĩnh vực và theo thủ tục, có dòng tổng cộng; khổ A4 ngang, dòng tiêu đề in lại ở mỗi trang. Các cột số liệu: nhận giải quyết (3)–(6), đã giải quyết (7)–(10), đang giải quyết (11)–(13):</p>',
          '<p>Form 06 “TTHC dossier results”: dossiers by field and by procedure, with a total row; A4 landscape, the header repeated on every page. The count columns: received (3)–(6), resolved (7)–(10), pending (11)–(13):</p>',
        ) + ul(columns, 'inline')
      );
    }
    case 'score766':
      return (
        w.t(
          `<p>Ước tính điểm Bộ chỉ số theo Quyết định 766/QĐ-TTg như Cổng Dịch vụ công quốc gia tính (tối đa ${SCORE766_MAX_POINTS} điểm), từng chỉ số với công thức, số liệu và điểm, rồi danh sách hồ sơ làm giảm điểm. Chỉ số cần dữ liệu mà sổ tính không có thì ghi rõ là không tính được. Các nhóm:</p>`,
          `<p>An estimate of the Decision 766 index as the national portal scores it (at most ${SCORE766_MAX_POINTS} points): each indicator with its formula, inputs and points, then the dossiers that cost points. An indicator needing data no workbook holds says so. The groups:</p>`,
        ) + ul(SCORE766_GROUPS.map((g) => `${esc(g.number)}. ${w.viText(g.name)}: ${g.maxPoints} ${w.t('điểm', 'points')}`))
      );
    case 'proceduresByLevel':
      return (
        w.t(
          `<p>${esc(PROCEDURES_BY_LEVEL_CODE_LINE)}, không còn cột cấp huyện: số thủ tục của đơn vị theo cấp (${l(tthc, 'level')}), tính vào ngày cuối kỳ. Ba nhóm cột:</p>`,
          `<p>${esc(PROCEDURES_BY_LEVEL_CODE_LINE)}, without the district columns: the unit’s procedures by level (${l(tthc, 'level')}) on the period’s last day. Three groups of columns:</p>`,
        ) +
        ul(LEVEL_GROUPS.map((g) => `${w.viText(g.label)} (${g.columns.map((c) => w.viText(c)).join(', ')})`)) +
        w.t(
          `<p>“Một cửa” đếm thủ tục có ${l(tthc, 'onInformationSystem')} = Có; “quy trình nội bộ” đếm thủ tục có ${l(tthc, 'electronicProcess')} = Có.</p>`,
          `<p>“One-stop” counts procedures with ${l(tthc, 'onInformationSystem')} = Có; “internal processes” those with ${l(tthc, 'electronicProcess')} = Có.</p>`,
        )
      );
    case 'overdueList':
      return (
        w.t(
          `<p>Mọi hồ sơ giải quyết quá hạn hoặc đang quá hạn trong kỳ (cột 10 và 13 của biểu 06), theo lĩnh vực, với nguyên nhân, văn bản xin lỗi và gia hạn (các cột ${l(hoSo, 'overdueCause')}, ${l(hoSo, 'apologyLetter')}, ${l(hoSo, 'extendedDue')} của trang HoSo). Các cột:</p>`,
          `<p>Every dossier resolved late or still overdue in the period (columns 10 and 13 of form 06), by field, with its cause, apology letter and extension (HoSo’s ${l(hoSo, 'overdueCause')}, ${l(hoSo, 'apologyLetter')}, ${l(hoSo, 'extendedDue')}). The columns:</p>`,
        ) + ul(OVERDUE_COLUMNS.map((c, i) => `(${i + 1}) ${w.viText(c.label)}`), 'inline')
      );
  }
}

/** Titles of the issue codes that are no engine message (a report's notes and its QĐ 766 dossiers). */
const ISSUE_TITLES: Partial<Record<keyof typeof ISSUE_HELP, Texts>> = {
  reportNote: { vi: 'Ghi chú của báo cáo (ví dụ số liệu tạm tính khi kỳ chưa kết thúc).', en: 'A note of the report (e.g. provisional figures while the period is open).' },
  score766Lost: { vi: 'Hồ sơ làm giảm điểm một chỉ số QĐ 766 (báo cáo Điểm 766).', en: 'A dossier that lowers a QĐ 766 indicator (the 766 scores report).' },
};

/** The placeholders of a message's example: what the real message names (a cell's value, a row…). */
const MESSAGE_EXAMPLE = { value: '…', other: '…', table: 'HoSo', aliases: '', expected: '…', label: '…', sheets: 'Sheet1', period: '…', first: '…', second: '…' };

/** The engine's message for an issue code, with `…` where it names the cell's value; null for a code that is no message. */
function issueMessage(id: string, lang: Language): string | null {
  try {
    return message(id as MessageId, lang, MESSAGE_EXAMPLE);
  } catch {
    return null;
  }
}

/** Files the readers refuse: an example name and the reader's own message for it. */
const REFUSED_FILES: ReadonlyArray<{ vi: string; en: string; error: (file: string) => Error; file: string }> = [
  { vi: 'Tệp .xls đời cũ (Excel 97–2003) hoặc sổ có mật khẩu', en: 'An old .xls (Excel 97–2003) or a password-protected workbook', error: oldXlsOrPassword, file: 'hoso.xls' },
  { vi: 'Bảng tính OpenDocument (.ods)', en: 'An OpenDocument spreadsheet (.ods)', error: openDocumentSpreadsheet, file: 'hoso.ods' },
  { vi: 'Bảng tính XML của Excel 2003', en: 'An Excel 2003 XML spreadsheet', error: spreadsheetXml, file: 'hoso.xml' },
  { vi: 'Sổ làm việc nhị phân (.xlsb)', en: 'A binary workbook (.xlsb)', error: binaryWorkbook, file: 'hoso.xlsb' },
  { vi: 'Tệp trống', en: 'An empty file', error: emptyFile, file: 'hoso.xlsx' },
  { vi: 'Tệp khác (PDF, ảnh, Word…)', en: 'Anything else (PDF, image, Word…)', error: notAWorkbook, file: 'hoso.pdf' },
];

/** A reader's message in one language (they are written "Vietnamese. / English."). */
function half(text: string, lang: Language): string {
  const at = text.indexOf(' / ');
  if (at < 0) return text;
  return lang === 'vi' ? text.slice(0, at) : text.slice(at + 3);
}

// ---------------------------------------------------------------------------------------------
// Checks of the tables this page reads

/** Every form of `PERIOD_SPELLINGS` read back as the period it is listed under. */
export function checkPeriodSpellings(): void {
  for (const s of PERIOD_SPELLINGS) {
    const first = periodFromLabel(s.forms[0]);
    if (!first) throw new Error(`scripts/help-page.ts: the period "${s.forms[0]}" is not read`);
    for (const form of s.forms) {
      const p = periodFromLabel(form);
      const parts = labelParts(form);
      const same = p !== null && p.from === first.from && p.to === first.to && (s.part === null ? parts === null : parts?.part === s.part && parts.year === EXAMPLE_YEAR);
      if (!same) throw new Error(`scripts/help-page.ts: "${form}" is not read as ${s.forms[0]}`);
    }
  }
}

function checkTables(): void {
  for (const name of [...ALL_TABLES.map((t) => t.name), INFO_SHEET]) {
    if (!TABLE_ABOUT[name]) throw new Error(`scripts/help-page.ts: say what the table ${name} is for (TABLE_ABOUT)`);
  }
  for (const t of ALL_TABLES) {
    for (const c of t.columns) {
      if (!COLUMN_KINDS[`${t.name}.${c.key}`]) throw new Error(`scripts/help-page.ts: say what ${t.name}'s column "${c.labels[0]}" (${c.key}) holds (COLUMN_KINDS)`);
    }
  }
  for (const id of Object.keys(ISSUE_HELP) as (keyof typeof ISSUE_HELP)[]) {
    if (issueMessage(id, 'vi') === null && !ISSUE_TITLES[id]) throw new Error(`scripts/help-page.ts: issue "${id}" has no message; give it a title (ISSUE_TITLES)`);
  }
}

// ---------------------------------------------------------------------------------------------
// The sections

const reportName = (id: ReportKey): string => REPORT_NAMES.find((r) => r.id === id)!.name;

function contents(w: Writer): string {
  const items: [string, string][] = [
    ['start', w.t('Bắt đầu', 'Getting started')],
    ['data', w.t('Đưa dữ liệu vào', 'Getting data in')],
    ['periods', w.t('Kỳ báo cáo', 'Periods')],
    ['reports', w.t('Các báo cáo', 'The reports')],
    ['figures', w.t('Số liệu nhập tay (SoLieu) và nội dung (NoiDung)', 'Typed-in figures (SoLieu) and narrative (NoiDung)')],
    ['issues', w.t('Sửa lỗi dữ liệu', 'Fixing data problems')],
    ['download', w.t('Tải về Word/PDF và in', 'Word/PDF downloads and printing')],
    ['support', w.t('Liên hệ hỗ trợ', 'Getting support')],
  ];
  const reportItems = reports.map((r) => `<li><a href="#${w.id(`report-${r.id}`)}">${esc(r.title(w.lang))}</a></li>`).join('\n');
  const li = items.map(([id, title]) => `<li><a href="#${w.id(id)}">${title}</a>${id === 'reports' ? `\n<ol>\n${reportItems}\n</ol>\n` : ''}</li>`);
  return `<nav class="toc" aria-labelledby="${w.id('toc')}">\n<h2 id="${w.id('toc')}">${w.t('Mục lục', 'Contents')}</h2>\n<ol>\n${li.join('\n')}\n</ol>\n</nav>`;
}

function start(w: Writer): string {
  const s = STRINGS[w.lang];
  const example = `=TTHC.${w.lang === 'vi' ? VIETNAMESE_NAMES.ONLINE_SHARE : 'ONLINE_SHARE'}(120${w.lang === 'vi' ? ';' : ','} 150)`;
  return `<section>
<h2 id="${w.id('start')}">1. ${w.t('Bắt đầu', 'Getting started')}</h2>
${w.t(
  `<p>Phần bổ trợ <b>${esc(s.appTitle)}</b> tính các chỉ số và lập ${reports.length} loại báo cáo về thủ tục hành chính (TTHC) từ chính sổ tính của đơn vị: danh mục thủ tục (trang <code>TTHC</code>) và sổ theo dõi hồ sơ (trang <code>HoSo</code>). Mọi việc tính toán chạy trên máy của bạn; dữ liệu không được gửi đi đâu.</p>`,
  `<p>The <b>${esc(s.appTitle)}</b> add-in computes the indicators and writes ${reports.length} reports on administrative procedures (TTHC) from the unit’s own workbook: the procedure catalogue (the <code>TTHC</code> sheet) and the dossier log (the <code>HoSo</code> sheet). Everything is computed on your computer; no data is sent anywhere.</p>`,
)}
<h3 id="${w.id('modes')}">${w.t('Hai cách dùng', 'Two ways to use it')}</h3>
${ul([
  w.t(
    `<b>Trong Excel</b>: trên thẻ <b>Trang đầu</b>, bấm nút ${ui(s.appTitle)} để mở ngăn tác vụ. Báo cáo được ghi thành trang tính mới trong sổ đang mở. Các hàm <code>TTHC.*</code> dùng được trong công thức, ví dụ ${code(example)}.`,
    `<b>In Excel</b>: on the <b>Home</b> tab, press ${ui(s.appTitle)} to open the task pane. Reports are written as new sheets of the open workbook. The <code>TTHC.*</code> functions work in formulas, e.g. ${code(example)}.`,
  ),
  w.t(
    `<b>Trang xem trước</b> (không cần Excel): mở <a href="taskpane.html">taskpane.html</a> trên cùng máy chủ với trang này bằng trình duyệt. Kéo thả tệp vào khung, bấm ${ui(s.workbook.chooseFile)} (chọn được nhiều tệp, ví dụ sổ hồ sơ và danh mục TTHC) hoặc ${ui(s.workbook.useSample)} để thử. Tệp được đọc ngay trong trình duyệt.`,
    `<b>The preview page</b> (no Excel needed): open <a href="taskpane.html">taskpane.html</a>, on the same server as this page, in a browser. Drop files on the box, press ${ui(s.workbook.chooseFile)} (several at once, e.g. the log and the catalogue) or ${ui(s.workbook.useSample)} to try it. Files are read inside the browser.`,
  ),
])}
<h3 id="${w.id('pane')}">${w.t('Ngăn tác vụ', 'The task pane')}</h3>
${w.t(
  `<p>Ngăn có các thẻ sau, mặc định tiếng Việt (đổi ngôn ngữ ở ô ${ui(s.languageLabel)} phía trên):</p>`,
  `<p>The pane has these tabs, in Vietnamese by default (switch with ${ui(s.languageLabel)} at the top):</p>`,
)}
${ul([
  `${ui(s.tabs.report)}: ${w.t(
    `chọn loại báo cáo và kỳ báo cáo, xem hoặc sửa thông tin cơ quan, bấm ${ui(s.report.generate)}.`,
    `pick the report and the period, check the agency details, press ${ui(s.report.generate)}.`,
  )}`,
  `${ui(s.tabs.data)}: ${w.t(
    `${ui(s.data.createTables)}, ${ui(s.data.insertSample)} (trong Excel), ${ui(s.data.downloadSample)}, ${ui(s.data.check)} và ${ui(s.selfTest.title)}.`,
    `${ui(s.data.createTables)}, ${ui(s.data.insertSample)} (in Excel), ${ui(s.data.downloadSample)}, ${ui(s.data.check)} and ${ui(s.selfTest.title)}.`,
  )}`,
  `${ui(s.tabs.indicators)}: ${w.t('tỷ lệ đúng hạn, nộp trực tuyến, số hóa của kỳ đang chọn và bốn quý gần nhất.', 'on-time, online and digitisation rates of the chosen period and the last four quarters.')}`,
  `${ui(s.tabs.content)}: ${w.t(
    'gõ các số liệu nhập tay (SoLieu) và nội dung từng mục (NoiDung) của báo cáo và kỳ đang chọn, rồi lưu vào sổ tính.',
    'type the figures (SoLieu) and the text of each section (NoiDung) of the chosen report and period, then save them into the workbook.',
  )}`,
  `${ui(s.tabs.deadlines)}: ${w.t(
    'các hồ sơ đang giải quyết đã quá hạn, đến hạn trong 1 và trong 3 ngày làm việc, tính đến một ngày.',
    'the dossiers being processed that are overdue, due within 1 and within 3 working days, as of a day.',
  )}`,
  `${ui(s.tabs.consolidate)}: ${w.t(
    'tổng hợp tệp của nhiều đơn vị (sổ theo dõi, bảng II.06a, biểu 06) thành biểu kết quả theo đơn vị.',
    "sum many units' files (dossier logs, II.06a tables, form 06) into the table of results by unit.",
  )}`,
])}
<h3 id="${w.id('steps')}">${w.t('Lập một báo cáo', 'Making a report')}</h3>
${ol([
  w.t(
    `Đưa dữ liệu vào (<a href="#${w.id('data')}">mục 2</a>): trong Excel bấm ${ui(s.data.createTables)} rồi chép dữ liệu vào, hoặc mở tệp xuất từ hệ thống.`,
    `Get the data in (<a href="#${w.id('data')}">section 2</a>): in Excel press ${ui(s.data.createTables)} and copy the data in, or open the system’s export.`,
  ),
  w.t(`Bấm ${ui(s.data.check)} và sửa các ô được nêu (<a href="#${w.id('issues')}">mục 6</a>).`, `Press ${ui(s.data.check)} and fix the cells it lists (<a href="#${w.id('issues')}">section 6</a>).`),
  w.t(
    `Ở thẻ ${ui(s.tabs.report)}: chọn báo cáo, nhập kỳ (<a href="#${w.id('periods')}">mục 3</a>), bấm ${ui(s.report.generate)}.`,
    `On the ${ui(s.tabs.report)} tab: pick the report, type the period (<a href="#${w.id('periods')}">section 3</a>), press ${ui(s.report.generate)}.`,
  ),
  w.t(
    `Điền các ô tô vàng bằng trang SoLieu và NoiDung (<a href="#${w.id('figures')}">mục 5</a>), tạo lại báo cáo, rồi tải về hoặc in (<a href="#${w.id('download')}">mục 7</a>).`,
    `Fill the yellow cells through the SoLieu and NoiDung sheets (<a href="#${w.id('figures')}">section 5</a>), make the report again, then download or print it (<a href="#${w.id('download')}">section 7</a>).`,
  ),
])}
</section>`;
}

/** The mark of a required table or column: a star, read out as the word. */
const required = (w: Writer): string => `<span class="req" aria-hidden="true">★</span><span class="sr-only">${w.t('bắt buộc', 'required')}: </span>`;

function columnsTable(w: Writer, table: TableSpec): string {
  const rows = table.columns.map((c: ColumnSpec) => {
    const star = c.required ? required(w) : '';
    const others = c.labels.slice(2);
    const note = columnNote(w, table, c.key);
    return [
      `${star}${w.viText(c.labels[0])} <span class="en-label">(${w.enText(c.labels[1])})</span>${others.length ? `<br><span class="alt">${w.vi(esc(others.join(', ')))}</span>` : ''}`,
      `${valueText(w, COLUMN_KINDS[`${table.name}.${c.key}`])}${note ? `. ${note}` : ''}`,
    ];
  });
  return w.table(
    w.t(`Các cột của trang <code>${esc(table.name)}</code>`, `Columns of the <code>${esc(table.name)}</code> sheet`),
    [w.t('Cột (tên tiếng Anh; tên khác)', 'Column (English label; other names)'), w.t('Giá trị', 'Value')],
    rows,
  );
}

function vocabularyTable<T>(w: Writer, caption: string, vocabulary: readonly VocabularyEntry<T>[], meaning: (e: VocabularyEntry<T>) => string, withCode: boolean): string {
  const rows = vocabulary.map((e) => {
    const words = `${w.vi(codes(e.words))}${e.prefix ? ' …' : ''}`;
    return withCode ? [e.code ? esc(e.code) : '—', words, meaning(e)] : [words, meaning(e)];
  });
  const headers = [w.t('Viết được', 'Accepted'), w.t('Nghĩa', 'Meaning')];
  return w.table(caption, withCode ? [w.t('Mã', 'Code'), ...headers] : headers, rows, withCode);
}

const STATUS_EN: Record<string, string> = {
  notReceived: 'never received: left out of every figure',
  inProgress: 'in progress',
  withdrawn: 'withdrawn: ends on its Completed date, counted on time',
  rejected: 'rejected: ends on its Completed date, counted on time',
  stopped: 'stopped: ends on its Completed date, counted on time',
  resolved: 'resolved, on its Completed date',
};
const CHANNEL_EN: Record<string, string> = { online: 'online', direct: 'in person (also when blank)', postal: 'by public postal service' };

function data(w: Writer): string {
  const s = STRINGS[w.lang];
  const tables = [...ALL_TABLES.map((t) => ({ name: t.name, aliases: t.aliases ?? [] })), { name: INFO_SHEET, aliases: [] as string[] }];
  const overview = w.table(
    w.t('Các bảng đầu vào', 'The input tables'),
    [w.t('Trang (tên khác)', 'Sheet (other names)'), w.t('Dùng cho', 'For')],
    tables.map((t) => [
      `${TABLE_ABOUT[t.name].required ? required(w) : ''}<a href="#${w.id(`table-${t.name}`)}"><code>${esc(t.name)}</code></a>${t.aliases.length ? `<br><span class="alt">${w.vi(esc(t.aliases.join(', ')))}</span>` : ''}`,
      w.t(TABLE_ABOUT[t.name].vi, TABLE_ABOUT[t.name].en),
    ]),
  );
  const refused = w.table(
    w.t('Tệp không đọc được và cách xử lý', 'Files that cannot be read, and what to do'),
    [w.t('Loại tệp', 'File'), w.t('Thông báo', 'Message')],
    REFUSED_FILES.map((f) => [w.t(f.vi, f.en), esc(half(f.error(f.file).message, w.lang))]),
  );
  const info = w.table(
    w.t(`Các nhãn của trang <code>${INFO_SHEET}</code>`, `The labels of the <code>${INFO_SHEET}</code> sheet`),
    [w.t('Nhãn (tên tiếng Anh; tên khác)', 'Label (English label; other names)'), w.t('Ô ở ngăn tác vụ', 'Field in the pane')],
    Object.entries(AGENCY_KEYS).map(([field, labels]) => [
      `${w.viText(labels[0])} <span class="en-label">(${w.enText(labels[1])})</span>${labels.length > 2 ? `<br><span class="alt">${w.vi(esc(labels.slice(2).join(', ')))}</span>` : ''}`,
      esc((s.report.agencyFields as Record<string, string>)[field] ?? ''),
    ]),
  );
  const choices = w.table(
    w.t('Các cột có danh sách chọn khác', 'Other columns with a choice list'),
    [w.t('Cột', 'Column'), w.t('Viết được', 'Accepted')],
    [
      [w.viText(label(tableByName('TTHC'), 'onlineLevel')), `${valueText(w, 'onlineLevel')}`],
      [w.viText(label(tableByName('TTHC'), 'regulator')), valueText(w, 'regulator')],
      [w.viText(label(tableByName('TTHC'), 'level')), valueText(w, 'level')],
      [w.viText(label(tableByName('HoSo'), 'onlineServiceType')), valueText(w, 'serviceType')],
      [w.viText(label(tableByName('NgayNghi'), 'kind')), valueText(w, 'holidayKind')],
    ],
  );
  return `<section>
<h2 id="${w.id('data')}">2. ${w.t('Đưa dữ liệu vào', 'Getting data in')}</h2>
${w.t(
  `<p>Mỗi bảng là một trang tính có đúng tên đó (hoặc một tên thường gặp, ví dụ <code>Danh mục TTHC</code>), hoặc một Excel table cùng tên. Trang có tên không nói lên gì (“Sheet1”, bảng trong tệp xuất) được nhận theo dòng tiêu đề. Trong Excel, ${ui(s.data.createTables)} thêm các bảng còn thiếu với tiêu đề cột và danh sách chọn; ${ui(s.data.downloadSample)} cho một sổ mẫu để xem cách ghi.</p>`,
  `<p>Each table is a sheet with that name (or a name workbooks use, e.g. <code lang="vi">Danh mục TTHC</code>), or an Excel table with that name. A sheet whose name says nothing (“Sheet1”, a table of an export) is recognised by its header. In Excel, ${ui(s.data.createTables)} adds the missing tables with headers and choice lists; ${ui(s.data.downloadSample)} gives a sample workbook to copy from.</p>`,
)}
${overview}
<p>${w.t('★ = bắt buộc.', '★ = required.')}</p>
<h3 id="${w.id('data-files')}">${w.t('Tệp xuất từ hệ thống', 'Exports and other files')}</h3>
${w.t(
  '<p>Tệp được nhận theo nội dung, không theo đuôi tên. Đọc được:</p>',
  '<p>A file is told apart by its content, not its name. Read:</p>',
)}
${ul([
  w.t('Sổ làm việc Excel <code>.xlsx</code>: mọi trang tính và Excel table.', 'Excel workbooks, <code>.xlsx</code>: every sheet and Excel table.'),
  w.t(
    'Tệp <code>.xls</code> mà hệ thống một cửa, Cổng dịch vụ công của tỉnh xuất ra (thực chất là trang HTML): mỗi bảng là một trang.',
    'The <code>.xls</code> files the provincial one-stop system or portal exports (really an HTML page): each table is a sheet.',
  ),
  w.t(
    '<code>.csv</code>: UTF-8, UTF-16 (“Unicode text”) hoặc bảng mã Windows-1258 của Excel tiếng Việt; dấu phẩy, chấm phẩy hoặc tab.',
    '<code>.csv</code>: UTF-8, UTF-16 (“Unicode text”) or the Windows-1258 code page of Vietnamese Excel; comma, semicolon or tab.',
  ),
])}
${w.t(
  '<p>Dòng tiêu đề được tìm trong 20 dòng đầu và có thể gồm 2–3 dòng gộp ô; dòng số cột “(1) (2) …” và dòng tổng (“Tổng cộng”, “Tổng số”, “Trong đó”) được bỏ qua; ô gộp theo chiều dọc thuộc về mọi dòng của vùng gộp. Tên cột so khớp không phân biệt hoa thường, dấu và khoảng trắng, tiếng Việt hay tiếng Anh; cột lạ được bỏ qua.</p>',
  '<p>The header is looked for in the first 20 rows, also over 2–3 merged rows; a “(1) (2) …” row and total rows are skipped; a cell merged down belongs to every row it covers. Column names match without case, diacritics or spaces, in Vietnamese or English; unknown columns are ignored.</p>',
)}
${refused}
<h3 id="${w.id('data-catalogue')}">${w.t('Danh mục TTHC', 'The procedure catalogue')}</h3>
${ul([
  w.t(
    'Danh mục có thể ở cùng sổ với sổ hồ sơ (trang <code>TTHC</code>) hoặc ở tệp riêng: ở trang xem trước, chọn cùng lúc cả hai tệp.',
    'The catalogue may be in the log’s workbook (the <code>TTHC</code> sheet) or a file of its own: on the preview page, choose both files together.',
  ),
  w.t(
    'Hồ sơ được ghép với thủ tục theo mã TTHC, không có mã thì theo tên (không phân biệt hoa thường, khoảng trắng, dấu câu).',
    'Dossiers are joined to procedures by code, else by name (case, spaces and punctuation ignored).',
  ),
  w.t(
    `Thủ tục có trong sổ hồ sơ mà không có trong danh mục vẫn được tính vào tổng, ở lĩnh vực ${w.viText(`“${UNKNOWN_FIELD}”`)}, kèm một cảnh báo.`,
    `A procedure in the log but not in the catalogue still counts in the totals, under the field ${w.viText(`“${UNKNOWN_FIELD}”`)}, with a warning.`,
  ),
  w.t('Một kỳ báo cáo đếm các thủ tục còn hiệu lực vào ngày cuối kỳ.', 'A period counts the procedures in force on its last day.'),
])}
${ALL_TABLES.filter((t) => t.name !== 'SoLieu' && t.name !== 'NoiDung')
  .map((t) => `<h3 id="${w.id(`table-${t.name}`)}">${w.t('Trang', 'Sheet')} <code>${esc(t.name)}</code></h3>\n<p>${w.t(TABLE_ABOUT[t.name].vi, TABLE_ABOUT[t.name].en)} ${w.t('★ = cột bắt buộc.', '★ = required column.')}</p>\n${columnsTable(w, t)}`)
  .join('\n')}
${w.t(
  `<p>Trang <code>NgayNghi</code> chỉ cần cho ngày khác lịch có sẵn: ngày nghỉ lễ theo Bộ luật Lao động và lịch nghỉ Tết, 30/4–1/5, Quốc khánh mà Thủ tướng quyết định cho các năm 2020–2026 đã được tính sẵn; dòng ở trang này luôn được ưu tiên.</p>`,
  `<p>The <code>NgayNghi</code> sheet is only for days that differ from the built-in calendar: statutory holidays and the announced Tết, 30/4–1/5 and National Day schedules for 2020–2026 are built in; this sheet always wins.</p>`,
)}
<h3 id="${w.id(`table-${INFO_SHEET}`)}">${w.t('Trang', 'Sheet')} <code>${INFO_SHEET}</code></h3>
${w.t(
  `<p>${TABLE_ABOUT[INFO_SHEET].vi} Có thể sửa ở thẻ ${ui(s.tabs.report)} rồi bấm ${ui(s.report.saveInfo)}. Nhãn <b>${w.viText(AGENCY_KEYS.recipients[0])}</b> có thể có nhiều dòng.</p>`,
  `<p>${TABLE_ABOUT[INFO_SHEET].en} They can be edited on the ${ui(s.tabs.report)} tab and saved with ${ui(s.report.saveInfo)}. <b>${w.viText(AGENCY_KEYS.recipients[0])}</b> may take several rows.</p>`,
)}
${info}
<h3 id="${w.id('words')}">${w.t('Từ được chấp nhận', 'Accepted words')}</h3>
${w.t(
  '<p>Chữ so khớp không phân biệt hoa thường và dấu. “…” nghĩa là có thể có chữ phía sau, ví dụ “Đang xử lý (quá hạn)”, “Trực tuyến toàn trình”.</p>',
  '<p>Words match without case or diacritics. “…” means more text may follow, e.g. “Đang xử lý (quá hạn)”, “Trực tuyến toàn trình”.</p>',
)}
<h4 id="${w.id('words-status')}">${w.viText(label(tableByName('HoSo'), 'status'))} (${w.t('danh mục trạng thái hồ sơ quốc gia, mã 1–10', 'the national status list, codes 1–10')})</h4>
${vocabularyTable(w, w.t('Trạng thái hồ sơ', 'Dossier status'), STATUS_VOCABULARY, (e) => w.t(esc(e.note), STATUS_EN[e.value]), true)}
<h4 id="${w.id('words-channel')}">${w.viText(label(tableByName('HoSo'), 'channel'))}</h4>
${vocabularyTable(w, w.t('Kênh tiếp nhận (để trống = trực tiếp)', 'Channel (blank = in person)'), CHANNEL_VOCABULARY, (e) => w.t(esc(e.note), CHANNEL_EN[e.value]), true)}
<h4 id="${w.id('words-yesno')}">${w.t('Có/không', 'Yes/no')}</h4>
${vocabularyTable(w, w.t('Mọi cột có/không (để trống = không)', 'Every yes/no column (blank = no)'), YES_NO_VOCABULARY, (e) => (e.value ? w.t('có', 'yes') : w.t('không', 'no')), false)}
${w.t(
  '<p>Thiếu một cột có/không thì các số liệu dựa trên nó là “không có dữ liệu” (một cảnh báo), không phải 0.</p>',
  '<p>A missing yes/no column makes the figures built on it unknown (one warning), not 0.</p>',
)}
${choices}
<h3 id="${w.id('cells')}">${w.t('Ngày và số', 'Dates and numbers')}</h3>
${ul([
  w.t(
    'Ngày: ô ngày của Excel (cả sổ hệ ngày 1904), hoặc văn bản <code>dd/mm/yyyy</code> (<code>15/06/2026</code>) hay <code>yyyy-mm-dd</code>, có thể kèm giờ.',
    'Dates: Excel dates (1904 workbooks too), or text <code>dd/mm/yyyy</code> (<code>15/06/2026</code>) or <code>yyyy-mm-dd</code>, with or without a time.',
  ),
  w.t('Số: có thể viết <code>1.234</code> và <code>12,5</code>.', 'Numbers may be written <code>1.234</code> and <code>12,5</code> (Vietnamese separators).'),
  w.t(
    'Mã thủ tục, mã hồ sơ, số văn bản: định dạng cột là Văn bản (Text) để Excel không bỏ số 0 đầu hay đổi thành ngày.',
    'Procedure codes, dossier IDs, document numbers: format the column as Text so Excel keeps leading zeros and does not make dates of them.',
  ),
])}
</section>`;
}

const range = (p: Period): string => `${formatDay(p.from)} – ${formatDay(p.to)}`;

function periods(w: Writer): string {
  const s = STRINGS[w.lang];
  checkPeriodSpellings();
  const spellings = w.table(
    w.t('Cách viết kỳ báo cáo', 'How to write a period'),
    [w.t('Kỳ', 'Period'), w.t('Viết được', 'Accepted')],
    PERIOD_SPELLINGS.map((p) => [w.t(p.vi, p.en), w.vi(codes(p.forms))]),
  );
  const cutOff = w.table(
    w.t(`Ngày đầu và ngày cuối của các kỳ năm ${EXAMPLE_YEAR}`, `First and last days of the periods of ${EXAMPLE_YEAR}`),
    [w.t('Kỳ', 'Period'), w.t('Theo mốc chốt số liệu (mặc định)', 'Reporting cut-off (default)'), w.t('Theo tháng dương lịch', 'Calendar months')],
    PERIOD_PARTS.map((part) => [
      `${code(periodLabel(EXAMPLE_YEAR, part))} <span class="alt">${esc(s.period.parts[part])}</span>`,
      range(periodOf(EXAMPLE_YEAR, part)),
      range(periodOf(EXAMPLE_YEAR, part, { calendar: true })),
    ]),
  );
  return `<section>
<h2 id="${w.id('periods')}">3. ${w.t('Kỳ báo cáo', 'Periods')}</h2>
${w.t(
  `<p>Kỳ báo cáo được nhập ở ô ${ui(s.period.label)} của thẻ ${ui(s.tabs.report)} (hoặc chọn năm và kỳ), và ghi ở cột ${w.viText(label(tableByName('SoLieu'), 'period'))} của trang SoLieu và NoiDung. Viết không phân biệt hoa thường, có hay không dấu; các cách viết khác nhau cho cùng một kỳ được gộp lại.</p>`,
  `<p>The period is typed in the ${ui(s.period.label)} box of the ${ui(s.tabs.report)} tab (or picked by year and part), and written in the ${w.viText(label(tableByName('SoLieu'), 'period'))} column of SoLieu and NoiDung. Case and diacritics do not matter; different spellings of one period are merged.</p>`,
)}
${spellings}
<h3 id="${w.id('cutoff')}">${w.t('Mốc chốt số liệu hay tháng dương lịch', 'Reporting cut-off or calendar months')}</h3>
${w.t(
  `<p>Mặc định, kỳ tính theo mốc chốt số liệu của báo cáo TTHC: từ ngày 15 của tháng trước kỳ đến ngày 14 của tháng cuối kỳ (quý I bắt đầu từ 15/12 năm trước). Bật ${ui(s.period.calendar)} để tính theo tháng dương lịch, hoặc ${ui(s.period.customRange)} để chọn hai ngày bất kỳ.</p>`,
  `<p>By default a period follows the TTHC reports’ cut-off: from the 15th of the month before it to the 14th of its last month (Q1 starts on 15/12 of the year before). Switch on ${ui(s.period.calendar)} for calendar months, or ${ui(s.period.customRange)} for any two dates.</p>`,
)}
${cutOff}
</section>`;
}

function reportSection(w: Writer, r: ReportDefinition): string {
  const name = REPORT_NAMES.find((n) => n.id === r.id)!;
  const figures = r.figureKeys.map((k) => FIGURE_KEYS.find((f) => f.key === k)!).filter((f): f is FigureKey => f !== undefined);
  const sections = r.narrativeSections.length
    ? w.table(
        w.t(`Các mục thuyết minh (trang NoiDung, cột Báo cáo: ${esc(name.name)})`, `Narrative sections (NoiDung sheet, <span lang="vi">Báo cáo</span> column: <span lang="vi">${esc(name.name)}</span>)`),
        [w.t('Mục', 'Section'), w.t('Nội dung', 'Heading')],
        r.narrativeSections.map((n) => [w.vi(code(n.section)), w.viText(n.title)]),
      )
    : `<p>${w.t('Báo cáo này không có mục thuyết minh.', 'This report has no narrative sections.')}</p>`;
  const figureTable = figures.length
    ? w.table(
        w.t('Số liệu nhập tay (trang SoLieu)', 'Typed-in figures (SoLieu sheet)'),
        [w.t('Chỉ tiêu', 'Figure (<span lang="vi">Chỉ tiêu</span>)'), w.t('Mã chỉ tiêu', 'Figure key'), w.t('Mục', 'Section')],
        figures.map((f) => [`${w.viText(f.label)}${f.note ? `<br><span class="alt">${w.viText(f.note)}</span>` : ''}`, key(f.key), esc(f.section)]),
      )
    : `<p>${w.t('Báo cáo này không cần số liệu nhập tay.', 'This report needs no typed-in figures.')}</p>`;
  return `<section>
<h3 id="${w.id(`report-${r.id}`)}">${esc(r.title(w.lang))}</h3>
<dl class="facts">
<dt>${w.t('Tên ở cột Báo cáo', 'Name in the <span lang="vi">Báo cáo</span> column')}</dt><dd>${w.viText(name.name)}</dd>
<dt>${w.t('Tên khác được nhận', 'Other names accepted')}</dt><dd>${w.vi(esc(name.aliases.join(', ')))}</dd>
<dt>${w.t('Dòng lệnh', 'Command line')}</dt><dd><code>--report ${esc(name.slug)}</code></dd>
</dl>
${reportAbout(w, r.id)}
${sections}
${figureTable}
</section>`;
}

function reportsPart(w: Writer): string {
  const summary = w.table(
    w.t(`${reports.length} báo cáo`, `The ${reports.length} reports`),
    [w.t('Báo cáo', 'Report'), w.t('Tên ngắn, dòng lệnh', 'Short name, command line'), w.t('Mục NoiDung', 'NoiDung sections'), w.t('Số liệu SoLieu', 'SoLieu figures')],
    reports.map((r) => [
      `<a href="#${w.id(`report-${r.id}`)}">${esc(r.title(w.lang))}</a>`,
      `${w.viText(reportName(r.id))}<br><code>${esc(REPORT_NAMES.find((n) => n.id === r.id)!.slug)}</code>`,
      String(r.narrativeSections.length),
      String(r.figureKeys.length),
    ]),
    true,
    'wide',
  );
  return `<section>
<h2 id="${w.id('reports')}">4. ${w.t('Các báo cáo', 'The reports')}</h2>
${w.t(
  '<p>Mỗi báo cáo theo quy định của chính kỳ báo cáo: từ 01/7/2025 theo Nghị định 118/2025/NĐ-CP (hai cấp tỉnh – xã); kỳ trước đó như các báo cáo mẫu năm 2023. Chỗ còn thiếu dữ liệu hiện ô tô vàng ghi rõ cần nhập gì và ở đâu.</p>',
  '<p>Each report follows the rules of its own period: from 01/07/2025 Decree 118/2025/NĐ-CP (two levels, province and commune); earlier periods as the 2023 sample reports. Whatever is missing shows as a yellow cell saying what to enter, and where.</p>',
)}
${summary}
${reports.map((r) => reportSection(w, r)).join('\n')}
</section>`;
}

function figuresPart(w: Writer): string {
  const soLieu = tableByName('SoLieu');
  const noiDung = tableByName('NoiDung');
  const quarterly = reports.find((r) => r.id === 'quarterly')!;
  const example = FIGURE_KEYS[0];
  const exampleTable = w.table(
    w.t('Ví dụ trang SoLieu', 'A SoLieu sheet'),
    soLieu.columns.map((c) => w.viText(c.labels[0])),
    [[w.vi(code(`Quý II/${EXAMPLE_YEAR}`)), w.viText(example.label), key(example.key), '0']],
    false,
    'wide',
  );
  const noiDungExample = w.table(
    w.t('Ví dụ trang NoiDung', 'A NoiDung sheet'),
    noiDung.columns.map((c) => w.viText(c.labels[0])),
    [[w.vi(code(`Quý II/${EXAMPLE_YEAR}`)), w.viText(reportName('quarterly')), w.vi(code(quarterly.narrativeSections[6].section)), w.t('(đoạn văn)', '(a paragraph)')]],
    false,
    'wide',
  );
  const reportNames = REPORT_NAMES.map((r) => w.viText(r.name)).join(', ');
  return `<section>
<h2 id="${w.id('figures')}">5. ${w.t('Số liệu nhập tay (SoLieu) và nội dung (NoiDung)', 'Typed-in figures (SoLieu) and narrative (NoiDung)')}</h2>
<h3 id="${w.id('table-SoLieu')}">${w.t('Trang', 'Sheet')} <code>SoLieu</code></h3>
${w.t(
  `<p>Số liệu sổ hồ sơ không có (đánh giá tác động, thẩm định, công bố, rà soát, phản ánh…) được nhập ở trang SoLieu, mỗi dòng một chỉ tiêu của một kỳ. Cột ${w.viText(label(soLieu, 'label'))} ghi tên chỉ tiêu đúng như câu trong báo cáo, hoặc cột ${w.viText(label(soLieu, 'key'))} ghi mã; có một trong hai cột là đủ. Danh sách chỉ tiêu của từng báo cáo ở <a href="#${w.id('reports')}">mục 4</a>.</p>`,
  `<p>Figures the log cannot give (impact assessments, appraisals, publications, reviews, feedback…) are typed in SoLieu, one row per figure and period. ${w.viText(label(soLieu, 'label'))} takes the figure’s name as the report words it, or ${w.viText(label(soLieu, 'key'))} its key; either column is enough. Each report’s figures are listed in <a href="#${w.id('reports')}">section 4</a>.</p>`,
)}
${columnsTable(w, soLieu)}
${exampleTable}
${ul([
  w.t('Mỗi chỉ tiêu là số lượng: số nguyên từ 0 trở lên (<code>2,5</code> là lỗi).', 'Every figure is a count: a whole number, 0 or more (<code>2,5</code> is an error).'),
  w.t('Tên so khớp không phân biệt hoa thường, dấu và dấu câu; tên hay mã không có trong danh sách là một cảnh báo, dòng đó không được dùng.', 'Names match without case, diacritics or punctuation; an unknown name or key is a warning and the row is not used.'),
  w.t('Cùng một chỉ tiêu hai lần trong một kỳ: dòng nhập sau được tính (kèm cảnh báo).', 'The same figure twice for a period: the later row wins (with a warning).'),
  w.t(`Thiếu số liệu thì báo cáo hiện ô vàng, ví dụ ${w.viText(figurePlaceholder(example.key))}, không tự điền 0.`, `A missing figure shows as a yellow cell, e.g. ${w.viText(figurePlaceholder(example.key))}, never as 0.`),
])}
<h3 id="${w.id('table-NoiDung')}">${w.t('Trang', 'Sheet')} <code>NoiDung</code></h3>
${w.t(
  `<p>Đoạn văn thuyết minh của từng mục, mỗi dòng một đoạn (nhiều dòng cùng mục được in nối tiếp). Cột ${w.viText(label(noiDung, 'section'))} ghi số mục như trong bảng mục của từng báo cáo (<a href="#${w.id('reports')}">mục 4</a>). Cột ${w.viText(label(noiDung, 'report'))} ghi báo cáo của đoạn: ${reportNames}; để trống = mọi báo cáo. Báo cáo quý và báo cáo số hóa cùng có mục I.1…III, nên hãy ghi cột này.</p>`,
  `<p>The narrative of each section, one paragraph per row (rows of one section print one after another). ${w.viText(label(noiDung, 'section'))} takes the section number as listed for each report (<a href="#${w.id('reports')}">section 4</a>). ${w.viText(label(noiDung, 'report'))} names the report: ${reportNames}; blank = every report. The quarterly and digitisation reports both have sections I.1…III, so do fill it in.</p>`,
)}
${columnsTable(w, noiDung)}
${noiDungExample}
${w.t(
  `<p>Mục không có nội dung hiện chỗ trống tô màu, ví dụ ${w.viText(narrativePlaceholder(quarterly.narrativeSections[6].section, 'quarterly'))}. Tên báo cáo không rõ là một cảnh báo, đoạn đó không in vào báo cáo nào.</p>`,
  `<p>A section without narrative shows a highlighted placeholder, e.g. ${w.viText(narrativePlaceholder(quarterly.narrativeSections[6].section, 'quarterly'))}. An unknown report name is a warning, and the paragraph prints nowhere.</p>`,
)}
</section>`;
}

function issuesPart(w: Writer): string {
  const s = STRINGS[w.lang];
  const items = (Object.keys(ISSUE_HELP) as (keyof typeof ISSUE_HELP)[]).map((id) => {
    const shown = issueMessage(id, w.lang);
    const title = shown === null ? w.t(ISSUE_TITLES[id]!.vi, ISSUE_TITLES[id]!.en) : esc(shown);
    return `<div class="issue" id="${w.id(`issue-${id}`)}">\n<dt>${title}</dt>\n<dd><span class="fix">${esc(s.issues.howToFix)}</span> ${esc(ISSUE_HELP[id][w.lang])}</dd>\n</div>`;
  });
  return `<section>
<h2 id="${w.id('issues')}">6. ${w.t('Sửa lỗi dữ liệu', 'Fixing data problems')}</h2>
${ul([
  w.t(
    `${ui(s.data.check)} (thẻ ${ui(s.tabs.data)}) liệt kê mọi ô không đọc được, kèm trang, dòng, cột. ${esc(s.issues.selectHint)} Lỗi giống nhau được gộp thành nhóm.`,
    `${ui(s.data.check)} (${ui(s.tabs.data)} tab) lists every cell that cannot be read, with its sheet, row and column. ${esc(s.issues.selectHint)} Identical problems are grouped.`,
  ),
  w.t(
    `<b>${esc(s.issues.error)}</b>: dòng có lỗi không được tính; lần bấm ${ui(s.report.generate)} đầu tiên dừng lại để bạn sửa. ${ui(s.report.generateAnyway)} lập báo cáo từ các dòng đọc được.`,
    `<b>${esc(s.issues.error)}</b>: the row is left out; the first press of ${ui(s.report.generate)} stops so you can fix it. ${ui(s.report.generateAnyway)} reports on the rows that could be read.`,
  ),
  w.t(
    `<b>${esc(s.issues.warning)}</b>: báo cáo vẫn được tạo; ô không bắt buộc không đọc được coi như để trống.`,
    `<b>${esc(s.issues.warning)}</b>: the report is still made; an unreadable optional cell counts as blank.`,
  ),
])}
${w.t(
  '<p>Dưới đây là mọi thông báo, như ngăn tác vụ hiện (“…” là chỗ thông báo nêu giá trị của ô), và cách sửa:</p>',
  '<p>Every message as the pane shows it (“…” stands for the cell’s value it quotes), and how to fix it:</p>',
)}
<dl class="issues">
${items.join('\n')}
</dl>
</section>`;
}

function downloadPart(w: Writer): string {
  const s = STRINGS[w.lang];
  return `<section>
<h2 id="${w.id('download')}">7. ${w.t('Tải về Word/PDF và in', 'Word/PDF downloads and printing')}</h2>
${ul([
  w.t(
    `<b>Trong Excel</b>: báo cáo được ghi thành trang tính mới (${ui(s.report.openSheet)}); nếu đã có trang cùng tên, ngăn hỏi ${ui(s.report.replace)} hay ${ui(s.report.keepBoth)}. Trang báo cáo đã đặt sẵn khổ A4, lề, vùng in và dòng tiêu đề lặp lại: in bằng <b>Tệp › In</b>, hoặc <b>Tệp › Xuất › PDF</b>.`,
    `<b>In Excel</b>: the report is written to a new sheet (${ui(s.report.openSheet)}); if a sheet of that name exists, the pane asks: ${ui(s.report.replace)} or ${ui(s.report.keepBoth)}. The sheet is set up for A4 with margins, print area and repeated header rows: print with <b>File › Print</b>, or <b>File › Export › PDF</b>.`,
  ),
  w.t(
    `<b>Bản Word</b>: ${ui(s.report.downloadDocx)} (cả hai cách dùng) tải văn bản theo Nghị định 30/2020/NĐ-CP: A4, Times New Roman, số trang từ trang 2, khối “Nơi nhận” và chữ ký trên cùng một trang, bảng trên trang ngang. Trong Excel, nếu không thấy hộp lưu tệp, hãy mở trang xem trước, chọn sổ tính và tải ở đó.`,
    `<b>Word</b>: ${ui(s.report.downloadDocx)} (both ways of use) downloads a document laid out as Decree 30/2020/NĐ-CP asks: A4, Times New Roman, page numbers from page 2, “Nơi nhận” and the signature on one page, tables on landscape pages. In Excel, if no save dialog appears, open the preview page, choose the workbook and download it there.`,
  ),
  w.t(
    '<b>PDF</b>: mở bản Word rồi <b>Tệp › Lưu thành › PDF</b> (hoặc in ra máy in PDF).',
    '<b>PDF</b>: open the Word document and use <b>File › Save As › PDF</b> (or print to a PDF printer).',
  ),
  w.t(
    `<b>Trang xem trước</b>: mọi báo cáo tạo trong phiên được giữ, mỗi báo cáo một trang tính; ${ui(s.report.download)} tải sổ tính có dữ liệu của bạn và tất cả các trang báo cáo đó; mỗi báo cáo trong danh sách có nút ${ui(s.report.sessionDocx)} tải bản Word của nó.`,
    `<b>Preview page</b>: every report made in the session is kept, each on its own sheet; ${ui(s.report.download)} saves the workbook with your data and all those report sheets; each report in the list has a ${ui(s.report.sessionDocx)} button for its Word document.`,
  ),
  w.t(
    'Trước khi gửi: tìm các ô tô vàng <code>[Nhập…</code> còn sót và điền qua trang SoLieu, NoiDung, rồi tạo lại báo cáo.',
    'Before sending: look for yellow <code lang="vi">[Nhập…</code> cells left and fill them through SoLieu and NoiDung, then make the report again.',
  ),
])}
</section>`;
}

function supportPart(w: Writer): string {
  const s = STRINGS[w.lang];
  const checks = Object.values(s.selfTest.checks).map((c) => `<div class="issue">\n<dt>${esc(c.label)}</dt>\n<dd>${esc(c.without)}</dd>\n</div>`);
  return `<section>
<h2 id="${w.id('support')}">8. ${w.t('Liên hệ hỗ trợ', 'Getting support')}</h2>
${w.t(
  '<p>Liên hệ bộ phận hỗ trợ của đơn vị (thường là Trung tâm Công nghệ thông tin của tỉnh, nơi cài phần bổ trợ). Hãy gửi kèm:</p>',
  '<p>Contact your unit’s support (usually the provincial IT centre that installed the add-in). Send along:</p>',
)}
${ol([
  w.t(
    `Kết quả ${ui(s.selfTest.title)} (trong Excel): thẻ ${ui(s.tabs.data)} › ${ui(s.selfTest.run)} › ${ui(s.selfTest.copy)}, rồi dán vào thư hoặc phiếu yêu cầu. Văn bản này ghi phiên bản Excel, nền tảng, trình duyệt và kết quả từng dòng; các trang của bạn không bị đọc hay sửa.`,
    `The ${ui(s.selfTest.title)} results (in Excel): ${ui(s.tabs.data)} tab › ${ui(s.selfTest.run)} › ${ui(s.selfTest.copy)}, then paste them into the e-mail or ticket. The text gives the Excel version, platform, browser and each line’s result; your sheets are neither read nor changed.`,
  ),
  w.t(
    'Nguyên văn thông báo lỗi (trang, dòng, cột), hoặc ảnh chụp ngăn tác vụ; báo cáo nào, kỳ nào.',
    'The exact message (sheet, row, column), or a screenshot of the pane; which report and period.',
  ),
  w.t(
    'Cách dùng: Excel trên Windows, Mac hay trên web, hoặc trang xem trước trong trình duyệt nào.',
    'Where: Excel on Windows, Mac or the web, or the preview page in which browser.',
  ),
  w.t(
    'Nếu cần gửi tệp: một bản đã xóa thông tin cá nhân của người dân (họ tên, địa chỉ, số giấy tờ).',
    'If a file is needed: a copy without citizens’ personal data (names, addresses, ID numbers).',
  ),
])}
<h3 id="${w.id('self-test')}">${w.t(`Các dòng của ${ui(s.selfTest.title)}`, `The lines of the ${ui(s.selfTest.title)}`)}</h3>
${w.t(
  `<p>Mỗi dòng là ${ui(s.selfTest.status.pass)}, ${ui(s.selfTest.status.fail)} hoặc ${ui(s.selfTest.status.unsupported)}. Khi một dòng không đạt, phần bổ trợ bị ảnh hưởng như sau:</p>`,
  `<p>Each line is ${ui(s.selfTest.status.pass)}, ${ui(s.selfTest.status.fail)} or ${ui(s.selfTest.status.unsupported)}. When a line does not pass, this is what it means for the add-in:</p>`,
)}
<dl class="issues">
${checks.join('\n')}
</dl>
</section>`;
}

function languageHalf(lang: Language): string {
  const w = new Writer(lang);
  const s = STRINGS[lang];
  const other = lang === 'vi' ? '<a href="#en" lang="en" hreflang="en">English</a>' : '<a href="#vi" lang="vi" hreflang="vi">Tiếng Việt</a>';
  return `<div id="${lang}" class="lang-${lang}" lang="${lang}">
<header class="top">
<p class="switch">${other}</p>
<h1>${esc(s.appTitle)}: ${w.t('hướng dẫn sử dụng', 'user guide')}</h1>
<p class="lead">${w.t(
    'Dành cho cán bộ lập báo cáo TTHC: đưa dữ liệu vào, chọn kỳ, lập và sửa báo cáo, tải về và in.',
    'For staff who make the TTHC reports: getting data in, periods, making and fixing reports, downloading and printing.',
  )}</p>
</header>
${contents(w)}
${start(w)}
${data(w)}
${periods(w)}
${reportsPart(w)}
${figuresPart(w)}
${issuesPart(w)}
${downloadPart(w)}
${supportPart(w)}
<p class="back"><a href="#${lang}">${w.t('Về đầu trang', 'Back to the top')}</a></p>
</div>`;
}

const STYLE = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body { margin: 0; font-family: "Segoe UI", system-ui, -apple-system, Roboto, "Helvetica Neue", Arial, sans-serif; font-size: 1rem; line-height: 1.5; color: #1b1b1b; background: #fff; }
main { max-width: 62rem; margin: 0 auto; padding: 0.75rem 0.75rem 2rem; }
h1 { font-size: 1.5rem; line-height: 1.25; margin: 0.25rem 0 0.5rem; color: #0b3a66; }
h2 { font-size: 1.3rem; line-height: 1.3; margin: 2rem 0 0.5rem; padding-top: 0.5rem; border-top: 2px solid #0b3a66; color: #0b3a66; }
h3 { font-size: 1.1rem; margin: 1.5rem 0 0.4rem; color: #0b3a66; }
h4 { font-size: 1rem; margin: 1.25rem 0 0.4rem; }
p, ul, ol, dl { margin: 0.5rem 0; }
ul, ol { padding-left: 1.4rem; }
li { margin: 0.2rem 0; }
a { color: #0a55a0; }
a:focus-visible, .scroll:focus-visible { outline: 3px solid #c75300; outline-offset: 2px; }
code { font-family: inherit; font-size: 0.95em; background: #eef1f4; padding: 0 0.25em; border-radius: 3px; overflow-wrap: break-word; }
code.key { font-family: ui-monospace, Consolas, "Liberation Mono", monospace; font-size: 0.85em; }
.ui { font-weight: 600; }
.alt { color: #4a4a4a; font-size: 0.9em; font-weight: normal; }
.en-label { font-weight: normal; color: #333; }
.lead { color: #333; }
.switch { margin: 0; text-align: right; font-weight: 600; }
.switch a { display: inline-block; padding: 0.3rem 0.6rem; border: 1px solid #0a55a0; border-radius: 4px; text-decoration: none; }
.toc { background: #f4f7fb; border: 1px solid #d5dfeb; border-radius: 6px; padding: 0.5rem 0.75rem; margin: 1rem 0; }
.toc h2 { margin: 0; padding: 0; border: 0; font-size: 1.1rem; }
.toc ol { margin: 0.25rem 0; }
.toc ol ol { list-style: lower-alpha; font-size: 0.95em; }
.scroll { overflow-x: auto; margin: 0.75rem 0; border: 1px solid #d0d7de; border-radius: 4px;
  /* Shadows at an edge with more table behind it: the table scrolls sideways. */
  background: linear-gradient(to right, #fff 30%, rgba(255, 255, 255, 0)) left / 2rem 100% no-repeat local,
    linear-gradient(to left, #fff 30%, rgba(255, 255, 255, 0)) right / 2rem 100% no-repeat local,
    radial-gradient(farthest-side at 0 50%, rgba(0, 0, 0, 0.25), rgba(0, 0, 0, 0)) left / 0.75rem 100% no-repeat scroll,
    radial-gradient(farthest-side at 100% 50%, rgba(0, 0, 0, 0.25), rgba(0, 0, 0, 0)) right / 0.75rem 100% no-repeat scroll; }
table { border-collapse: collapse; width: 100%; font-size: 0.95rem; overflow-wrap: break-word; }
table.wide { min-width: 30rem; }
caption { text-align: left; font-weight: 600; padding: 0.4rem 0.5rem; background: #f4f7fb; caption-side: top; }
th, td { border-top: 1px solid #d0d7de; padding: 0.35rem 0.5rem; text-align: left; vertical-align: top; }
th + td, td + td, th + th { border-left: 1px solid #d0d7de; }
thead th { background: #e6edf5; }
tbody th { font-weight: 600; }
.key { font-size: 0.85em; }
.req { color: #b00020; margin-right: 0.2em; }
.sr-only { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
ul.inline { padding-left: 1.2rem; columns: 16rem auto; column-gap: 1.5rem; }
dl.facts { display: grid; grid-template-columns: minmax(7rem, max-content) 1fr; gap: 0.2rem 0.75rem; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; }
dl.issues { margin: 0.75rem 0; }
.issue { border-left: 4px solid #0b3a66; background: #f7f9fb; padding: 0.4rem 0.6rem; margin: 0.5rem 0; }
.issue dt { font-weight: 600; }
.issue dd { margin: 0.2rem 0 0; }
.fix { font-weight: 600; color: #0b3a66; }
.back { margin-top: 2rem; }
@media (max-width: 30rem) {
  main { padding: 0.5rem 0.5rem 1.5rem; }
  h1 { font-size: 1.3rem; }
  h2 { font-size: 1.15rem; }
  dl.facts { grid-template-columns: 1fr; }
  dl.facts dd { margin-bottom: 0.3rem; }
}
@supports selector(:has(*)) {
  .lang-en { display: none; }
  body:has(#en:target, #en :target) .lang-en { display: block; }
  body:has(#en:target, #en :target) .lang-vi { display: none; }
}
@media print {
  .switch, .toc, .back { display: none; }
  .scroll { overflow: visible; border: 0; }
  a { color: inherit; text-decoration: none; }
}
`;

/** The whole page (an html-webpack-plugin template: the CSP is filled in at build time). */
export function helpPage(): string {
  checkTables();
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8" />
<meta http-equiv="Content-Security-Policy" content="${CSP_TEMPLATE}" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>Báo cáo TTHC: hướng dẫn sử dụng / user guide</title>
<link rel="icon" type="image/png" href="assets/icon-32.png" />
<!-- Generated by scripts/help-page.ts from the code's tables: run npm run help-page, do not edit by hand. -->
<style>${STYLE}</style>
</head>
<body>
<main>
${languageHalf('vi')}
${languageHalf('en')}
</main>
</body>
</html>
`;
}

if (require.main === module) {
  writeFileSync(HELP_FILE, helpPage());
  console.log(`${path.relative(process.cwd(), HELP_FILE)}: written`);
}

import type ExcelJS from 'exceljs';
import { newWorkbook } from './exceljs';
import { promises as fs, readFileSync } from 'fs';
import path from 'path';
import { writeFormulaSheet } from '../sample/formulaSheet';
import { writeInputSheets } from '../adapters/exceljs/writeInputs';
import { writeSheetModel } from '../adapters/exceljs/writeSheet';
import { dayFromDate, formatDay, isoDay, parseDayText } from '../core/days';
import { hasErrors, ReportData, reportDataFor } from '../core/engine';
import { parseInputs } from '../core/inputs';
import { issueDateFor } from '../core/issueDate';
import { describePeriod, periodFromDays, periodFromLabel } from '../core/periods';
import { REPORT_NAMES, reportFromName } from '../core/reportNames';
import { WorkbookFileError } from '../readers/errors';
import { readSheetsFromFile, withXlsxFile } from '../readers/nodeFile';
import { analyseStreamed } from '../core/logStream';
import { sampleSheets, SAMPLE_PERIODS } from '../sample/sampleWorkbook';
import { Indicators, IssueGroup, Language, Period } from '../core/types';
import { groupIssues } from '../core/issueGroups';
import { REPORT_IDS, renderReport, ReportId, reportIssuesOf } from '../templates';
import type { SheetModel } from '../templates/sheetModel';
import { documentOf } from '../templates/document';
import { docxBytes } from '../adapters/docx/writeDocx';
import { outputFormatOf, type OutputFormat } from './outputFormat';
import { docxToPdf, findSoffice, NO_SOFFICE } from './pdf';
import { consolidatedBytes, consolidatedReport, consolidationJson, runConsolidation } from './consolidate';
import { inputFilesOf } from './inputFiles';
import { Args, asksFor, CommandSpec, helpHint, optionText, parseArgs, UsageError } from './args';
import { checkInput, checkTarget, exists, FileError, makeFolder, withoutTemporaryFiles, writeAtomically } from './files';

/** Exit codes of DESIGN §8. */
const EXIT = { ok: 0, dataErrors: 1, usage: 2 } as const;

const WORKBOOK = { vi: 'đường dẫn sổ tính (.xlsx, .xls, .csv)', en: 'workbook path (.xlsx, .xls, .csv)' };

/** The options and arguments of each command (DESIGN §8); anything else is refused. */
const COMMANDS: Record<string, CommandSpec> = {
  indicators: { name: 'indicators', flags: ['calendar'], values: ['period', 'from', 'to', 'catalogue', 'lang'], positional: [WORKBOOK] },
  generate: {
    name: 'generate',
    flags: ['calendar', 'force', 'overwrite'],
    values: ['report', 'period', 'from', 'to', 'catalogue', 'lang', 'output', 'format'],
    positional: [WORKBOOK],
  },
  consolidate: {
    name: 'consolidate',
    flags: ['calendar', 'force', 'overwrite', 'json'],
    values: ['period', 'from', 'to', 'lang', 'output', 'format'],
    positional: [{ vi: 'tệp hoặc thư mục của các đơn vị', en: "units' files or folders" }],
    variadic: true,
  },
  sample: { name: 'sample', flags: ['overwrite'], values: ['output'], positional: [] },
  demo: { name: 'demo', flags: ['overwrite'], values: ['output'], positional: [] },
};

/** The report names `--report` takes: the short Vietnamese name, then the id. */
const REPORT_CHOICES = REPORT_NAMES.map((r) => `${r.slug} (${r.id})`).join(', ');

/** The period forms `--period` takes, for its help and for the message when one is unreadable. */
const PERIOD_FORMS =
  '2023-Q2, "Quý II/2023", "quý 2 năm 2023", Q2/2023, 2023-H1, "6 tháng đầu năm 2023", "6 tháng cuối năm 2023", ' +
  '2023-9M, "9 tháng 2023", 2023, "năm 2023", 01/01/2023-31/08/2023';

const DATE_FORMS = 'Viết ngày dd/mm/yyyy hoặc yyyy-mm-dd, ví dụ 15/03/2023. / Write dates as dd/mm/yyyy or yyyy-mm-dd, e.g. 15/03/2023.';

const EXIT_HELP = `Mã thoát / exit codes:
  0  xong, không có lỗi dữ liệu / done, no data error
  1  có lỗi dữ liệu (liệt kê ở stderr) / data errors found (listed on stderr)
  2  sai lệnh hoặc lỗi tệp (một hoặc hai dòng ở stderr) / usage or file error (one or two lines on stderr)`;

const WORKBOOK_HELP = `  <sổ-tính>             .xlsx, .xls HTML như hệ thống một cửa xuất, hoặc CSV / .xlsx, HTML .xls as exported, or CSV`;

const PERIOD_HELP = `  --period KỲ           kỳ báo cáo / the period: 2023-Q2, "Quý II/2023", "quý 2 năm 2023", Q2/2023,
                        2023-H1, "6 tháng đầu năm 2023", "6 tháng cuối năm 2023", 2023-9M, "9 tháng 2023",
                        2023, "năm 2023"; mốc chốt số liệu 15–14 (Q2 = 15/03–14/06) / reporting cut-off
  --calendar            kỳ theo tháng dương lịch (Q2 = 01/04–30/06) / calendar months
  --from NGÀY --to NGÀY khoảng ngày bất kỳ thay cho --period, dd/mm/yyyy hoặc yyyy-mm-dd
                        / any range of days instead of --period`;

const CATALOGUE_HELP = `  --catalogue TỆP       danh mục TTHC ở tệp khác / the TTHC catalogue from another file
  --lang vi|en          ngôn ngữ của thông báo lỗi dữ liệu / language of the data messages (vi)`;

const HELP: Record<string, string> = {
  overview: `tthc-report: số liệu và báo cáo TTHC từ sổ Excel / TTHC figures and reports from an Excel workbook

  tthc-report indicators <sổ-tính> --period KỲ        in các chỉ số dạng JSON / print the indicators as JSON
  tthc-report generate <sổ-tính> --report TÊN --period KỲ [-o tệp.xlsx|.docx|.pdf]
                                                     ghi một báo cáo / write one report
  tthc-report consolidate <tệp|thư-mục>… --period KỲ [-o tệp.xlsx|.docx] [--json]
                                                     tổng hợp nhiều đơn vị / many units in one report
  tthc-report sample [-o tệp.xlsx]                   ghi sổ tính mẫu / write the sample workbook
  tthc-report demo [-o thư-mục]                      sổ mẫu và mọi báo cáo vào out/ / the sample and every report in out/
  tthc-report <lệnh> --help                          tùy chọn của lệnh / a command's options
  tthc-report --version                              phiên bản / version

Sổ tính / workbook: .xlsx, .xls HTML như hệ thống một cửa xuất, hoặc CSV / .xlsx, HTML .xls as exported, or CSV.
Báo cáo / reports: ${REPORT_CHOICES}.
Không ghi đè tệp đã có nếu không có --overwrite; không bao giờ ghi đè sổ đầu vào.
/ No existing file is replaced without --overwrite; the input workbook never.

${EXIT_HELP}`,

  indicators: `tthc-report indicators <sổ-tính> (--period KỲ | --from NGÀY --to NGÀY) [tùy chọn / options]

In một đối tượng JSON: kỳ báo cáo, các chỉ số, số liệu theo lĩnh vực và theo thủ tục, các lỗi dữ liệu.
/ Prints one JSON object: the period, the indicators, the figures by field and by procedure, the data problems.

${WORKBOOK_HELP}
${PERIOD_HELP}
${CATALOGUE_HELP}
  -h, --help            hướng dẫn này / this help

${EXIT_HELP}

Ví dụ / example:
  tthc-report indicators so-lieu.xlsx --period "Quý II/2023"`,

  generate: `tthc-report generate <sổ-tính> --report TÊN (--period KỲ | --from NGÀY --to NGÀY) [tùy chọn / options]

Ghi một báo cáo .xlsx, .docx (Word) hoặc .pdf (qua tệp tạm rồi đổi tên: không bao giờ có tệp ghi dở), rồi in
đường dẫn, các số liệu chính và số chỗ còn phải điền (tô vàng). / Writes one .xlsx, .docx (Word) or .pdf report
(through a temporary file and a rename: never half-written), then prints its path, the headline figures and
how many placeholders (yellow) are left to fill.

${WORKBOOK_HELP}
  --report TÊN          quy, so-hoa, bieu-06, 766, so-luong-tthc, qua-han
                        (hoặc / or quarterly, digitisation, form06, score766, proceduresByLevel, overdueList)
${PERIOD_HELP}
${CATALOGUE_HELP}
  -o, --output TỆP      tệp báo cáo .xlsx, .docx hoặc .pdf (định dạng theo đuôi tệp); mặc định
                        <sổ-tính>-<báo-cáo>-<kỳ>.xlsx cạnh sổ tính / the report file, .xlsx, .docx or .pdf
                        (the format follows the extension); by default beside the workbook
  --format ĐỊNH-DẠNG    xlsx, docx hoặc pdf khi không có -o (phải khớp đuôi của -o) / xlsx, docx or pdf
                        without -o (must match -o's extension); pdf cần LibreOffice / pdf needs LibreOffice
  --overwrite           ghi đè tệp báo cáo đã có (không bao giờ ghi đè sổ đầu vào)
                        / replace an existing report file (never the input)
  --force               tạo báo cáo dù dữ liệu có lỗi, từ các dòng đọc được
                        / write the report despite data errors, from the readable rows
  -h, --help            hướng dẫn này / this help

${EXIT_HELP}
  (lỗi dữ liệu: không ghi báo cáo, trừ khi có --force / data errors: no report unless --force)

Ví dụ / example:
  tthc-report generate so-lieu.xlsx --report quy --period "Quý II/2023" -o bao-cao-quy-II.xlsx
  tthc-report generate so-lieu.xlsx --report quy --period "Quý II/2023" -o bao-cao-quy-II.docx`,

  consolidate: `tthc-report consolidate <tệp|thư-mục>… (--period KỲ | --from NGÀY --to NGÀY) [tùy chọn / options]

Tổng hợp số liệu của nhiều đơn vị (sở, ban, ngành; xã, phường, đặc khu) thành biểu kết quả giải quyết TTHC
theo đơn vị (II.06a): mỗi tệp là sổ theo dõi hồ sơ của một đơn vị, hoặc bảng tổng hợp đơn vị gửi lên (II.06a
theo đơn vị, biểu 06). Tên đơn vị viết khác nhau được ghép theo trang DonVi (tệp .xlsx kết quả có sẵn trang
này để sửa rồi đưa lại vào lần sau). / Sums many units' figures into the table of results by unit (II.06a):
each file is a unit's dossier log, or a table a unit sent (II.06a by unit, form 06). Names spelt differently
are matched through a DonVi sheet (the .xlsx written holds one to correct and give back next time).

  <tệp|thư-mục>…        các tệp .xlsx, .xls, .csv, hoặc thư mục (đọc cả thư mục con) / files or folders
${PERIOD_HELP}
  -o, --output TỆP      .xlsx (kèm trang DonVi), .docx hoặc .pdf; mặc định tong-hop-<kỳ>.xlsx
                        / .xlsx (with the DonVi sheet), .docx or .pdf; by default tong-hop-<period>.xlsx
  --format ĐỊNH-DẠNG    xlsx, docx hoặc pdf khi không có -o / xlsx, docx or pdf without -o
  --json                in kết quả dạng JSON (đơn vị, cấp, nguồn, số liệu, tổng, lỗi); không ghi tệp
                        nếu không có -o / print the result as JSON; no file unless -o
  --overwrite           ghi đè tệp kết quả đã có / replace an existing output file
  --force               tạo báo cáo dù có lỗi (đơn vị trùng, lỗi dữ liệu) / write it despite errors
  -h, --help            hướng dẫn này / this help

${EXIT_HELP}

Ví dụ / example:
  tthc-report consolidate bao-cao-cac-don-vi/ --period 2026-Q3 -o tong-hop-quy-III.xlsx`,

  sample: `tthc-report sample [-o tệp.xlsx] [--overwrite]

Ghi sổ tính mẫu (các trang dữ liệu và trang "Công thức" dùng các hàm =TTHC.…).
/ Writes the sample workbook (the data sheets and a "Công thức" sheet using the =TTHC.… functions).

  -o, --output TỆP      tệp ghi ra / the file to write (tthc-sample.xlsx)
  --overwrite           ghi đè nếu tệp đã có / replace the file if it exists
  -h, --help            hướng dẫn này / this help

${EXIT_HELP}`,

  demo: `tthc-report demo [-o thư-mục] [--overwrite]

Ghi sổ tính mẫu và mọi báo cáo của nó vào một thư mục, rồi in các số liệu chính.
/ Writes the sample workbook and every report of it into a folder, and prints the headline figures.

  -o, --output THƯ-MỤC  thư mục ghi ra (tạo nếu chưa có) / the folder (made if missing) (out)
  --overwrite           ghi đè các tệp đã có trong thư mục / replace the files already in the folder
  -h, --help            hướng dẫn này / this help

${EXIT_HELP}`,
};

/** The package's version, from package.json (two folders up from src/cli and from lib/cli). */
export function version(): string {
  const pkg = JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

const say = (text: string) => void process.stdout.write(`${text}\n`);
const complain = (text: string) => void process.stderr.write(`${text}\n`);

/**
 * Runs one command line and returns its exit code: 0, 1 (data errors) or 2 (usage or file error,
 * one or two plain lines on stderr). Never throws.
 */
export async function main(argv: string[]): Promise<number> {
  const [first = 'help', ...rest] = argv;
  let command = first;
  try {
    if (first === '--help' || first === '-h' || first === 'help') {
      const topic = rest.find((a) => !a.startsWith('-'));
      if (topic !== undefined && !HELP[topic]) throw unknownCommand(topic);
      say(HELP[topic ?? 'overview']);
      return EXIT.ok;
    }
    if (first === '--version') {
      say(version());
      return EXIT.ok;
    }
    const spec = COMMANDS[first];
    if (!spec) {
      command = '';
      if (first.startsWith('-')) {
        throw new UsageError(`Thiếu lệnh trước "${first}". / A command must come before "${first}".`, `Lệnh / commands: ${Object.keys(COMMANDS).join(', ')}. ${helpHint()}`);
      }
      throw unknownCommand(first);
    }
    if (asksFor(rest, 'help')) {
      say(HELP[first]);
      return EXIT.ok;
    }
    if (asksFor(rest, 'version')) {
      say(version());
      return EXIT.ok;
    }
    const args = parseArgs(spec, rest);
    switch (args.command) {
      case 'indicators':
        return await indicatorsCommand(args);
      case 'generate':
        return await generateCommand(args);
      case 'consolidate':
        return await consolidateCommand(args);
      case 'sample':
        return await sampleCommand(args);
      default:
        return await demoCommand(args);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      complain(e.message);
      if (e.detail) complain(e.detail);
      return EXIT.usage;
    }
    if (e instanceof FileError || e instanceof WorkbookFileError) {
      complain(withoutTemporaryFiles(e.message));
      return EXIT.usage;
    }
    return unexpected(e, command);
  }
}

function unknownCommand(name: string): UsageError {
  return new UsageError(
    `Lệnh không rõ "${name}". / Unknown command "${name}".`,
    `Lệnh / commands: ${Object.keys(COMMANDS).join(', ')}. ${helpHint()}`,
  );
}

/**
 * The last resort: anything not foreseen is one line on stderr and exit 2, with a request to
 * report it; the stack only with `TTHC_DEBUG=1`.
 */
export function unexpected(e: unknown, command = ''): number {
  const text = e instanceof Error ? e.message : String(e);
  const line = withoutTemporaryFiles(text.split('\n')[0].trim()).replace(/[.\s]+$/, '') || (e instanceof Error ? e.name : 'unknown');
  const where = command ? ` (tthc-report ${command})` : '';
  complain(
    `Lỗi không mong đợi${where}: ${line}. Xin báo lỗi này kèm lệnh đã chạy; đặt TTHC_DEBUG=1 để xem chi tiết. / ` +
      `Unexpected error${where}: ${line}. Please report it with the command you ran; set TTHC_DEBUG=1 for the details.`,
  );
  if (process.env.TTHC_DEBUG === '1' && e instanceof Error && e.stack) complain(e.stack);
  return EXIT.usage;
}

/**
 * The entry of bin/tthc-report.js: runs `main` and sets the exit code; an error thrown outside
 * it (a stream's, a rejected promise nobody awaited) goes through the same last resort.
 */
export function run(argv: string[]): void {
  const fatal = (e: unknown) => {
    process.exitCode = unexpected(e, argv[0] ?? '');
    process.exit();
  };
  process.on('uncaughtException', fatal);
  process.on('unhandledRejection', fatal);
  // `tthc-report indicators … | head`: the reader left; that is no error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => (e.code === 'EPIPE' ? process.exit() : fatal(e)));
  void main(argv).then((code) => {
    process.exitCode = code;
  }, fatal);
}

function languageOf(args: Args): Language {
  const lang = optionText(args, 'lang') ?? 'vi';
  if (lang !== 'vi' && lang !== 'en') throw new UsageError(`--lang: vi hoặc en, không phải "${lang}". / --lang: vi or en, not "${lang}".`);
  return lang;
}

/** The period of `--period`, or of `--from` and `--to` (never both). */
function periodOf(args: Args): Period {
  const from = optionText(args, 'from');
  const to = optionText(args, 'to');
  const label = optionText(args, 'period');
  if (label !== undefined && (from !== undefined || to !== undefined)) {
    throw new UsageError(
      `--period và --from/--to không dùng cùng nhau: chọn một. / --period and --from/--to cannot be used together: choose one.`,
      helpHint(args.command),
    );
  }
  if (from !== undefined || to !== undefined) {
    if (from === undefined) throw new UsageError(`--to cần đi kèm --from. / --to needs --from.`, DATE_FORMS);
    if (to === undefined) throw new UsageError(`--from cần đi kèm --to. / --from needs --to.`, DATE_FORMS);
    if (args.options.has('calendar')) throw new UsageError(`--calendar chỉ dùng với --period. / --calendar goes with --period only.`, helpHint(args.command));
    const day = (text: string, name: string) => {
      const d = parseDayText(text);
      if (d === null) throw new UsageError(`--${name}: không đọc được ngày "${text}". / --${name}: cannot read the date "${text}".`, DATE_FORMS);
      return d;
    };
    const [f, t] = [day(from, 'from'), day(to, 'to')];
    if (t < f) throw new UsageError(`--from ${from} sau --to ${to}: ngày đầu phải trước ngày cuối. / --from ${from} is after --to ${to}: the first day comes first.`);
    return periodFromDays(f, t);
  }
  if (label === undefined) {
    throw new UsageError(
      `Cần --period (ví dụ 2023-Q2 hoặc "Quý II/2023") hoặc --from/--to. / --period (e.g. 2023-Q2 or "Quý II/2023") or --from/--to is required.`,
      helpHint(args.command),
    );
  }
  const p = periodFromLabel(label, { calendar: args.options.has('calendar') });
  if (!p) {
    throw new UsageError(
      `Không đọc được kỳ báo cáo "${label}". / Cannot read the period "${label}".`,
      `Viết được / accepted: ${PERIOD_FORMS}; hoặc / or --from dd/mm/yyyy --to dd/mm/yyyy.`,
    );
  }
  return p;
}

/** The report `--report` names: the Vietnamese slug or name, or the id, in any case. */
function reportIdOf(args: Args): ReportId {
  const name = optionText(args, 'report');
  if (name === undefined) throw new UsageError(`Cần --report: ${REPORT_CHOICES}. / --report is required: ${REPORT_CHOICES}.`);
  const id = reportFromName(name);
  if (!id) throw new UsageError(`Không rõ báo cáo "${name}". / Unknown report "${name}".`, `--report: ${REPORT_CHOICES}.`);
  return id;
}

/**
 * Reads the workbook and, with `--catalogue`, the file holding the TTHC catalogue: the main
 * file's sheets come first, so its own catalogue wins when it has one.
 */
async function load(file: string, period: Period, language: Language, catalogue?: string, report?: ReportId): Promise<ReportData> {
  const sheets = await readSheetsFromFile(file);
  if (catalogue) sheets.push(...(await readSheetsFromFile(catalogue)));
  const inputs = parseInputs(sheets, { language, today: dayFromDate(new Date()) });
  return reportDataFor(inputs, period, report, language);
}

/**
 * A sheet of more XML than this (about 60,000 dossiers) is read row by row by `indicators`,
 * never held whole: a 1,048,575-dossier log is about 530 MB of XML (issue 14, item 5).
 */
const STREAM_ABOVE = 32 * 1024 * 1024;

/**
 * What `indicators` prints, from the workbook and its `--catalogue` file: the log of a large
 * .xlsx streamed (`analyseStreamed`), any other workbook read whole as `load` reads it; the
 * same figures and issues either way.
 */
async function loadIndicators(file: string, period: Period, language: Language, catalogue?: string): Promise<Pick<ReportData, 'result' | 'issues'>> {
  const options = { language, today: dayFromDate(new Date()) };
  const streamed = await withXlsxFile(file, file, { largeAbove: STREAM_ABOVE }, async (book) => {
    const extra = catalogue ? await readSheetsFromFile(catalogue) : [];
    const data = await analyseStreamed(book, extra, period, options);
    if (data) return data;
    // Without a large sheet, the book's sheets are the whole workbook already.
    const sheets = book.large.size === 0 ? book.sheets : await book.readAll();
    return reportDataFor(parseInputs([...sheets, ...extra], options), period, undefined, language);
  });
  return streamed ?? load(file, period, language, catalogue);
}

/** The input files of a command, checked before any work: each exists, is a file and can be read. */
async function inputsOf(args: Args): Promise<{ input: string; catalogue?: string }> {
  const input = args.positional[0];
  const catalogue = optionText(args, 'catalogue');
  await checkInput(input);
  if (catalogue !== undefined) await checkInput(catalogue);
  return { input, catalogue };
}

async function indicatorsCommand(args: Args): Promise<number> {
  const language = languageOf(args);
  const period = periodOf(args);
  const { input, catalogue } = await inputsOf(args);
  const data = await loadIndicators(input, period, language, catalogue);
  const { result } = data;
  const json = {
    period: { from: isoDay(period.from), to: isoDay(period.to) },
    indicators: result.indicators,
    byField: result.byField,
    byProcedure: result.byProcedure,
    issues: data.issues,
    issueGroups: groupIssues(data.issues),
  };
  say(JSON.stringify(json, null, 2));
  return hasErrors(data.issues) ? EXIT.dataErrors : EXIT.ok;
}

/** One line per group of identical problems: where, how many, the first rows. */
function describeGroup(group: IssueGroup): string {
  const rows = group.rows.length === 0 ? null : `dòng/row ${group.rows.join(', ')}${group.count > group.rows.length ? '…' : ''}`;
  const where = [group.sheet, rows, group.column ? `cột/column ${group.column}` : null].filter(Boolean).join(', ');
  const times = group.count > 1 ? ` (${group.count} ô/cells)` : '';
  return `${group.severity === 'error' ? 'LỖI/ERROR' : 'CẢNH BÁO/WARNING'} ${where}${times}: ${group.message}`;
}

/** Writes the workbook through a temporary file and a rename (src/cli/files.ts). */
async function writeWorkbookAtomically(workbook: ExcelJS.Workbook, target: string): Promise<void> {
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  await writeAtomically(target, bytes);
}

/**
 * The same file, also through another spelling: a case-insensitive disk (Windows, macOS)
 * or a link makes two different paths one file, so existing files compare by device and inode.
 */
async function sameFile(a: string, b: string): Promise<boolean> {
  if (path.resolve(a) === path.resolve(b)) return true;
  const [sa, sb] = await Promise.all([fs.stat(a).catch(() => null), fs.stat(b).catch(() => null)]);
  return sa !== null && sb !== null && sa.dev === sb.dev && sa.ino === sb.ino;
}

async function generateCommand(args: Args): Promise<number> {
  const language = languageOf(args);
  const report = reportIdOf(args);
  const period = periodOf(args);
  const { input, catalogue } = await inputsOf(args);
  const label = (period.label ?? `${isoDay(period.from)}_${isoDay(period.to)}`).replace(/[^0-9A-Za-z_-]/g, '-');
  const format = outputFormatOf(optionText(args, 'output'), optionText(args, 'format'));
  const output = optionText(args, 'output') ?? path.join(path.dirname(input), `${path.basename(input, path.extname(input))}-${report}-${label}.${format}`);
  // Known before any work: PDF needs LibreOffice.
  const soffice = format === 'pdf' ? await findSoffice() : null;
  if (format === 'pdf' && soffice === null) throw new UsageError(NO_SOFFICE);
  for (const source of catalogue === undefined ? [input] : [input, catalogue]) {
    if (await sameFile(source, output)) {
      throw new UsageError(`Tệp kết quả trùng tệp đầu vào: không ghi đè dữ liệu gốc. / The output is the input file: the input is never overwritten.`);
    }
  }
  await checkTarget(output, args.options.has('overwrite'));
  const data = await load(input, period, language, catalogue, report);
  const problems = groupIssues(data.issues);
  if (hasErrors(data.issues) && !args.options.has('force')) {
    for (const group of problems) complain(describeGroup(group));
    complain(
      `Dữ liệu có lỗi: chưa tạo báo cáo. Sửa các ô trên, hoặc thêm --force để tạo từ các dòng đọc được. / ` +
        `Data errors found: no report written. Fix the cells above, or add --force to report on the readable rows.`,
    );
    return EXIT.dataErrors;
  }
  // Written first: a write that fails is its one line alone, not under the data's warnings.
  const { notes, model } = await writeReport(data, report, output, { format, soffice });
  for (const group of [...problems, ...notes]) complain(describeGroup(group));
  say(output);
  say(headline(data.result.indicators));
  const left = placeholdersIn(model);
  say(`Ô còn phải điền (tô vàng) / placeholders left to fill (yellow): ${left}`);
  return hasErrors(data.issues) ? EXIT.dataErrors : EXIT.ok;
}

/** How a report file is written: its format, and LibreOffice's program for a PDF. */
interface WriteAs {
  format: OutputFormat;
  soffice: string | null;
}

/** The report file's bytes: the sheet as .xlsx, or the document as .docx, or that .docx through LibreOffice as PDF. */
async function reportBytes(model: SheetModel, as: WriteAs): Promise<Uint8Array> {
  if (as.format === 'xlsx') {
    const workbook = await newWorkbook();
    writeSheetModel(workbook, model);
    return new Uint8Array(await workbook.xlsx.writeBuffer());
  }
  const document = documentOf(model);
  if (!document) throw new Error(`the report ${model.name} has no document model`);
  const docx = await docxBytes(document);
  if (as.format === 'docx') return docx;
  return docxToPdf(as.soffice!, docx);
}

/** Writes the report; returns its model and its own warnings (figures still provisional, a period across 01/07/2025…). */
async function writeReport(data: ReportData, report: ReportId, output: string, as: WriteAs = { format: 'xlsx', soffice: null }): Promise<{ notes: IssueGroup[]; model: SheetModel }> {
  const model = renderReport(report, { ...data, issueDate: issueDateFor(data.info, dayFromDate(new Date())), language: 'vi' });
  await writeAtomically(output, await reportBytes(model, as));
  // The dossiers that cost QĐ 766 points are listed on the sheet itself (the pane selects them); here only their number.
  const notes = reportIssuesOf(model).filter((i) => i.code !== 'score766Lost');
  const lost = reportIssuesOf(model).length - notes.length;
  if (lost > 0) {
    notes.push({ severity: 'warning', sheet: model.name, row: null, column: null, code: 'score766Lost', message: `${lost} hồ sơ làm giảm điểm được liệt kê trong bảng cuối báo cáo. / ${lost} dossiers that cost points are listed in the report's last table.` });
  }
  return { notes: groupIssues(notes), model };
}

/** The fill of a placeholder the user must replace (`PLACEHOLDER_STYLE` of src/templates/frame.ts: yellow). */
const PLACEHOLDER_FILL = 'FFFF00';

/** How many cells of the report are still placeholders: highlighted, for the user to fill in. */
export function placeholdersIn(model: SheetModel): number {
  return model.cells.filter((c) => c.style?.fill?.toUpperCase() === PLACEHOLDER_FILL).length;
}

const pct = (x: number | null) => (x === null ? 'không có dữ liệu/no data' : `${Math.round(x * 1000) / 10}%`);

/** The headline figures of a report, on one line. */
function headline(i: Indicators): string {
  return (
    `tiếp nhận/received ${i.received}; đã giải quyết/resolved ${i.resolved}; đúng hạn/on time ${pct(i.onTimeRate)}; ` +
    `trực tuyến/online share ${pct(i.onlineShare)}`
  );
}

/** `consolidate`: the units' files in one report by unit (src/cli/consolidate.ts). */
async function consolidateCommand(args: Args): Promise<number> {
  const language = languageOf(args);
  const period = periodOf(args);
  const json = args.options.has('json');
  const given = optionText(args, 'output');
  const format = outputFormatOf(given, optionText(args, 'format'));
  const label = (period.label ?? `${isoDay(period.from)}_${isoDay(period.to)}`).replace(/[^0-9A-Za-z_-]/g, '-');
  // With --json alone nothing is written; otherwise the report goes to -o or beside where the command runs.
  const output = given ?? (json && optionText(args, 'format') === undefined ? null : `tong-hop-${label}.${format}`);
  const soffice = output !== null && format === 'pdf' ? await findSoffice() : null;
  if (output !== null && format === 'pdf' && soffice === null) throw new UsageError(NO_SOFFICE);
  const files = await inputFilesOf(args.positional, output ?? undefined);
  if (output !== null) {
    for (const file of files) {
      if (await sameFile(file, output)) throw new UsageError(`Tệp kết quả trùng một tệp đầu vào: không ghi đè dữ liệu gốc. / The output is one of the inputs: inputs are never overwritten.`);
    }
    await checkTarget(output, args.options.has('overwrite'));
  }
  const run = await runConsolidation(files, period, language);
  const issues = run.consolidation.issues;
  if (json) say(JSON.stringify(consolidationJson(run), null, 2));
  const problems = groupIssues(issues);
  if (!json) for (const group of problems) complain(describeGroup(group));
  if (output === null) return hasErrors(issues) ? EXIT.dataErrors : EXIT.ok;
  if (hasErrors(issues) && !args.options.has('force')) {
    complain(
      `Dữ liệu có lỗi: chưa tạo báo cáo tổng hợp. Sửa các chỗ trên, hoặc thêm --force để tổng hợp từ số liệu đọc được. / ` +
        `Data errors found: no consolidated report written. Fix the places above, or add --force to consolidate what could be read.`,
    );
    return EXIT.dataErrors;
  }
  const report = consolidatedReport(run);
  for (const note of report.sheets.flatMap((sheet) => sheet.warnings)) complain(`CẢNH BÁO/WARNING: ${note}`);
  await writeAtomically(output, await consolidatedBytes(run, report, format, soffice));
  const c = run.consolidation;
  const out = json ? complain : say;
  out(output);
  out(`${files.length} tệp/files; ${c.units.length} đơn vị/units; tiếp nhận/received ${c.total.received ?? '—'}; đã giải quyết/resolved ${c.total.resolved ?? '—'}; đúng hạn/on time ${pct(c.onTimeRate)}; trực tuyến/online share ${pct(c.onlineShare)}`);
  return hasErrors(issues) ? EXIT.dataErrors : EXIT.ok;
}

async function writeSample(output: string): Promise<void> {
  const workbook = await newWorkbook();
  writeInputSheets(workbook, sampleSheets());
  writeFormulaSheet(workbook);
  await writeWorkbookAtomically(workbook, output);
}

async function sampleCommand(args: Args): Promise<number> {
  const output = optionText(args, 'output') ?? 'tthc-sample.xlsx';
  await checkTarget(output, args.options.has('overwrite'));
  await writeSample(output);
  say(output);
  return EXIT.ok;
}

/** The README's main job: the sample workbook and its reports, in out/. */
async function demoCommand(args: Args): Promise<number> {
  const dir = optionText(args, 'output') ?? 'out';
  const samplePath = path.join(dir, 'tthc-sample.xlsx');
  const periods: Record<ReportId, string> = {
    quarterly: SAMPLE_PERIODS.quarterly,
    digitisation: SAMPLE_PERIODS.digitisation,
    form06: SAMPLE_PERIODS.quarterly,
    score766: SAMPLE_PERIODS.quarterly,
    proceduresByLevel: SAMPLE_PERIODS.quarterly,
    overdueList: SAMPLE_PERIODS.quarterly,
  };
  // Every report for the seeds' periods, then the quarterly report as the 2025 rules word it.
  // Each as a sheet (.xlsx) and as a Word document (.docx).
  const jobs: { report: ReportId; label: string; name: string }[] = [
    ...REPORT_IDS.map((report) => ({ report, label: periods[report], name: report })),
    { report: 'quarterly', label: SAMPLE_PERIODS.quarterly2026, name: `quarterly-${SAMPLE_PERIODS.quarterly2026}` },
  ];
  const FORMATS = ['xlsx', 'docx'] as const;
  const files = jobs.flatMap((j) => FORMATS.map((format) => `${j.name}.${format}`));
  await makeFolder(dir);
  // Nothing is written when one of the files is there already, unless --overwrite.
  if (!args.options.has('overwrite')) {
    const there: string[] = [];
    for (const file of ['tthc-sample.xlsx', ...files]) if (await exists(path.join(dir, file))) there.push(file);
    if (there.length > 0) {
      const names = there.join(', ');
      throw new FileError(
        `Thư mục "${dir}" đã có ${names}: thêm --overwrite để ghi đè. / The folder "${dir}" already holds ${names}: add --overwrite to replace them.`,
      );
    }
  }
  await writeSample(samplePath);
  say(`Sổ mẫu / sample workbook: ${samplePath}`);
  for (const { report, label, name } of jobs) {
    const period = periodFromLabel(label)!;
    const data = await load(samplePath, period, 'vi', undefined, report);
    const outputs = FORMATS.map((format) => path.join(dir, `${name}.${format}`));
    for (const [k, format] of FORMATS.entries()) await writeReport(data, report, outputs[k], { format, soffice: null });
    const i = data.result.indicators;
    process.stdout.write(
      `${report.padEnd(17)} ${describePeriod(period).padEnd(22)} ${outputs.join(', ')}\n` +
        `             tiếp nhận/received ${i.received} (mới/new ${i.newReceived}, trực tuyến/online ${i.newOnline}, kỳ trước/carried over ${i.carriedOver}); ` +
        `đã giải quyết/resolved ${i.resolved}, đúng hạn/on time ${pct(i.onTimeRate)}; tỷ lệ trực tuyến/online share ${pct(i.onlineShare)}; ` +
        `số hóa hồ sơ/digitised ${pct(i.dossierDigitisationRate)}\n`,
    );
  }
  say(`Ngày tạo / generated: ${formatDay(dayFromDate(new Date()))}`);
  return EXIT.ok;
}

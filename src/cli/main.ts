import ExcelJS from 'exceljs';
import { promises as fs } from 'fs';
import path from 'path';
import { writeFormulaSheet } from '../adapters/exceljs/formulaSheet';
import { writeInputSheets } from '../adapters/exceljs/writeInputs';
import { writeSheetModel } from '../adapters/exceljs/writeSheet';
import { dayFromDate, formatDay, isoDay } from '../core/days';
import { hasErrors, ReportData, reportDataFor } from '../core/engine';
import { parseInputs } from '../core/inputs';
import { describePeriod, periodFromLabel, periodFromRange } from '../core/periods';
import { WorkbookFileError } from '../readers/errors';
import { readSheetsFromFile } from '../readers/nodeFile';
import { sampleSheets, SAMPLE_PERIODS } from '../sample/sampleWorkbook';
import { IssueGroup, Language, Period } from '../core/types';
import { groupIssues } from '../core/issueGroups';
import { REPORT_IDS, renderReport, ReportId, reportIssuesOf } from '../templates';
import { Args, optionText, parseArgs, UsageError } from './args';

const USAGE = `tthc-report: số liệu và báo cáo TTHC từ sổ Excel / TTHC figures and reports from an Excel workbook

  tthc-report indicators <workbook> --period 2024-Q2 [--calendar] [--from YYYY-MM-DD --to YYYY-MM-DD] [--catalogue FILE] [--lang en]
  tthc-report generate <workbook> --report ${REPORT_IDS.join('|')} (--period P | --from D --to D) [--catalogue FILE] [-o out.xlsx] [--force]
  tthc-report sample [-o sample.xlsx]
  tthc-report demo [-o out]

Sổ / workbook: .xlsx, HTML .xls as provincial systems export it, or CSV; --catalogue: the TTHC catalogue from another file.
Kỳ báo cáo / periods: 2024-Q1..Q4 (15/12–14/03 …), 2024-H1, 2024-9M, 2024; --calendar: calendar months.
Exit: 0 no data error; 1 data errors found; 2 usage or file error.`;

/** Exit codes of DESIGN §8. */
const EXIT = { ok: 0, dataErrors: 1, usage: 2 } as const;

export async function main(argv: string[]): Promise<number> {
  try {
    const args = parseArgs(argv);
    switch (args.command) {
      case 'indicators':
        return await indicatorsCommand(args);
      case 'generate':
        return await generateCommand(args);
      case 'sample':
        return await sampleCommand(args);
      case 'demo':
        return await demoCommand(args);
      case 'help':
      case '--help':
      case '-h':
        process.stdout.write(`${USAGE}\n`);
        return EXIT.ok;
      default:
        throw new UsageError(`Lệnh không rõ "${args.command}". / Unknown command "${args.command}".`);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`${e.message}\n\n${USAGE}\n`);
      return EXIT.usage;
    }
    if (e instanceof WorkbookFileError) {
      process.stderr.write(`${e.message}\n`);
      return EXIT.usage;
    }
    throw e;
  }
}

function languageOf(args: Args): Language {
  const lang = optionText(args, 'lang') ?? 'vi';
  if (lang !== 'vi' && lang !== 'en') throw new UsageError(`--lang: vi hoặc en / vi or en.`);
  return lang;
}

function periodOf(args: Args): Period {
  const from = optionText(args, 'from');
  const to = optionText(args, 'to');
  if (from || to) {
    const p = from && to ? periodFromRange(from, to) : null;
    if (!p) throw new UsageError(`--from/--to: cần hai ngày YYYY-MM-DD, từ ≤ đến. / two dates YYYY-MM-DD, from ≤ to.`);
    return p;
  }
  const label = optionText(args, 'period');
  if (!label) throw new UsageError(`Cần --period (ví dụ 2024-Q2) hoặc --from/--to. / --period (e.g. 2024-Q2) or --from/--to is required.`);
  const p = periodFromLabel(label, { calendar: args.options.has('calendar') });
  if (!p) throw new UsageError(`Không đọc được kỳ báo cáo "${label}". / Cannot read the period "${label}".`);
  return p;
}

function workbookArg(args: Args): string {
  const file = args.positional[0];
  if (!file) throw new UsageError(`Cần đường dẫn sổ làm việc .xlsx. / A workbook .xlsx path is required.`);
  return file;
}

/**
 * Reads the workbook and, with `--catalogue`, the file holding the TTHC catalogue: the main
 * file's sheets come first, so its own catalogue wins when it has one.
 */
async function load(file: string, period: Period, language: Language, catalogue?: string, report?: ReportId): Promise<ReportData> {
  const sheets = await readSheetsFromFile(file);
  if (catalogue) sheets.push(...(await readSheetsFromFile(catalogue)));
  const inputs = parseInputs(sheets, { language, today: dayFromDate(new Date()) });
  return reportDataFor(inputs, period, report);
}

async function indicatorsCommand(args: Args): Promise<number> {
  const language = languageOf(args);
  const period = periodOf(args);
  const data = await load(workbookArg(args), period, language, optionText(args, 'catalogue'));
  const { result } = data;
  const json = {
    period: { from: isoDay(period.from), to: isoDay(period.to) },
    indicators: result.indicators,
    byField: result.byField,
    byProcedure: result.byProcedure,
    issues: data.issues,
    issueGroups: groupIssues(data.issues),
  };
  process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
  return hasErrors(data.issues) ? EXIT.dataErrors : EXIT.ok;
}

function reportIdOf(args: Args): ReportId {
  const id = optionText(args, 'report');
  if (!id || !(REPORT_IDS as readonly string[]).includes(id)) {
    throw new UsageError(`--report: ${REPORT_IDS.join(', ')}.`);
  }
  return id as ReportId;
}

/** One line per group of identical problems: where, how many, the first rows. */
function describeGroup(group: IssueGroup): string {
  const rows = group.rows.length === 0 ? null : `dòng/row ${group.rows.join(', ')}${group.count > group.rows.length ? '…' : ''}`;
  const where = [group.sheet, rows, group.column ? `cột/column ${group.column}` : null].filter(Boolean).join(', ');
  const times = group.count > 1 ? ` (${group.count} ô/cells)` : '';
  return `${group.severity === 'error' ? 'LỖI/ERROR' : 'CẢNH BÁO/WARNING'} ${where}${times}: ${group.message}`;
}

/** Writes to a temporary file beside the target, then renames: a failed write leaves nothing behind. */
async function writeWorkbookAtomically(workbook: ExcelJS.Workbook, target: string): Promise<void> {
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
  try {
    await workbook.xlsx.writeFile(temp);
    await fs.rename(temp, target);
  } catch (e) {
    await fs.rm(temp, { force: true });
    throw new WorkbookFileError(`Không ghi được "${target}" (${(e as Error).message}). / Cannot write "${target}".`);
  }
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
  const input = workbookArg(args);
  const report = reportIdOf(args);
  const period = periodOf(args);
  const label = (period.label ?? `${isoDay(period.from)}_${isoDay(period.to)}`).replace(/[^0-9A-Za-z_-]/g, '-');
  const output = optionText(args, 'output') ?? path.join(path.dirname(input), `${path.basename(input, path.extname(input))}-${report}-${label}.xlsx`);
  if (await sameFile(input, output)) throw new UsageError(`Tệp kết quả trùng tệp đầu vào: không ghi đè dữ liệu gốc. / The output is the input file: the input is never overwritten.`);
  const data = await load(input, period, language, optionText(args, 'catalogue'), report);
  for (const group of groupIssues(data.issues)) process.stderr.write(`${describeGroup(group)}\n`);
  if (hasErrors(data.issues) && !args.options.has('force')) {
    process.stderr.write(
      `Dữ liệu có lỗi: chưa tạo báo cáo. Sửa các ô trên, hoặc thêm --force để tạo từ các dòng đọc được. / ` +
        `Data errors found: no report written. Fix the cells above, or add --force to report on the readable rows.\n`,
    );
    return EXIT.dataErrors;
  }
  for (const group of await writeReport(data, report, output)) process.stderr.write(`${describeGroup(group)}\n`);
  process.stdout.write(`${output}\n`);
  return hasErrors(data.issues) ? EXIT.dataErrors : EXIT.ok;
}

/** Writes the report; returns its own warnings (figures still provisional, a period across 01/07/2025…). */
async function writeReport(data: ReportData, report: ReportId, output: string): Promise<IssueGroup[]> {
  const workbook = new ExcelJS.Workbook();
  const model = renderReport(report, { ...data, issueDate: dayFromDate(new Date()), language: 'vi' });
  writeSheetModel(workbook, model);
  await writeWorkbookAtomically(workbook, output);
  // The dossiers that cost QĐ 766 points are listed on the sheet itself (the pane selects them); here only their number.
  const notes = reportIssuesOf(model).filter((i) => i.code !== 'score766Lost');
  const lost = reportIssuesOf(model).length - notes.length;
  if (lost > 0) {
    notes.push({ severity: 'warning', sheet: model.name, row: null, column: null, code: 'score766Lost', message: `${lost} hồ sơ làm giảm điểm được liệt kê trong bảng cuối báo cáo. / ${lost} dossiers that cost points are listed in the report's last table.` });
  }
  return groupIssues(notes);
}

async function writeSample(output: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  writeInputSheets(workbook, sampleSheets());
  writeFormulaSheet(workbook);
  await writeWorkbookAtomically(workbook, output);
}

async function sampleCommand(args: Args): Promise<number> {
  const output = optionText(args, 'output') ?? 'tthc-sample.xlsx';
  await writeSample(output);
  process.stdout.write(`${output}\n`);
  return EXIT.ok;
}

const pct = (x: number | null) => (x === null ? '—' : `${Math.round(x * 1000) / 10}%`);

/** The README's main job: the sample workbook and its reports, in out/. */
async function demoCommand(args: Args): Promise<number> {
  const dir = optionText(args, 'output') ?? 'out';
  await fs.mkdir(dir, { recursive: true });
  const samplePath = path.join(dir, 'tthc-sample.xlsx');
  await writeSample(samplePath);
  process.stdout.write(`Sổ mẫu / sample workbook: ${samplePath}\n`);
  const periods: Record<ReportId, string> = {
    quarterly: SAMPLE_PERIODS.quarterly,
    digitisation: SAMPLE_PERIODS.digitisation,
    form06: SAMPLE_PERIODS.quarterly,
    score766: SAMPLE_PERIODS.quarterly,
    proceduresByLevel: SAMPLE_PERIODS.quarterly,
    overdueList: SAMPLE_PERIODS.quarterly,
  };
  // Every report for the seeds' periods, then the quarterly report as the 2025 rules word it.
  const jobs: { report: ReportId; label: string; file: string }[] = [
    ...REPORT_IDS.map((report) => ({ report, label: periods[report], file: `${report}.xlsx` })),
    { report: 'quarterly', label: SAMPLE_PERIODS.quarterly2026, file: `quarterly-${SAMPLE_PERIODS.quarterly2026}.xlsx` },
  ];
  for (const { report, label, file } of jobs) {
    const period = periodFromLabel(label)!;
    const data = await load(samplePath, period, 'vi', undefined, report);
    const output = path.join(dir, file);
    await writeReport(data, report, output);
    const i = data.result.indicators;
    process.stdout.write(
      `${report.padEnd(17)} ${describePeriod(period).padEnd(22)} ${output}\n` +
        `             tiếp nhận/received ${i.received} (mới/new ${i.newReceived}, trực tuyến/online ${i.newOnline}, kỳ trước/carried over ${i.carriedOver}); ` +
        `đã giải quyết/resolved ${i.resolved}, đúng hạn/on time ${pct(i.onTimeRate)}; tỷ lệ trực tuyến/online share ${pct(i.onlineShare)}; ` +
        `số hóa hồ sơ/digitised ${pct(i.dossierDigitisationRate)}\n`,
    );
  }
  process.stdout.write(`Ngày tạo / generated: ${formatDay(dayFromDate(new Date()))}\n`);
  return EXIT.ok;
}

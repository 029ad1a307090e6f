/**
 * Writes the corpus of bad (and nearly bad) workbooks in test/fixtures/bad/.
 * Each fixture is the small base workbook below with one thing wrong, the way
 * staff files go wrong. Run again after changing it:
 *
 *   node -r ts-node/register/transpile-only scripts/make-bad-fixtures.ts
 *
 * The workbook of 1,048,576 rows is not committed: the reliability tests call
 * `writeHugeWorkbook` to write it into a temporary folder.
 */
import { execFileSync } from 'child_process';
import ExcelJS from 'exceljs';
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import { zipOf } from './zip';

export const FIXTURE_DIR = path.join(__dirname, '..', 'test', 'fixtures', 'bad');

type Value = ExcelJS.CellValue;

/** A sheet as rows of values; `Date`s get the dd/mm/yyyy format. */
export interface SheetSpec {
  name: string;
  rows: Value[][];
  /** Ranges to merge, e.g. `A1:F1`. */
  merges?: string[];
}

const FIXED_TIME = new Date(Date.UTC(2024, 6, 1));
const day = (d: number, m: number, y = 2024) => new Date(Date.UTC(y, m - 1, d));

export const PROCEDURE_HEADER = ['Mã TTHC', 'Tên TTHC', 'Lĩnh vực', 'Mức DVCTT', 'Thời hạn giải quyết (ngày làm việc)'];
export const DOSSIER_HEADER = ['Mã hồ sơ', 'Mã TTHC', 'Ngày tiếp nhận', 'Hạn trả kết quả', 'Ngày có kết quả', 'Kênh tiếp nhận'];

/**
 * The base workbook. For 2024-Q2 (15/03/2024–14/06/2024) its four dossiers give:
 * received 4, all new (2 online, 1 direct, 1 postal); resolved 3 (1 early,
 * 1 on time, 1 late); pending 1, in time.
 */
export function baseSheets(): SheetSpec[] {
  return [
    {
      name: 'TTHC',
      rows: [
        [...PROCEDURE_HEADER],
        ['NV.01', 'Cấp hộ chiếu công vụ', 'Xuất nhập cảnh', 'Toàn trình', 5],
        ['NV.02', 'Hợp pháp hóa lãnh sự', 'Lãnh sự', 'Một phần', 10],
      ],
    },
    {
      name: 'HoSo',
      rows: [
        [...DOSSIER_HEADER],
        ['HS-001', 'NV.01', day(18, 3), day(25, 3), day(22, 3), 'Trực tuyến'],
        ['HS-002', 'NV.01', day(2, 4), day(9, 4), day(9, 4), 'Trực tiếp'],
        ['HS-003', 'NV.02', day(10, 5), day(24, 5), day(28, 5), 'Bưu chính'],
        ['HS-004', 'NV.02', day(3, 6), day(17, 6), null, 'Trực tuyến'],
      ],
    },
    {
      name: 'SoLieu',
      rows: [
        ['Kỳ báo cáo', 'Mã chỉ tiêu', 'Giá trị'],
        ['2024-Q2', 'reviewedProcedures', 2],
      ],
    },
    {
      name: 'NoiDung',
      rows: [
        ['Kỳ báo cáo', 'Mục', 'Nội dung'],
        ['2024-Q2', 'I.7', 'Sở đã rà soát 02 thủ tục hành chính.'],
      ],
    },
    {
      name: 'ThongTin',
      rows: [
        ['Thông tin', 'Giá trị'],
        ['Cơ quan chủ quản', 'UBND TỈNH BÌNH MINH'],
        ['Cơ quan', 'SỞ NGOẠI VỤ'],
        ['Người ký', 'Nguyễn Thái Bình'],
      ],
    },
  ];
}

function sheetOf(sheets: SheetSpec[], name: string): SheetSpec {
  const s = sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
}

/** The base workbook with `change` applied to a copy of its sheets. */
function variant(change: (sheets: SheetSpec[]) => void): SheetSpec[] {
  const sheets = baseSheets();
  change(sheets);
  return sheets;
}

export function workbookOf(sheets: SheetSpec[]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'make-bad-fixtures';
  wb.created = FIXED_TIME;
  wb.modified = FIXED_TIME;
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    s.rows.forEach((values, r) => {
      values.forEach((v, c) => {
        if (v === null || v === undefined) return;
        const cell = ws.getCell(r + 1, c + 1);
        cell.value = v;
        if (v instanceof Date || (typeof v === 'object' && 'result' in v && v.result instanceof Date)) cell.numFmt = 'dd/mm/yyyy';
      });
    });
    for (const m of s.merges ?? []) ws.mergeCells(m);
  }
  return wb;
}

export async function writeWorkbook(file: string, sheets: SheetSpec[]): Promise<void> {
  await workbookOf(sheets).xlsx.writeFile(file);
}

/** A cell whose number is shown as a date, as Excel stores a typed date: used for serial 60 (29/02/1900). */
async function writeWithDateSerial(file: string, sheets: SheetSpec[], sheet: string, address: string, serial: number): Promise<void> {
  const wb = workbookOf(sheets);
  const cell = wb.getWorksheet(sheet)!.getCell(address);
  cell.value = serial;
  cell.numFmt = 'dd/mm/yyyy';
  await wb.xlsx.writeFile(file);
}

/** About 10 MB of Vietnamese text: the size of a pasted document, far over Excel's 32,767 characters a cell. */
export const LONG_TEXT_LENGTH = 10 * 1024 * 1024;
function longText(): string {
  const sentence = 'Tiếp tục rà soát, đơn giản hóa thủ tục hành chính và nâng cao chất lượng phục vụ người dân. ';
  return sentence.repeat(Math.ceil(LONG_TEXT_LENGTH / sentence.length)).slice(0, LONG_TEXT_LENGTH);
}

/** A valid .xlsx cut in half, as a failed download or copy leaves it. */
async function truncatedCopy(source: string, file: string): Promise<void> {
  const bytes = fixZipTimes(await fs.readFile(source));
  await fs.writeFile(file, bytes.subarray(0, Math.floor(bytes.length / 2)));
}

/**
 * The first sector of an OLE compound file: what an .xls from Excel 97–2003 and an
 * encrypted (password-protected) .xlsx both start with.
 */
function oleHeader(): Buffer {
  const b = Buffer.alloc(1536, 0xff);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(b, 0);
  b.fill(0, 8, 24);
  b.writeUInt16LE(0x003e, 24); // minor version
  b.writeUInt16LE(0x0003, 26); // major version 3
  b.writeUInt16LE(0xfffe, 28); // little-endian
  b.writeUInt16LE(9, 30); // 512-byte sectors
  b.writeUInt16LE(6, 32); // 64-byte mini sectors
  b.fill(0, 34, 44);
  b.writeUInt32LE(1, 44); // one FAT sector
  b.writeUInt32LE(1, 48); // directory starts at sector 1
  b.writeUInt32LE(0, 52);
  b.writeUInt32LE(4096, 56); // mini stream cutoff
  b.writeUInt32LE(0xfffffffe, 60); // no mini FAT
  b.writeUInt32LE(0, 64);
  b.writeUInt32LE(0xfffffffe, 68); // no DIFAT sectors
  b.writeUInt32LE(0, 72);
  b.writeUInt32LE(0, 76); // FAT in sector 0
  // Sector 0 (FAT): sector 0 is FAT, sector 1 ends the directory chain.
  b.writeUInt32LE(0xfffffffd, 512);
  b.writeUInt32LE(0xfffffffe, 516);
  // Sector 1 (directory): a root entry only.
  b.fill(0, 1024, 1536);
  const name = Buffer.from('Root Entry\0', 'utf16le');
  name.copy(b, 1024);
  b.writeUInt16LE(name.length, 1024 + 64);
  b[1024 + 66] = 5; // root storage
  b[1024 + 67] = 1; // black
  b.writeUInt32LE(0xffffffff, 1024 + 68);
  b.writeUInt32LE(0xffffffff, 1024 + 72);
  b.writeUInt32LE(0xffffffff, 1024 + 76);
  b.writeUInt32LE(0xfffffffe, 1024 + 116);
  return b;
}

/** A zip of the given text files, stored without compression. */
const storedZip = (files: Record<string, string>): Buffer => Buffer.from(zipOf(files));

/** Every committed fixture: file name and how to write it. */
export const FIXTURES: Record<string, (file: string) => Promise<void>> = {
  'base.xlsx': (f) => writeWorkbook(f, baseSheets()),

  // Missing tables and columns.
  'missing-hoso-sheet.xlsx': (f) => writeWorkbook(f, baseSheets().filter((s) => s.name !== 'HoSo')),
  'missing-received-column.xlsx': (f) =>
    writeWorkbook(
      f,
      variant((s) => {
        for (const row of sheetOf(s, 'HoSo').rows) row.splice(2, 1);
      }),
    ),
  'header-without-diacritics.xlsx': (f) =>
    writeWorkbook(
      f,
      variant((s) => {
        sheetOf(s, 'HoSo').rows[0] = ['Ma ho so', 'Ma TTHC', 'Ngay tiep nhan', 'Han tra ket qua', 'Ngay co ket qua', 'Kenh tiep nhan'];
      }),
    ),
  'header-typo.xlsx': (f) =>
    writeWorkbook(
      f,
      variant((s) => {
        sheetOf(s, 'HoSo').rows[0][2] = 'Ngày tếp nhận';
      }),
    ),
  // A title over the table and a header on two rows, as the provincial system exports it.
  'merged-header.xlsx': (f) =>
    writeWorkbook(
      f,
      variant((s) => {
        const hoso = sheetOf(s, 'HoSo');
        const data = hoso.rows.slice(1);
        hoso.rows = [
          ['SỔ THEO DÕI HỒ SƠ NĂM 2024'],
          ['Mã hồ sơ', 'Mã TTHC', 'Ngày tiếp nhận', 'Kết quả giải quyết', null, 'Kênh tiếp nhận'],
          [null, null, null, 'Hạn trả kết quả', 'Ngày có kết quả', null],
          ...data,
        ];
        hoso.merges = ['A1:F1', 'A2:A3', 'B2:B3', 'C2:C3', 'D2:E2', 'F2:F3'];
      }),
    ),

  // Rows that are not dossiers.
  'blank-rows.xlsx': (f) =>
    writeWorkbook(
      f,
      variant((s) => {
        const rows = sheetOf(s, 'HoSo').rows;
        rows.splice(3, 0, [], [null, null, null, null, null, null], []);
      }),
    ),
  'total-row.xlsx': (f) =>
    writeWorkbook(
      f,
      variant((s) => {
        const hoso = sheetOf(s, 'HoSo');
        hoso.rows.push(['Tổng cộng', null, { formula: 'COUNTA(C2:C5)', result: 4 }, null, { formula: 'COUNTA(E2:E5)', result: 3 }, null]);
      }),
    ),
  // A numbered log (STT first): the total's label sits in the number column.
  'total-row-numbered.xlsx': (f) =>
    writeWorkbook(
      f,
      variant((s) => {
        const hoso = sheetOf(s, 'HoSo');
        hoso.rows = hoso.rows.map((row, i) => [i === 0 ? 'STT' : i, ...row]);
        hoso.rows.push(['Tổng cộng', null, null, { formula: 'COUNTA(D2:D5)', result: 4 }, null, null, null]);
        hoso.merges = ['A6:C6'];
      }),
    ),

  // Formulas: their cached results are read; an error value is a located error.
  'formulas.xlsx': (f) =>
    writeWorkbook(
      f,
      variant((s) => {
        const rows = sheetOf(s, 'HoSo').rows;
        rows[1][3] = { formula: 'C2+7', result: day(25, 3) };
        rows[2][1] = { formula: 'TTHC!A2', result: 'NV.01' };
      }),
    ),
  'error-value.xlsx': (f) =>
    writeWorkbook(
      f,
      variant((s) => {
        const rows = sheetOf(s, 'HoSo').rows;
        rows[3][4] = { formula: 'VLOOKUP(A4,KetQua!A:B,2,FALSE)', result: { error: '#N/A' } };
      }),
    ),
  'error-value-typed.xlsx': (f) =>
    writeWorkbook(
      f,
      variant((s) => {
        sheetOf(s, 'HoSo').rows[2][2] = { error: '#N/A' };
      }),
    ),

  // Values that cannot be read.
  'date-31-feb.xlsx': (f) =>
    writeWorkbook(
      f,
      variant((s) => {
        sheetOf(s, 'HoSo').rows[2][2] = '31/02/2024';
      }),
    ),
  'date-serial-60.xlsx': (f) => writeWithDateSerial(f, baseSheets(), 'HoSo', 'C3', 60),
  'text-in-number.xlsx': (f) =>
    writeWorkbook(
      f,
      variant((s) => {
        sheetOf(s, 'TTHC').rows[2][4] = 'năm';
      }),
    ),
  'negative-figure.xlsx': (f) =>
    writeWorkbook(
      f,
      variant((s) => {
        sheetOf(s, 'SoLieu').rows[1][2] = -3;
      }),
    ),
  'future-date.xlsx': (f) =>
    writeWorkbook(
      f,
      variant((s) => {
        const row = sheetOf(s, 'HoSo').rows[4];
        row[2] = day(3, 6, 2099);
        row[3] = day(17, 6, 2099);
      }),
    ),
  'duplicate-id.xlsx': (f) =>
    writeWorkbook(
      f,
      variant((s) => {
        sheetOf(s, 'HoSo').rows[3][0] = 'HS-001';
      }),
    ),
  'unknown-procedure.xlsx': (f) =>
    writeWorkbook(
      f,
      variant((s) => {
        sheetOf(s, 'HoSo').rows[3][1] = 'NV.99';
      }),
    ),
  'long-text.xlsx': (f) =>
    writeWorkbook(
      f,
      variant((s) => {
        sheetOf(s, 'NoiDung').rows[1][2] = longText();
        sheetOf(s, 'ThongTin').rows[2][1] = longText();
      }),
    ),

  // Workbooks other programs write: each must read exactly like base.xlsx.
  'date-1904.xlsx': async (f) => {
    const wb = workbookOf(baseSheets());
    wb.properties.date1904 = true;
    await wb.xlsx.writeFile(f);
  },
  'inline-strings.xlsx': async (f) => {
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: f, useSharedStrings: false, useStyles: true });
    wb.created = FIXED_TIME;
    wb.modified = FIXED_TIME;
    for (const s of baseSheets()) {
      const ws = wb.addWorksheet(s.name);
      for (const values of s.rows) {
        const row = ws.addRow(values);
        values.forEach((v, c) => {
          if (v instanceof Date) row.getCell(c + 1).numFmt = 'dd/mm/yyyy';
        });
        row.commit();
      }
      ws.commit();
    }
    await wb.commit();
  },
  'libreoffice-saved.xlsx': async (f) => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'lo-'));
    try {
      await writeWorkbook(path.join(dir, 'in.xlsx'), baseSheets());
      execFileSync('soffice', ['--headless', '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', path.join(dir, 'out'), path.join(dir, 'in.xlsx')], {
        stdio: 'ignore',
        timeout: 120_000,
      });
      await fs.copyFile(path.join(dir, 'out', 'in.xlsx'), f);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  },
  // HoSo kept as an Excel table (ListObject) named HoSo on a sheet named otherwise.
  'excel-table.xlsx': async (f) => {
    const sheets = baseSheets();
    const hoso = sheetOf(sheets, 'HoSo');
    const wb = workbookOf(sheets.filter((s) => s.name !== 'HoSo'));
    const ws = wb.addWorksheet('Sổ theo dõi');
    ws.getCell('A1').value = 'SỔ THEO DÕI HỒ SƠ NĂM 2024';
    ws.addTable({
      name: 'HoSo',
      ref: 'A3',
      columns: DOSSIER_HEADER.map((name) => ({ name })),
      rows: hoso.rows.slice(1),
    });
    for (const c of [3, 4, 5]) ws.getColumn(c).numFmt = 'dd/mm/yyyy';
    await wb.xlsx.writeFile(f);
  },

  // Files that are not workbooks.
  'random-bytes.xlsx': async (f) => {
    // A fixed pseudo-random sequence, so the file is the same every time.
    let x = 0x2545f491;
    const bytes = Buffer.alloc(4096);
    for (let i = 0; i < bytes.length; i++) {
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      bytes[i] = x & 0xff;
    }
    await fs.writeFile(f, bytes);
  },
  'truncated.xlsx': async (f) => {
    const whole = `${f}.whole`;
    await writeWorkbook(whole, baseSheets());
    await truncatedCopy(whole, f);
    await fs.rm(whole);
  },
  // Bytes changed inside the HoSo sheet, the zip directory intact.
  'corrupt-sheet.xlsx': async (f) => {
    const whole = `${f}.whole`;
    await writeWorkbook(whole, baseSheets());
    const bytes = await fs.readFile(whole);
    await fs.rm(whole);
    const at = bytes.indexOf(Buffer.from('xl/worksheets/sheet2.xml')) + 24 + 100;
    for (let i = 0; i < 4; i++) bytes[at + i] ^= 0x5a;
    await fs.writeFile(f, bytes);
  },
  'password-protected.xlsx': async (f) => fs.writeFile(f, oleHeader()),
  // A real Excel 97–2003 file (LibreOffice's), renamed .xlsx.
  'xls-renamed.xlsx': async (f) => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'xls-'));
    try {
      await writeWorkbook(path.join(dir, 'base.xlsx'), baseSheets());
      execFileSync('soffice', ['--headless', '--convert-to', 'xls', '--outdir', dir, path.join(dir, 'base.xlsx')], { stdio: 'ignore', timeout: 120_000 });
      await fs.copyFile(path.join(dir, 'base.xls'), f);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  },
  'empty.xlsx': async (f) => fs.writeFile(f, ''),
  // A zip that is no workbook: a Word document renamed .xlsx.
  'docx-renamed.xlsx': async (f) =>
    fs.writeFile(
      f,
      storedZip({
        '[Content_Types].xml': '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
        'word/document.xml': '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>',
      }),
    ),
  'csv-named.xlsx': async (f) =>
    fs.writeFile(
      f,
      'Mã hồ sơ,Mã TTHC,Ngày tiếp nhận,Hạn trả kết quả,Ngày có kết quả,Kênh tiếp nhận\r\nHS-001,NV.01,18/03/2024,25/03/2024,22/03/2024,Trực tuyến\r\n',
    ),
};

/** The rows of the base log, repeated with new IDs, received 2024-03-15 onwards. */
function hugeDossierRow(i: number): Value[] {
  const received = day(15, 3).getTime() / 86_400_000 + (i % 90);
  const asDate = (n: number) => new Date(n * 86_400_000);
  const done = i % 3 === 0 ? null : asDate(received + (i % 9));
  return [`HS-${String(i).padStart(7, '0')}`, i % 2 ? 'NV.01' : 'NV.02', asDate(received), asDate(received + 7), done, i % 2 ? 'Trực tuyến' : 'Trực tiếp'];
}

/**
 * A workbook whose HoSo sheet fills every row Excel allows (1,048,576: the
 * header and 1,048,575 dossiers), written with the streaming writer.
 */
export async function writeHugeWorkbook(file: string, rows = 1_048_576): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: true });
  for (const s of baseSheets()) {
    const ws = wb.addWorksheet(s.name);
    if (s.name !== 'HoSo') {
      for (const r of s.rows) ws.addRow(r).commit();
    } else {
      ws.getColumn(3).numFmt = 'dd/mm/yyyy';
      ws.getColumn(4).numFmt = 'dd/mm/yyyy';
      ws.getColumn(5).numFmt = 'dd/mm/yyyy';
      ws.addRow(DOSSIER_HEADER).commit();
      for (let i = 1; i < rows; i++) ws.addRow(hugeDossierRow(i)).commit();
    }
    ws.commit();
  }
  await wb.commit();
}

/**
 * Sets every entry's time in a zip to 01/07/2024 00:00, so that writing the
 * fixtures again gives the same bytes (zip writers stamp the current time).
 */
export function fixZipTimes(bytes: Buffer): Buffer {
  const end = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0 || end + 22 > bytes.length) return bytes;
  const count = bytes.readUInt16LE(end + 10);
  let p = bytes.readUInt32LE(end + 16);
  const time = 0;
  const date = ((2024 - 1980) << 9) | (7 << 5) | 1;
  for (let n = 0; n < count && p + 46 <= end && bytes.readUInt32LE(p) === 0x02014b50; n++) {
    bytes.writeUInt16LE(time, p + 12);
    bytes.writeUInt16LE(date, p + 14);
    const local = bytes.readUInt32LE(p + 42);
    if (bytes.readUInt32LE(local) === 0x04034b50) {
      bytes.writeUInt16LE(time, local + 10);
      bytes.writeUInt16LE(date, local + 12);
    }
    p += 46 + bytes.readUInt16LE(p + 28) + bytes.readUInt16LE(p + 30) + bytes.readUInt16LE(p + 32);
  }
  return bytes;
}

async function main(): Promise<void> {
  await fs.mkdir(FIXTURE_DIR, { recursive: true });
  for (const [name, write] of Object.entries(FIXTURES)) {
    try {
      await write(path.join(FIXTURE_DIR, name));
      const file = path.join(FIXTURE_DIR, name);
      await fs.writeFile(file, fixZipTimes(await fs.readFile(file)));
    } catch (e) {
      // Only xls-renamed.xlsx needs a tool (LibreOffice); without it the committed file stays.
      process.stderr.write(`${name}: not written (${(e as Error).message.split('\n')[0]})\n`);
      continue;
    }
    const { size } = await fs.stat(path.join(FIXTURE_DIR, name));
    process.stdout.write(`${name.padEnd(34)} ${size} bytes\n`);
  }
}

if (require.main === module) {
  main().catch((e) => {
    process.stderr.write(`${(e as Error).stack}\n`);
    process.exitCode = 1;
  });
}

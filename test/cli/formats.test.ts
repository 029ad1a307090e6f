/**
 * `generate` writes the format `-o`'s extension or `--format` names, and never one format under
 * another's name. (PDF through LibreOffice is test/render/cliPdf.test.ts: it starts soffice.)
 */

import ExcelJS from 'exceljs';
import { existsSync, readdirSync, readFileSync } from 'fs';
import { strFromU8, unzipSync } from 'fflate';
import { outputFormatOf } from '../../src/cli/outputFormat';
import { makeTempDir } from '../helpers/tempDir';
import { runCli } from '../helpers/cliInProcess';

const run = runCli;

/** The text of a .docx's body, runs joined, paragraphs a line each. */
function docxText(file: string): string {
  const xml = strFromU8(unzipSync(new Uint8Array(readFileSync(file)))['word/document.xml']);
  return xml
    .split(/<\/w:p>/)
    .map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
    .join('\n')
    .replace(/&amp;/g, '&');
}

const temp = makeTempDir();
const sample = temp.file('sample.xlsx');
beforeAll(async () => {
  expect((await run('sample', '-o', sample)).code).toBe(0);
});
afterAll(() => temp.remove());

const generate = (...rest: string[]) => run('generate', sample, '--report', 'quarterly', '--period', '2023-Q2', ...rest);

describe('generate: the output format', () => {
  test('-o q.docx writes a Word document with seed 000 sentences and the sample figures', async () => {
    const output = temp.file('q.docx');
    const { code, stdout } = await generate('-o', output);
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe(output);
    const bytes = readFileSync(output);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const text = docxText(output);
    expect(text).toContain('Tổng số hồ sơ TTHC đã tiếp nhận trong kỳ báo cáo: 14');
    expect(text).toContain('Số lượng hồ sơ đã giải quyết: 10; trong đó, giải quyết trước hạn:');
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('Nơi nhận:');
  });

  test.each([['digitisation', 'so-hoa-2023.docx', '2023'], ['form06', 'bieu-06.docx', '2023-Q2'], ['score766', 'diem-766.docx', '2023-Q2']])(
    '%s as .docx',
    async (report, name, period) => {
      const output = temp.file(name);
      const { code } = await run('generate', sample, '--report', report, '--period', period, '-o', output);
      expect(code).toBe(0);
      expect(docxText(output).length).toBeGreaterThan(500);
    },
  );

  test('--format docx without -o names the file .docx beside the workbook', async () => {
    const { code, stdout } = await generate('--format', 'docx', '--overwrite');
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toMatch(/sample-quarterly-2023-Q2\.docx$/);
  });

  test('-o q.txt is refused before any work: exit 2, nothing written', async () => {
    const before = readdirSync(temp.dir).sort();
    const { code, stderr } = await generate('-o', temp.file('q.txt'));
    expect(code).toBe(2);
    expect(stderr).toContain('chỉ ghi được .xlsx, .docx hoặc .pdf');
    expect(readdirSync(temp.dir).sort()).toEqual(before);
  });

  test('--format xlsx with -o q.docx is refused: never one format under another name', async () => {
    const { code, stderr } = await generate('-o', temp.file('other.docx'), '--format', 'xlsx');
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(existsSync(temp.file('other.docx'))).toBe(false);
  });

  test('-o q.pdf without LibreOffice on PATH: exit 2 saying so, nothing written', async () => {
    const path = process.env.PATH;
    const soffice = process.env.TTHC_SOFFICE;
    process.env.PATH = temp.dir;
    delete process.env.TTHC_SOFFICE;
    try {
      const { code, stderr } = await generate('-o', temp.file('q.pdf'));
      expect(code).toBe(2);
      expect(stderr).toContain('LibreOffice');
      expect(existsSync(temp.file('q.pdf'))).toBe(false);
    } finally {
      process.env.PATH = path;
      if (soffice !== undefined) process.env.TTHC_SOFFICE = soffice;
    }
  });
});

describe('generate: the date on the document', () => {
  test('ThongTin\'s "Ngày ban hành" dates the report', async () => {
    const dated = temp.file('dated.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(sample);
    workbook.getWorksheet('ThongTin')!.addRow(['Ngày ban hành', '15/06/2023']);
    await workbook.xlsx.writeFile(dated);
    const docx = temp.file('dated.docx');
    expect((await run('generate', dated, '--report', 'quarterly', '--period', '2023-Q2', '-o', docx)).code).toBe(0);
    expect(docxText(docx)).toContain('Bình Minh, ngày 15 tháng 6 năm 2023');
  });
});

describe('outputFormatOf', () => {
  test('the extension decides, in any case', () => {
    expect(outputFormatOf('Q.DOCX', undefined)).toBe('docx');
    expect(outputFormatOf('q.pdf', 'pdf')).toBe('pdf');
  });

  test('without -o, --format decides, else xlsx', () => {
    expect(outputFormatOf(undefined, 'docx')).toBe('docx');
    expect(outputFormatOf(undefined, undefined)).toBe('xlsx');
  });

  test('a file without extension or an unknown --format is refused', () => {
    expect(() => outputFormatOf('report', undefined)).toThrow('no extension');
    expect(() => outputFormatOf(undefined, 'odt')).toThrow('--format');
  });
});

/**
 * `generate -o q.pdf` with LibreOffice on this machine: a real PDF of the Word document, A4,
 * with the report's words; nothing is left in the temporary folder.
 */

import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { main } from '../../src/cli/main';
import { makeTempDir } from '../helpers/tempDir';

async function run(...argv: string[]): Promise<{ code: number; stderr: string }> {
  let stderr = '';
  const out = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
  const err = jest.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
  try {
    return { code: await main(argv), stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

const temp = makeTempDir();
afterAll(() => temp.remove());

test('-o q.pdf writes an A4 PDF of the quarterly report through LibreOffice', async () => {
  const sample = temp.file('sample.xlsx');
  expect((await run('sample', '-o', sample)).code).toBe(0);
  const before = readdirSync(tmpdir()).filter((n) => n.startsWith('tthc-pdf-')).length;
  const output = temp.file('q.pdf');
  const { code, stderr } = await run('generate', sample, '--report', 'quarterly', '--period', '2023-Q2', '-o', output);
  expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
  expect(readFileSync(output).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const info = execFileSync('pdfinfo', [output], { encoding: 'utf8' });
  expect(info).toMatch(/Page size:\s+595(\.\d+)? x 841(\.\d+)? pts \(A4\)/);
  const text = execFileSync('pdftotext', ['-layout', output, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(text).toContain('Tổng số hồ sơ TTHC đã tiếp nhận trong kỳ báo cáo: 14');
  expect(readdirSync(tmpdir()).filter((n) => n.startsWith('tthc-pdf-')).length).toBe(before);
}, 180_000);

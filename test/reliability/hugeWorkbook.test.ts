/**
 * A dossier log that fills every row Excel allows (1,048,576: the header and
 * 1,048,575 dossiers) is read whole, without crashing, in well under the two
 * minutes a CI job can spare. The file (~40 MB) is written at test time into a
 * temporary folder with ExcelJS's streaming writer, not committed.
 */
import { promises as fs } from 'fs';
import path from 'path';
import { writeHugeWorkbook } from '../../scripts/make-bad-fixtures';
import { dayFromParts } from '../../src/core/days';
import { IndicatorsJson, runCli, tempDir } from './cliRun';

const ROWS = 1_048_576;
const DOSSIERS = ROWS - 1;

let dir: string;
let file: string;
let result: Awaited<ReturnType<typeof runCli>>;
let json: IndicatorsJson;
let seconds: number;

beforeAll(async () => {
  dir = await tempDir('tthc-huge-');
  file = path.join(dir, 'hoso-1048576.xlsx');
  const written = Date.now();
  await writeHugeWorkbook(file, ROWS);
  const writeSeconds = (Date.now() - written) / 1000;
  const started = Date.now();
  result = await runCli(['indicators', file, '--period', '2024-Q2']);
  seconds = (Date.now() - started) / 1000;
  json = JSON.parse(result.stdout) as IndicatorsJson;
  const { size } = await fs.stat(file);
  console.log(
    `1,048,576-row workbook (${(size / 1e6).toFixed(1)} MB): written in ${writeSeconds.toFixed(1)} s, ` +
      `'indicators' read and computed it in ${seconds.toFixed(1)} s`,
  );
}, 300_000);

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

test('every one of the 1,048,575 dossiers is read and counted', () => {
  expect(result.code).toBe(0);
  // The generated log has a channel column and no digitisation flags: one note says so, nothing else.
  expect(json.issues.map((i) => i.code)).toEqual(['noFlagColumns']);
  expect(json.indicators.received).toBe(DOSSIERS);
  expect(json.indicators.newOnline).toBe(524_288);
  expect(json.indicators.newDirect).toBe(524_287);
});

test('the figures are those of the rows as written', () => {
  // Row i: received 15/03/2024 + (i mod 90); completed (i mod 9) days later, blank when i mod 3 = 0.
  const from = dayFromParts(2024, 3, 15);
  const to = dayFromParts(2024, 6, 14);
  let resolved = 0;
  for (let i = 1; i <= DOSSIERS; i++) if (i % 3 !== 0 && from + (i % 90) + (i % 9) <= to) resolved++;
  expect(json.indicators.resolved).toBe(resolved);
  expect(json.indicators.pending).toBe(DOSSIERS - resolved);
});

test('it takes less than two minutes', () => {
  expect(seconds).toBeLessThan(120);
});

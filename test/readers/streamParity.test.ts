/**
 * The log of a real .xlsx read row by row gives what the workbook read whole gives: every
 * fixture workbook (real export shapes and every bad input), each of its sheets taken as a
 * large one (`largeAbove: 0`), through `analyseStreamed` and through `analyse`.
 */
import { readdirSync, readFileSync } from 'fs';
import path from 'path';
import { dayFromParts } from '../../src/core/days';
import { analyse } from '../../src/core/engine';
import { analyseStreamed } from '../../src/core/logStream';
import type { IndicatorResult, Period } from '../../src/core/types';
import { memorySource, openXlsxStreamed, readXlsxSheets, WorkbookFileError } from '../../src/readers';

const FIXTURES = path.join(__dirname, '..', 'fixtures');
const workbooks = ['bad', 'exports'].flatMap((dir) =>
  readdirSync(path.join(FIXTURES, dir))
    .filter((f) => f.endsWith('.xlsx'))
    .map((f) => path.join(dir, f)),
);
const everything: Period = { from: dayFromParts(2000, 1, 1), to: dayFromParts(2030, 12, 31), label: null };
const options = { today: dayFromParts(2026, 12, 1) };

const figuresOf = ({ result }: { result: IndicatorResult }) => ({ indicators: result.indicators, byField: result.byField, byProcedure: result.byProcedure, overdueDossiers: result.overdueDossiers });

/** The analysis both ways, or the message each way failed with. */
async function bothWays(file: string) {
  const bytes = new Uint8Array(readFileSync(path.join(FIXTURES, file)));
  const whole = await readXlsxSheets(memorySource(bytes), file).then(
    (sheets) => analyse(sheets, everything, options),
    (e: Error) => e,
  );
  const streamed = await openXlsxStreamed(memorySource(bytes), file, { largeAbove: 0 }).then(
    (book) => analyseStreamed(book, [], everything, options),
    (e: Error) => e,
  );
  return { whole, streamed };
}

describe('every fixture workbook, its log read row by row', () => {
  test.each(workbooks)('%s gives the same figures and issues, or the same refusal', async (file) => {
    const { whole, streamed } = await bothWays(file);
    if (whole instanceof Error) {
      expect(whole).toBeInstanceOf(WorkbookFileError);
      expect(streamed).toBeInstanceOf(WorkbookFileError);
      expect((streamed as Error).message).toBe(whole.message);
      return;
    }
    expect(streamed).not.toBeInstanceOf(Error);
    // Declined (the log is an Excel table, or no log at all): the CLI reads the workbook whole.
    if (streamed === null) return;
    const s = streamed as Exclude<typeof streamed, Error | null>;
    expect(figuresOf(s)).toEqual(figuresOf(whole));
    expect(s.issues).toEqual(whole.issues);
  });

  test('most of them are streamed, and those declined are the ones whose log is an Excel table or absent', async () => {
    const declined: string[] = [];
    for (const file of workbooks) {
      const { whole, streamed } = await bothWays(file);
      if (!(whole instanceof Error) && streamed === null) declined.push(path.basename(file));
    }
    expect(declined.length).toBeLessThan(workbooks.length / 3);
    for (const name of declined) expect(name).toMatch(/excel-table|missing-hoso|catalogue|by-unit|empty/);
  });
});

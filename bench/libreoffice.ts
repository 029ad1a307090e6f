/**
 * LibreOffice baseline. `soffice --headless --convert-to csv` loads the .xlsx,
 * recalculates and writes the first sheet (the Formulas sheet of the formula
 * workbook) as CSV. Each profile (-env:UserInstallation) has a
 * registrymodifications.xcu that sets Calc's load-time recalculation
 * (`/org.openoffice.Office.Calc/Formula/Load`, `OOXMLRecalcMode` and
 * `ODFRecalcMode`): 0 = always recalculate on load, 1 = never (use the cached
 * results stored in the file).
 *
 * Recalculation time = convert(formula workbook, always) − convert(the same log
 * without any formula, always). The difference also holds parsing the formula
 * cells; convert(formula workbook, never) − that baseline shows the load-only
 * part, and always − never the recalculation alone.
 */
import { existsSync, promises as fs } from 'fs';
import path from 'path';
import { execFileSync } from 'child_process';
import { ProcessRun, timedRun } from './measure';

export type RecalcMode = 'always' | 'never';

const CSV_FILTER = 'csv:Text - txt - csv (StarCalc):44,34,76'; // comma, double quote, UTF-8

export function sofficeVersion(): string | null {
  try {
    return execFileSync('soffice', ['--version'], { encoding: 'utf8', timeout: 60_000 }).trim();
  } catch {
    return null;
  }
}

export class LibreOffice {
  constructor(private readonly root: string) {}

  profileDir(mode: RecalcMode): string {
    return path.join(this.root, `profile-${mode}`);
  }

  /** Fresh profiles with the recalculation setting, each started once so later runs do not pay for first-start setup. */
  async prepare(warmupFile: string): Promise<void> {
    for (const mode of ['always', 'never'] as RecalcMode[]) {
      const dir = this.profileDir(mode);
      await fs.rm(dir, { recursive: true, force: true });
      await fs.mkdir(path.join(dir, 'user'), { recursive: true });
      const value = mode === 'always' ? 0 : 1;
      await fs.writeFile(
        path.join(dir, 'user', 'registrymodifications.xcu'),
        `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>${value}</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>${value}</value></prop></item>
</oor:items>
`,
      );
      await this.convert(warmupFile, mode);
    }
  }

  /** Converts the first sheet of `file` to CSV; returns the run and the CSV text. */
  async convert(file: string, mode: RecalcMode): Promise<{ run: ProcessRun; csv: string }> {
    const outDir = path.join(this.root, `out-${mode}`);
    await fs.rm(outDir, { recursive: true, force: true });
    await fs.mkdir(outDir, { recursive: true });
    const run = await timedRun('soffice', [
      `-env:UserInstallation=file://${this.profileDir(mode)}`,
      '--headless',
      '--norestore',
      '--convert-to',
      CSV_FILTER,
      '--outdir',
      outDir,
      file,
    ]);
    const csvFile = path.join(outDir, `${path.basename(file, '.xlsx')}.csv`);
    if (run.exitCode !== 0 || !existsSync(csvFile)) {
      throw new Error(`soffice failed on ${file} (exit ${run.exitCode}): ${run.stderr.slice(0, 500)} ${run.stdout.slice(0, 500)}`);
    }
    return { run, csv: await fs.readFile(csvFile, 'utf8') };
  }
}

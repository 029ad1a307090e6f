/**
 * Step 6, province scale (issue 14, item 5), each figure from a child process under
 * `/usr/bin/time -v` running the compiled CLI:
 *
 * - a log filling every row Excel allows (1,048,575 dossiers): `tthc-report indicators`
 *   against only inflating that sheet (`unzip -p … | wc -c`, the floor of any reader), and its
 *   peak memory;
 * - 150 units' files holding 3,000,000 dossiers between them: `tthc-report consolidate <folder>
 *   --json`, its time, peak memory and rate per file.
 *
 * The figures printed are checked against the engine's over the same generated dossiers.
 * The files are cached in .tmp/bench/scale/ (about 270 MB; the first run writes them in about
 * seven minutes here).
 */
import { promises as fs } from 'fs';
import path from 'path';
import { isDeepStrictEqual } from 'util';
import { unitCountsOf } from '../src/core/consolidation';
import { computeIndicators } from '../src/core/indicators';
import type { IndicatorResult, Period } from '../src/core/types';
import { benchDossiers, benchProcedures, DEFAULT_SEED, ensureFullSheetLog, ensureUnitFiles, MAX_SHEET_DOSSIERS } from './dataset';
import { unknownCountsOfLog } from './engine';
import { formatSeconds, median, type ProcessRun, timedRun } from './measure';

export const UNIT_FILES = 150;
export const UNIT_DOSSIERS = 3_000_000;

type Add = (step: string, measure: string, n: number | null, result: string, target?: string, pass?: boolean | null) => void;

const MB = 1024 * 1024;

/** The worksheet part of the largest sheet in an .xlsx, and its inflated size, from the zip's directory. */
async function largestSheet(file: string): Promise<{ entry: string; bytes: number }> {
  const list = await timedRun('unzip', ['-l', file]);
  let best = { entry: '', bytes: 0 };
  for (const line of list.stdout.split('\n')) {
    const m = /^\s*(\d+)\s+\S+\s+\S+\s+(xl\/worksheets\/\S+\.xml)\s*$/.exec(line);
    if (m && Number(m[1]) > best.bytes) best = { entry: m[2], bytes: Number(m[1]) };
  }
  return best;
}

const figuresOf = (r: Pick<IndicatorResult, 'indicators' | 'byField' | 'byProcedure'>) =>
  JSON.parse(JSON.stringify({ indicators: r.indicators, byField: r.byField, byProcedure: r.byProcedure })) as unknown;

const reps = (quick: boolean) => (quick ? 1 : 3);
const wall = (runs: ProcessRun[]) => median(runs.map((r) => r.seconds));
const peak = (runs: ProcessRun[]) => Math.max(...runs.map((r) => r.maxRssMB));

export async function stepScale(cli: string, root: string, period: Period, periodLabel: string, add: Add, log: (line: string) => void, quick = false): Promise<void> {
  log('\n## 6. Province scale: a full sheet, and 150 units at once');
  const sheet = await ensureFullSheetLog();
  add('6. scale', 'full-sheet log .xlsx', MAX_SHEET_DOSSIERS, `${path.relative(root, sheet.file)}, ${((await fs.stat(sheet.file)).size / MB).toFixed(1)} MB, ${sheet.reused ? 'reused' : `written in ${formatSeconds(sheet.seconds)}`}`);
  const part = await largestSheet(sheet.file);
  const inflates: ProcessRun[] = [];
  const runs: ProcessRun[] = [];
  // Interleaved, so a burst of load on the machine weighs on both alike.
  for (let i = 0; i < reps(quick); i++) {
    inflates.push(await timedRun('bash', ['-c', 'unzip -p "$0" "$1" | wc -c', sheet.file, part.entry]));
    runs.push(await timedRun(process.execPath, [cli, 'indicators', sheet.file, '--period', periodLabel], { cwd: root }));
  }
  const inflated = Number(inflates[0].stdout.trim());
  add('6. scale', `only inflating the sheet (\`unzip -p … ${part.entry} | wc -c\`)`, MAX_SHEET_DOSSIERS, `${formatSeconds(wall(inflates))} wall (median of ${inflates.length}), ${(inflated / MB).toFixed(0)} MiB of XML`);
  const expected = computeIndicators({ procedures: benchProcedures(), dossiers: benchDossiers(MAX_SHEET_DOSSIERS), unknownCounts: unknownCountsOfLog() }, period);
  const last = runs[runs.length - 1];
  let same = false;
  try {
    const json = JSON.parse(last.stdout) as IndicatorResult & { issues: unknown[] };
    same = isDeepStrictEqual(figuresOf(json), figuresOf(expected));
  } catch {
    // Not JSON: reported as differing, with the exit code.
  }
  const ratio = wall(runs) / wall(inflates);
  add('6. scale', '`tthc-report indicators` on the full sheet', MAX_SHEET_DOSSIERS, `${formatSeconds(wall(runs))} wall (median of ${runs.length}), exit ${last.exitCode}, figures ${same ? 'equal to' : 'DIFFER from'} the engine's`, 'same figures', last.exitCode <= 1 && same);
  add('6. scale', '`indicators` ÷ only inflating the sheet', MAX_SHEET_DOSSIERS, formatRatioText(ratio), '≤ 3×', ratio <= 3);
  add('6. scale', '`indicators` peak memory (max RSS)', MAX_SHEET_DOSSIERS, `${peak(runs).toFixed(0)} MB`, '≤ 400 MB', peak(runs) <= 400);

  const units = await ensureUnitFiles(UNIT_FILES, UNIT_DOSSIERS);
  add('6. scale', `${UNIT_FILES} units' files`, UNIT_DOSSIERS, `${path.relative(root, units.dir)}/, ${units.reused === UNIT_FILES ? 'reused' : `${UNIT_FILES - units.reused} written in ${formatSeconds(units.seconds)}`}`);
  const consolidations: ProcessRun[] = [];
  for (let i = 0; i < reps(quick); i++) consolidations.push(await timedRun(process.execPath, [cli, 'consolidate', units.dir, '--period', periodLabel, '--json'], { cwd: root }));
  const c = consolidations[consolidations.length - 1];
  const check = consolidationCheck(c.stdout, period);
  add('6. scale', `\`tthc-report consolidate\` of ${UNIT_FILES} files`, UNIT_DOSSIERS, `${formatSeconds(wall(consolidations))} wall (median of ${consolidations.length}), exit ${c.exitCode}; ${check.text}`, '≤ 60 s, same figures', c.exitCode <= 1 && check.same && wall(consolidations) <= 60);
  add('6. scale', '`consolidate` rate', UNIT_DOSSIERS, `${(wall(consolidations) / UNIT_FILES).toFixed(2)} s a file (${Math.round(UNIT_DOSSIERS / UNIT_FILES).toLocaleString('en')} dossiers), ${Math.round(UNIT_DOSSIERS / wall(consolidations)).toLocaleString('en')} dossiers/s`);
  add('6. scale', '`consolidate` peak memory (max RSS)', UNIT_DOSSIERS, `${peak(consolidations).toFixed(0)} MB`, '≤ 1 GB', peak(consolidations) <= 1024);
}

function formatRatioText(x: number): string {
  return `${x.toFixed(2)}×`;
}

/** Each unit's form-06 figures in the JSON against the engine's over the same generated dossiers, and the total against their sum. */
function consolidationCheck(stdout: string, period: Period): { same: boolean; text: string } {
  let json: { units: { unit: string; source: string; counts: Record<string, number | null> }[]; total: Record<string, number | null>; issues: { severity: string }[] };
  try {
    json = JSON.parse(stdout) as typeof json;
  } catch {
    return { same: false, text: `output not JSON: ${stdout.slice(0, 120)}` };
  }
  const unknown = unknownCountsOfLog();
  const procedures = benchProcedures();
  const total: Record<string, number> = {};
  let differing = 0;
  for (let i = 1; i <= UNIT_FILES; i++) {
    const n = Math.floor(UNIT_DOSSIERS / UNIT_FILES) + (i <= UNIT_DOSSIERS % UNIT_FILES ? 1 : 0);
    const counts = unitCountsOf(computeIndicators({ procedures, dossiers: benchDossiers(n, DEFAULT_SEED + i), unknownCounts: unknown }, period).indicators);
    for (const [k, v] of Object.entries(counts)) total[k] = (total[k] ?? 0) + (v ?? 0);
    const file = `don-vi-${String(i).padStart(3, '0')}.xlsx`;
    const found = json.units.find((u) => u.source.startsWith(`${file} ›`));
    if (!found || !isDeepStrictEqual(found.counts, counts)) differing++;
  }
  const totalSame = Object.entries(total).every(([k, v]) => json.total[k] === v);
  const errors = json.issues.filter((i) => i.severity === 'error').length;
  const same = differing === 0 && totalSame && json.units.length === UNIT_FILES && errors === 0;
  return { same, text: `${json.units.length} units, ${json.total.received?.toLocaleString('en')} received; ${same ? 'every unit and the total equal the engine’s' : `${differing} units DIFFER, total ${totalSame ? 'equal' : 'DIFFERS'}, ${errors} errors`}` };
}

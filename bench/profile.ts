/**
 * Summarises a V8 .cpuprofile (node --cpu-prof): self time by function and by
 * module, to find where a run's time goes.
 *
 *   node --cpu-prof --cpu-prof-dir=.tmp/prof bin/tthc-report.js indicators f.xlsx --period 2024-Q2
 *   node -r ts-node/register/transpile-only bench/profile.ts .tmp/prof/<file>.cpuprofile [top]
 */
import { readFileSync } from 'fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

export function summarise(file: string, top = 25): string {
  const p = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const self = new Map<number, number>();
  p.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (p.timeDeltas[i] ?? 0)));
  const byFn = new Map<string, number>();
  const byModule = new Map<string, number>();
  for (const n of p.nodes) {
    const us = self.get(n.id) ?? 0;
    if (!us) continue;
    const url = n.callFrame.url.replace(/^file:\/\//, '').replace(/^.*?node_modules\//, 'node_modules/').replace(process.cwd() + '/', '');
    const fn = `${n.callFrame.functionName || '(anonymous)'} ${url}:${n.callFrame.lineNumber + 1}`;
    byFn.set(fn, (byFn.get(fn) ?? 0) + us);
    const mod = url.startsWith('node_modules/') ? url.split('/').slice(0, 2).join('/') : url.split('/').slice(0, 3).join('/') || n.callFrame.functionName;
    byModule.set(mod, (byModule.get(mod) ?? 0) + us);
  }
  const total = (p.endTime - p.startTime) / 1000;
  const fmt = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k, us]) => `${(us / 1000).toFixed(0).padStart(7)} ms ${((us / 1000 / total) * 100).toFixed(1).padStart(5)}%  ${k}`)
      .join('\n');
  return `total ${total.toFixed(0)} ms\n-- by module --\n${fmt(byModule)}\n-- by function (self) --\n${fmt(byFn)}`;
}

if (require.main === module) process.stdout.write(`${summarise(process.argv[2], Number(process.argv[3] ?? 25))}\n`);

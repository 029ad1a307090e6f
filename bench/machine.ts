/** The machine a benchmark ran on, for the results table. */
import { readFileSync } from 'fs';
import os from 'os';
import path from 'path';

export interface Machine {
  cpu: string;
  cores: number;
  ramGB: number;
  node: string;
  os: string;
  packages: string;
}

function read(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

function packageVersion(name: string): string {
  const pkg = read(path.join(__dirname, '..', 'node_modules', name, 'package.json'));
  return pkg ? (JSON.parse(pkg) as { version: string }).version : 'absent';
}

export function describeMachine(libreOffice: string | null): Machine {
  const cpuinfo = read('/proc/cpuinfo');
  const field = (name: string) => new RegExp(`^${name}\\s*:\\s*(.*)$`, 'm').exec(cpuinfo)?.[1]?.trim();
  const name = field('model name') ?? os.cpus()[0]?.model ?? 'unknown';
  const family = field('cpu family');
  const model = family ? `${name} (${field('vendor_id') ?? ''} family ${family} model ${field('model') ?? '?'}, ${field('cpu MHz') ?? '?'} MHz)` : name;
  const pretty = /^PRETTY_NAME="?([^"\n]*)"?$/m.exec(read('/etc/os-release'))?.[1] ?? os.type();
  return {
    cpu: model,
    cores: os.cpus().length,
    ramGB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    os: `${pretty}, Linux ${os.release()} ${os.arch()}`,
    packages: `exceljs ${packageVersion('exceljs')}, hyperformula ${packageVersion('hyperformula')}, typescript ${packageVersion('typescript')}${libreOffice ? `, ${libreOffice}` : ', LibreOffice absent'}`,
  };
}

export function loadAverage(): string {
  return os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' / ');
}

/**
 * The command line as each command declares it: its options (flags, or options taking a value)
 * and how many positional arguments it takes. Anything else is refused with a plain message
 * naming what was wrong (DESIGN §8: unknown options are refused).
 */

/** Parsed command line: the command, positional arguments and `--name value` options. */
export interface Args {
  command: string;
  positional: string[];
  options: Map<string, string | true>;
}

/** What a command accepts. */
export interface CommandSpec {
  name: string;
  /** Options without a value (`--force`). `help` is always accepted. */
  flags: readonly string[];
  /** Options with a value (`--period 2023-Q2`, `--period=2023-Q2`). */
  values: readonly string[];
  /** The positional arguments, by name in both languages, all required; more are refused. */
  positional: readonly { vi: string; en: string }[];
  /** The last positional argument may be given many times (`consolidate a.xlsx b.xlsx thư-mục/`). */
  variadic?: boolean;
}

/** Short options, for every command. */
const SHORT: Record<string, string> = { o: 'output', h: 'help' };

/**
 * A usage problem: exit 2, `message` on one line (Vietnamese / English), then `detail` on a
 * second line when there is one (what to write instead, or where the help is).
 */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly detail?: string,
  ) {
    super(message);
  }
}

/** The second line of a usage error about the command line itself. */
export function helpHint(command?: string): string {
  const cmd = command ? `tthc-report ${command} --help` : 'tthc-report --help';
  return `Hướng dẫn: ${cmd} / Help: ${cmd}`;
}

/** True when `-h`/`--help` is among the arguments (before a `--`): the command's help is shown, whatever else is there. */
export function asksFor(rest: readonly string[], name: 'help' | 'version'): boolean {
  const end = rest.indexOf('--');
  const tokens = end < 0 ? rest : rest.slice(0, end);
  return tokens.some((t) => (name === 'help' ? t === '--help' || t === '-h' : t === '--version'));
}

/** Parses the arguments after the command name against what the command accepts. */
export function parseArgs(spec: CommandSpec, rest: readonly string[]): Args {
  const positional: string[] = [];
  const options = new Map<string, string | true>();
  const flags = new Set([...spec.flags, 'help']);
  const values = new Set(spec.values);
  let endOfOptions = false;
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (!endOfOptions && a === '--') {
      endOfOptions = true;
      continue;
    }
    const m = endOfOptions ? null : /^(--?)([^=]*)(?:=(.*))?$/s.exec(a);
    // A lone `-` is a positional argument (nothing reads stdin, but it is no option either).
    if (!m || a === '-') {
      positional.push(a);
      continue;
    }
    const [, dashes, given, inline] = m;
    const name = dashes === '-' ? SHORT[given] : given;
    const shown = `${dashes}${given}`;
    if (name === undefined || (!flags.has(name) && !values.has(name))) {
      const near = dashes === '--' && given.length >= 3 ? nearest(given, [...spec.values, ...spec.flags]) : null;
      throw new UsageError(
        `Tùy chọn không rõ "${shown}" cho lệnh ${spec.name}. / Unknown option "${shown}" for ${spec.name}.`,
        near ? `Có phải --${near}? / Did you mean --${near}?` : helpHint(spec.name),
      );
    }
    if (options.has(name)) throw new UsageError(`--${name} có hai lần. / --${name} is given twice.`, helpHint(spec.name));
    if (flags.has(name)) {
      if (inline !== undefined) throw new UsageError(`--${name} không nhận giá trị. / --${name} takes no value.`, helpHint(spec.name));
      options.set(name, true);
      continue;
    }
    let value = inline;
    if (value === undefined && i + 1 < rest.length && !/^--?[a-zA-Z]/.test(rest[i + 1])) value = rest[++i];
    if (value === undefined || value.trim() === '') {
      throw new UsageError(`Thiếu giá trị cho ${shown}. / ${shown} needs a value.`, helpHint(spec.name));
    }
    options.set(name, value);
  }
  if (positional.length > spec.positional.length && !spec.variadic) {
    const extra = positional.slice(spec.positional.length);
    const takes =
      spec.positional.length === 0
        ? [`lệnh ${spec.name} không nhận đối số`, `${spec.name} takes no argument`]
        : [`lệnh ${spec.name} nhận một ${spec.positional[0].vi}`, `${spec.name} takes one ${spec.positional[0].en}`];
    const period = options.get('period');
    // `--period Quý II/2023` without quotes: the shell splits it, and `II/2023` lands here.
    const detail =
      typeof period === 'string'
        ? `Kỳ có dấu cách phải đặt trong ngoặc kép: --period "${[period, ...extra].join(' ')}". / Quote a period with spaces: --period "${[period, ...extra].join(' ')}".`
        : helpHint(spec.name);
    throw new UsageError(`Thừa đối số "${extra[0]}" (${takes[0]}). / Unexpected argument "${extra[0]}" (${takes[1]}).`, detail);
  }
  if (positional.length < spec.positional.length) {
    const missing = spec.positional[positional.length];
    throw new UsageError(`Thiếu ${missing.vi} cho lệnh ${spec.name}. / ${spec.name} needs a ${missing.en}.`, helpHint(spec.name));
  }
  return { command: spec.name, positional, options };
}

export function optionText(args: Args, name: string): string | undefined {
  const v = args.options.get(name);
  return typeof v === 'string' ? v : undefined;
}

/** The accepted name closest to a mistyped one (at most two edits away), for "did you mean". */
function nearest(given: string, names: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = 3;
  for (const name of names) {
    const d = distance(given.toLowerCase(), name.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [name, d];
  }
  return best;
}

/** Levenshtein distance. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

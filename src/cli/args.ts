/** Parsed command line: the command, positional arguments and `--name value` options. */
export interface Args {
  command: string;
  positional: string[];
  options: Map<string, string | true>;
}

const FLAGS = new Set(['calendar', 'force', 'help', 'replace']);
const ALIASES: Record<string, string> = { o: 'output', h: 'help' };

export class UsageError extends Error {}

export function parseArgs(argv: string[]): Args {
  const [command = 'help', ...rest] = argv;
  const positional: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    const m = /^--?([a-zA-Z-]+)(?:=(.*))?$/.exec(a);
    if (!m) {
      positional.push(a);
      continue;
    }
    const name = ALIASES[m[1]] ?? m[1];
    if (FLAGS.has(name)) options.set(name, true);
    else if (m[2] !== undefined) options.set(name, m[2]);
    else if (i + 1 < rest.length) options.set(name, rest[++i]);
    else throw new UsageError(`Thiếu giá trị cho --${name}. / --${name} needs a value.`);
  }
  return { command, positional, options };
}

export function optionText(args: Args, name: string): string | undefined {
  const v = args.options.get(name);
  return typeof v === 'string' ? v : undefined;
}

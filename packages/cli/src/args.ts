import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Lang } from '@nianbao/core';
import { DEFAULT_MAX_BYTES } from './files/load.js';
import { parseLang, type Msg } from './i18n.js';

/** The command line as words: which command, its options and operands, and their checks. */

/** A command line that cannot be run: printed with a pointer to --help, exit 2. */
export class UsageError extends Error {
  constructor(readonly msg: Msg) {
    super(msg.id);
  }
}

const COMMON = {
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  'max-size': { type: 'string' },
} as const satisfies ParseArgsConfig['options'];

export const OPTIONS = {
  check: {
    ...COMMON,
    previous: { type: 'string' },
    report: { type: 'string', multiple: true },
    format: { type: 'string', short: 'f' },
    jobs: { type: 'string', short: 'j' },
    progress: { type: 'boolean' },
    'no-progress': { type: 'boolean' },
  },
  fix: { ...COMMON, 'dry-run': { type: 'boolean' } },
  aggregate: {
    ...COMMON,
    agency: { type: 'string' },
    year: { type: 'string' },
    to: { type: 'string', short: 't' },
    output: { type: 'string', short: 'o' },
    force: { type: 'boolean' },
  },
  convert: {
    ...COMMON,
    to: { type: 'string', short: 't' },
    output: { type: 'string', short: 'o' },
  },
  init: {
    ...COMMON,
    agency: { type: 'string' },
    year: { type: 'string' },
    level: { type: 'string' },
    to: { type: 'string', short: 't' },
    output: { type: 'string', short: 'o' },
    force: { type: 'boolean' },
  },
  rules: { ...COMMON, json: { type: 'boolean' } },
} as const satisfies Record<string, ParseArgsConfig['options']>;

export type Command = keyof typeof OPTIONS;
const isCommand = (s: string): s is Command => Object.hasOwn(OPTIONS, s);

/** A command's options as parsed (strings and flags) and its operands. */
export interface Args {
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
}

/** What a command line asks for. */
export type Line =
  | { kind: 'help'; command: Command | 'main'; exit: 'ok' | 'unusable' }
  | { kind: 'version' }
  | { kind: 'command'; command: Command; args: Args };

/** The language asked for anywhere on the line, so that even an argument error is in that language. */
export function langOf(argv: readonly string[], env: NodeJS.ProcessEnv): Lang {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = a === '--lang' ? argv[i + 1] : a.startsWith('--lang=') ? a.slice(7) : undefined;
    const lang = parseLang(v);
    if (lang) return lang;
  }
  return parseLang(env.NIANBAO_LANG) ?? 'zh-CN';
}

/** Parses a command line; a line that names no known command or breaks its options is a UsageError. */
export function parseLine(argv: readonly string[]): Line {
  const [first, ...rest] = argv;
  if (first === undefined) return { kind: 'help', command: 'main', exit: 'unusable' };
  if (first === '-h' || first === '--help') return { kind: 'help', command: 'main', exit: 'ok' };
  if (first === '-v' || first === '--version') return { kind: 'version' };
  if (!isCommand(first))
    throw new UsageError({ id: 'args.unknown-command', values: { command: first } });
  let args: Args;
  try {
    args = parseArgs({
      args: [...rest],
      options: OPTIONS[first],
      allowPositionals: true,
      strict: true,
    }) as Args;
  } catch (e) {
    throw new UsageError({ id: 'args.invalid', values: { detail: (e as Error).message } });
  }
  if (args.values.help) return { kind: 'help', command: first, exit: 'ok' };
  const lang = args.values.lang;
  if (lang !== undefined && !parseLang(lang as string))
    choice('lang', lang as string, ['zh-CN', 'en']);
  return { kind: 'command', command: first, args };
}

/** The value of an option that takes one of a few words. */
export function choice(
  option: string,
  value: string | undefined,
  choices: readonly string[],
  fallback?: string,
): string {
  const v = value ?? fallback;
  if (v === undefined) throw new UsageError({ id: 'args.required', values: { option } });
  if (!choices.includes(v))
    throw new UsageError({
      id: 'args.bad-choice',
      values: { option, value: v, choices: choices.join('|') },
    });
  return v;
}

/** `--max-size` in MB, as bytes. */
export function maxBytes(value: string | undefined): number {
  if (value === undefined) return DEFAULT_MAX_BYTES;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new UsageError({ id: 'args.bad-size' });
  return Math.round(n * 1024 * 1024);
}

/** A trimmed, non-empty option the command cannot do without. */
export function required(values: Args['values'], option: string): string {
  const v = (values[option] as string | undefined)?.trim();
  if (!v) throw new UsageError({ id: 'args.required', values: { option } });
  return v;
}

import { readFileSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Lang } from '@nianbao/core';
import { auditTypeOf } from './audit/index.js';
import { FORMATTERS, runCheck } from './commands/check.js';
import { runAggregate } from './commands/aggregate.js';
import { runConvert } from './commands/convert.js';
import { runFix } from './commands/fix.js';
import { runInit } from './commands/init.js';
import { EXIT } from './exit.js';
import { DEFAULT_MAX_BYTES } from './files/load.js';
import { HELP } from './help.js';
import { InputError, parseLang, t, type Msg } from './i18n.js';
import type { Io } from './output/sink.js';
import { allReaders } from './readers/registry.js';
import { reportSchema } from './schema-order.js';

export function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}

/** A command line that cannot be run: printed with a pointer to --help, exit 2. */
class UsageError extends Error {
  constructor(readonly msg: Msg) {
    super(msg.id);
  }
}

const COMMON = {
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  'max-size': { type: 'string' },
} as const satisfies ParseArgsConfig['options'];

const OPTIONS = {
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
} as const satisfies Record<string, ParseArgsConfig['options']>;

type Command = keyof typeof OPTIONS;
const isCommand = (s: string): s is Command => Object.hasOwn(OPTIONS, s);

/** The language asked for anywhere on the line, so that even an argument error is in that language. */
function langOf(argv: readonly string[], env: NodeJS.ProcessEnv): Lang {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = a === '--lang' ? argv[i + 1] : a.startsWith('--lang=') ? a.slice(7) : undefined;
    const lang = parseLang(v);
    if (lang) return lang;
  }
  return parseLang(env.NIANBAO_LANG) ?? 'zh-CN';
}

function choice(
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

function maxBytes(value: string | undefined): number {
  if (value === undefined) return DEFAULT_MAX_BYTES;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new UsageError({ id: 'args.bad-size' });
  return Math.round(n * 1024 * 1024);
}

/** The agency levels the schema allows, read from the schema itself. */
function agencyLevels(): string[] {
  return (reportSchema().properties?.meta.properties?.agencyLevel.enum ?? []) as string[];
}

/** Runs one command line; resolves to the exit code. Never calls process.exit, so output is flushed first. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  const lang = langOf(argv, io.env);
  const [first, ...rest] = argv;
  /** The one file of fix and convert, named in front of an input error. */
  let file: string | undefined;
  try {
    if (first === undefined || first === '-h' || first === '--help') {
      await io.out.write(HELP.main[lang]);
      return first === undefined ? EXIT.unusable : EXIT.ok;
    }
    if (first === '-v' || first === '--version') {
      await io.out.write(`${version()}\n`);
      return EXIT.ok;
    }
    if (!isCommand(first))
      throw new UsageError({
        id: 'args.unknown-command',
        values: { command: first },
      });
    let parsed: unknown;
    try {
      parsed = parseArgs({
        args: [...rest],
        options: OPTIONS[first],
        allowPositionals: true,
        strict: true,
      });
    } catch (e) {
      throw new UsageError({
        id: 'args.invalid',
        values: { detail: (e as Error).message },
      });
    }
    const { values, positionals } = parsed as {
      values: Record<string, string | boolean | undefined>;
      positionals: string[];
    };
    if (values.help) {
      await io.out.write(HELP[first][lang]);
      return EXIT.ok;
    }
    if (values.lang !== undefined && !parseLang(values.lang as string))
      choice('lang', values.lang as string, ['zh-CN', 'en']);
    const size = maxBytes(values['max-size'] as string | undefined);
    const writable = allReaders()
      .filter((r) => r.write)
      .map((r) => r.id);

    switch (first) {
      case 'check': {
        if (positionals.length === 0) throw new UsageError({ id: 'args.no-inputs' });
        const format = choice(
          'format',
          values.format as string | undefined,
          Object.keys(FORMATTERS),
          'stylish',
        );
        const progress = values['no-progress'] ? false : values.progress ? true : undefined;
        const jobs = values.jobs === undefined ? undefined : Number(values.jobs);
        if (jobs !== undefined && !(Number.isInteger(jobs) && jobs >= 1 && jobs <= 64))
          throw new UsageError({ id: 'args.bad-jobs' });
        const reports = (values.report as unknown as string[] | undefined) ?? [];
        const badReport = reports.find((r) => !auditTypeOf(r));
        if (badReport !== undefined)
          throw new UsageError({
            id: 'args.bad-report',
            values: { file: badReport },
          });
        const previous = values.previous as string | undefined;
        return await runCheck(
          {
            inputs: positionals,
            format,
            lang,
            maxBytes: size,
            progress,
            jobs,
            version: version(),
            previous,
            reports,
          },
          io,
        );
      }
      case 'aggregate': {
        if (positionals.length === 0) throw new UsageError({ id: 'args.no-inputs' });
        const agency = (values.agency as string | undefined)?.trim();
        if (!agency) throw new UsageError({ id: 'args.required', values: { option: 'agency' } });
        const yearText = values.year as string | undefined;
        if (yearText !== undefined && !/^\d{4}$/.test(yearText))
          throw new UsageError({ id: 'args.year' });
        const to = choice('to', values.to as string | undefined, writable, 'md');
        return await runAggregate(
          {
            files: positionals,
            agency,
            year: yearText === undefined ? undefined : Number(yearText),
            to,
            output: values.output as string | undefined,
            force: values.force === true,
            lang,
            maxBytes: size,
          },
          io,
        );
      }
      case 'fix': {
        if (positionals.length !== 1) throw new UsageError({ id: 'args.one-file' });
        file = positionals[0];
        return await runFix({ file, lang, maxBytes: size, dryRun: values['dry-run'] === true }, io);
      }
      case 'convert': {
        if (positionals.length !== 1) throw new UsageError({ id: 'args.one-file' });
        const to = choice('to', values.to as string | undefined, writable);
        file = positionals[0];
        return await runConvert(
          {
            file,
            to,
            output: values.output as string | undefined,
            lang,
            maxBytes: size,
          },
          io,
        );
      }
      case 'init': {
        if (positionals.length > 0)
          throw new UsageError({
            id: 'args.invalid',
            values: { detail: positionals.join(' ') },
          });
        const agency = (values.agency as string | undefined)?.trim();
        if (!agency)
          throw new UsageError({
            id: 'args.required',
            values: { option: 'agency' },
          });
        const yearText = values.year as string | undefined;
        if (yearText === undefined)
          throw new UsageError({
            id: 'args.required',
            values: { option: 'year' },
          });
        const year = Number(yearText);
        if (!/^\d{4}$/.test(yearText) || year < 2021) throw new UsageError({ id: 'args.year' });
        const level =
          values.level === undefined
            ? undefined
            : choice('level', values.level as string, agencyLevels());
        const to = choice('to', values.to as string | undefined, writable, 'md');
        return await runInit(
          {
            agency,
            year,
            agencyLevel: level,
            to,
            output: values.output as string | undefined,
            lang,
            force: values.force === true,
          },
          io,
        );
      }
    }
  } catch (e) {
    if (e instanceof UsageError) {
      await io.err.write(
        `nianbao: ${t(lang, e.msg.id, e.msg.values)}\n${lang === 'en' ? 'See nianbao --help.' : '请查看 nianbao --help。'}\n`,
      );
      return EXIT.unusable;
    }
    if (e instanceof InputError) {
      await io.err.write(`${file ? `${file}: ` : 'nianbao: '}${e.text(lang)}\n`);
      return EXIT.unusable;
    }
    throw e;
  }
}

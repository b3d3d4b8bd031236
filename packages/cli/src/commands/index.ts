import type { Lang } from '@nianbao/core';
import { type Args, type Command, choice, required, UsageError } from '../args.js';
import { auditTypeOf } from '../audit/index.js';
import type { Io } from '../output/sink.js';
import { allReaders } from '../readers/registry.js';
import { reportSchema } from '../schema-order.js';
import { runAggregate } from './aggregate.js';
import { FORMATTERS, runCheck } from './check.js';
import { runConvert } from './convert.js';
import { runFix } from './fix.js';
import { runInit } from './init.js';
import { runRules } from './rules.js';

/** Each command: its parsed arguments turned into its options, checked, then run. */

export interface CommandContext {
  lang: Lang;
  io: Io;
  version: string;
  /** `--max-size`, in bytes. */
  maxBytes: number;
  /** The one file of fix and convert, named in front of an input error. */
  file?: string;
}

type Runner = (args: Args, ctx: CommandContext) => Promise<number>;

const str = (args: Args, option: string) => args.values[option] as string | undefined;

/** The formats a report can be written in. */
const writable = () =>
  allReaders()
    .filter((r) => r.write)
    .map((r) => r.id);

/** The agency levels the schema allows, read from the schema itself. */
const agencyLevels = () =>
  (reportSchema().properties?.meta.properties?.agencyLevel.enum ?? []) as string[];

/** A four-digit year, when given. */
function yearOf(args: Args): number | undefined {
  const text = str(args, 'year');
  if (text !== undefined && !/^\d{4}$/.test(text)) throw new UsageError({ id: 'args.year' });
  return text === undefined ? undefined : Number(text);
}

function oneFile(args: Args, ctx: CommandContext): string {
  if (args.positionals.length !== 1) throw new UsageError({ id: 'args.one-file' });
  ctx.file = args.positionals[0];
  return ctx.file;
}

const check: Runner = (args, ctx) => {
  const { lang, io, version } = ctx;
  if (args.positionals.length === 0) throw new UsageError({ id: 'args.no-inputs' });
  const format = choice('format', str(args, 'format'), Object.keys(FORMATTERS), 'stylish');
  const { values } = args;
  const progress = values['no-progress'] ? false : values.progress ? true : undefined;
  const jobs = values.jobs === undefined ? undefined : Number(values.jobs);
  if (jobs !== undefined && !(Number.isInteger(jobs) && jobs >= 1 && jobs <= 64))
    throw new UsageError({ id: 'args.bad-jobs' });
  const reports = (values.report as string[] | undefined) ?? [];
  const badReport = reports.find((r) => !auditTypeOf(r));
  if (badReport !== undefined)
    throw new UsageError({ id: 'args.bad-report', values: { file: badReport } });
  return runCheck(
    {
      inputs: args.positionals,
      format,
      lang,
      maxBytes: ctx.maxBytes,
      progress,
      jobs,
      version,
      previous: str(args, 'previous'),
      reports,
    },
    io,
  );
};

const aggregate: Runner = (args, ctx) => {
  const { lang, io } = ctx;
  if (args.positionals.length === 0) throw new UsageError({ id: 'args.no-inputs' });
  const agency = required(args.values, 'agency');
  return runAggregate(
    {
      files: args.positionals,
      agency,
      year: yearOf(args),
      to: choice('to', str(args, 'to'), writable(), 'md'),
      output: str(args, 'output'),
      force: args.values.force === true,
      lang,
      maxBytes: ctx.maxBytes,
    },
    io,
  );
};

const fix: Runner = (args, ctx) => {
  const file = oneFile(args, ctx);
  return runFix(
    { file, lang: ctx.lang, maxBytes: ctx.maxBytes, dryRun: args.values['dry-run'] === true },
    ctx.io,
  );
};

const convert: Runner = (args, ctx) => {
  if (args.positionals.length !== 1) throw new UsageError({ id: 'args.one-file' });
  const to = choice('to', str(args, 'to'), writable());
  const file = oneFile(args, ctx);
  return runConvert(
    { file, to, output: str(args, 'output'), lang: ctx.lang, maxBytes: ctx.maxBytes },
    ctx.io,
  );
};

const init: Runner = (args, { lang, io }) => {
  if (args.positionals.length > 0)
    throw new UsageError({ id: 'args.invalid', values: { detail: args.positionals.join(' ') } });
  const agency = required(args.values, 'agency');
  if (str(args, 'year') === undefined)
    throw new UsageError({ id: 'args.required', values: { option: 'year' } });
  const year = yearOf(args) as number;
  if (year < 2021) throw new UsageError({ id: 'args.year' });
  const level = str(args, 'level');
  return runInit(
    {
      agency,
      year,
      agencyLevel: level === undefined ? undefined : choice('level', level, agencyLevels()),
      to: choice('to', str(args, 'to'), writable(), 'md'),
      output: str(args, 'output'),
      lang,
      force: args.values.force === true,
    },
    io,
  );
};

const rules: Runner = (args, { lang, io }) => {
  if (args.positionals.length > 0)
    throw new UsageError({ id: 'args.invalid', values: { detail: args.positionals.join(' ') } });
  return runRules({ json: args.values.json === true, lang }, io);
};

export const COMMANDS: Record<Command, Runner> = {
  check,
  aggregate,
  fix,
  convert,
  init,
  rules,
};

import { readFileSync } from 'node:fs';
import { langOf, maxBytes, parseLine, UsageError } from './args.js';
import { COMMANDS, type CommandContext } from './commands/index.js';
import { EXIT } from './exit.js';
import { HELP } from './help.js';
import { InputError, t } from './i18n.js';
import type { Io } from './output/sink.js';
import { forTerminal } from './output/terminal.js';

export function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}

/** Runs one command line; resolves to the exit code. Never calls process.exit, so output is flushed first. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  const lang = langOf(argv, io.env);
  let ctx: CommandContext | undefined;
  try {
    const line = parseLine(argv);
    if (line.kind === 'help') {
      await io.out.write(HELP[line.command][lang]);
      return EXIT[line.exit];
    }
    if (line.kind === 'version') {
      await io.out.write(`${version()}\n`);
      return EXIT.ok;
    }
    const size = maxBytes(line.args.values['max-size'] as string | undefined);
    ctx = { lang, io, version: version(), maxBytes: size };
    return await COMMANDS[line.command](line.args, ctx);
  } catch (e) {
    return failed(e, lang, io, ctx?.file);
  }
}

/** A usage or input error as one line in the user's language, exit 2; anything else is a bug and propagates. */
async function failed(e: unknown, lang: 'zh-CN' | 'en', io: Io, file?: string): Promise<number> {
  if (e instanceof UsageError) {
    await io.err.write(
      `nianbao: ${forTerminal(t(lang, e.msg.id, e.msg.values))}\n${lang === 'en' ? 'See nianbao --help.' : '请查看 nianbao --help。'}\n`,
    );
    return EXIT.unusable;
  }
  if (e instanceof InputError) {
    await io.err.write(`${forTerminal(`${file ? `${file}: ` : 'nianbao: '}${e.text(lang)}`)}\n`);
    return EXIT.unusable;
  }
  throw e;
}

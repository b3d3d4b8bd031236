import { t } from '../i18n.js';
import { forTerminal } from './terminal.js';
import { summaryLines } from './summary.js';
import type { FileDiagnostic } from '../check-file.js';
import type { Formatter, FormatterOptions } from './types.js';

/** ANSI styling, only for a terminal and never when NO_COLOR is set (no-color.org). */
function palette(enabled: boolean) {
  const wrap = (open: number, close: number) => (s: string) =>
    enabled ? `\x1b[${open}m${s}\x1b[${close}m` : s;
  return {
    red: wrap(31, 39),
    yellow: wrap(33, 39),
    blue: wrap(34, 39),
    dim: wrap(2, 22),
    underline: wrap(4, 24),
    bold: wrap(1, 22),
  };
}

/** Grouped by file, one finding per line, like ESLint's and remark-cli's default output. Clean files print nothing. */
export function stylish({ io, lang }: FormatterOptions): Formatter {
  const color =
    io.env.NO_COLOR === undefined &&
    (io.env.FORCE_COLOR !== undefined ? io.env.FORCE_COLOR !== '0' : io.out.isTTY);
  const c = palette(color);
  const sev = { error: c.red, warning: c.yellow, info: c.blue } as const;
  const names = {
    error: t(lang, 'severity.error'),
    warning: t(lang, 'severity.warning'),
    info: t(lang, 'severity.info'),
  };
  const nameWidth = Math.max(...Object.values(names).map((n) => displayWidth(n)));
  let lateHeading = false;
  const print = async (file: string, diagnostics: readonly FileDiagnostic[]) => {
    if (diagnostics.length === 0) return;
    const places = diagnostics.map((d) =>
      d.line !== null ? `${d.line}:${d.column}` : forTerminal(d.path),
    );
    const width = Math.max(...places.map((p) => p.length));
    const lines = [c.underline(forTerminal(file))];
    diagnostics.forEach((d, i) => {
      const name = names[d.severity];
      lines.push(
        `  ${c.dim(places[i].padEnd(width))}  ${sev[d.severity](name)}${' '.repeat(nameWidth - displayWidth(name))}  ${forTerminal(d.message)}  ${c.dim(forTerminal(d.ruleId))}`,
      );
    });
    await io.out.write(`${lines.join('\n')}\n\n`);
  };
  return {
    file: (file, { diagnostics }) => print(file, diagnostics),
    async late(found) {
      if (!lateHeading) await io.out.write(`${c.bold(t(lang, 'cross.late-heading'))}\n\n`);
      lateHeading = true;
      await print(found.file, found.diagnostics);
    },
    async unusable() {
      // Already on stderr; repeating it on stdout would print it twice in a terminal.
    },
    async end(summary) {
      const [first, ...rest] = summaryLines(summary, lang);
      const bad = summary.errors > 0 || summary.unusable > 0;
      await io.out.write(
        `${(bad ? c.red : summary.warnings > 0 ? c.yellow : (s: string) => s)(c.bold(first))}\n${rest.map((l) => `${l}\n`).join('')}`,
      );
    },
  };
}

/** Columns a string takes in a terminal: CJK and full-width forms take two. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    w +=
      (cp >= 0x1100 && cp <= 0x115f) ||
      (cp >= 0x2e80 && cp <= 0xa4cf) ||
      (cp >= 0xac00 && cp <= 0xd7a3) ||
      (cp >= 0xf900 && cp <= 0xfaff) ||
      (cp >= 0xfe30 && cp <= 0xfe4f) ||
      (cp >= 0xff00 && cp <= 0xff60) ||
      (cp >= 0xffe0 && cp <= 0xffe6) ||
      cp >= 0x20000
        ? 2
        : 1;
  }
  return w;
}

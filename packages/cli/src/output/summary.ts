import type { Lang } from '@nianbao/core';
import { count, t } from '../i18n.js';
import type { Summary } from './types.js';

/** The closing line(s): counts of files and findings, then unusable and skipped inputs when there are any. */
export function summaryLines(s: Summary, lang: Lang): string[] {
  const problems = s.errors + s.warnings + s.infos;
  const files = count(lang, s.files, 'file');
  // Files skipped and none checked: not "no problems", which would read as all clear.
  if (s.files === 0 && s.skipped > 0 && problems === 0)
    return [
      t(lang, 'summary.nothing-checked', { n: s.skipped, files: count(lang, s.skipped, 'file') }),
      ...(s.unusable > 0
        ? [t(lang, 'summary.unusable', { inputs: count(lang, s.unusable, 'input') })]
        : []),
      ...(s.skippedFiles ?? []).map((f) => `  ${f}`),
    ];
  const lines = [
    problems === 0
      ? t(lang, s.unusable > 0 ? 'summary.none-found' : 'summary.clean', { files })
      : t(lang, 'summary.problems', {
          files,
          problems: count(lang, problems, 'problem'),
          errors: count(lang, s.errors, 'error'),
          warnings: count(lang, s.warnings, 'warning'),
          infos: count(lang, s.infos, 'info'),
        }),
  ];
  if (s.unusable > 0)
    lines.push(t(lang, 'summary.unusable', { inputs: count(lang, s.unusable, 'input') }));
  if (s.skipped > 0)
    lines.push(t(lang, 'summary.skipped', { files: count(lang, s.skipped, 'file'), n: s.skipped }));
  return lines;
}

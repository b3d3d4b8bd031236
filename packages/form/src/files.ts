import { limitMessages, scanMarkdown, type Lang } from '@nianbao/core';
import { download, fileNameFor, kindOfFile, parseJsonReport } from './io.js';
import { exceededJsonLimit } from './json-limits.js';
import { LIMITS, type LimitExceeded } from './limits.js';
import { loadMarkdownReader, loadMarkdownWriter } from './markdown.js';
import { fillIn, type Texts } from './messages.js';

/**
 * Reports in and out as files, loaded on first use (an import or a download): not in the first
 * load of a page. See ImportController.
 */

/** The report in a `.json` or Markdown file's text. Throws with a message naming what is wrong. */
export async function readReportFile(name: string, text: string, lang: Lang): Promise<unknown> {
  const json = kindOfFile(name, text) === 'json';
  // Refused before parsing: a hostile file must not freeze the page or overflow its stack.
  if (json) {
    const over = exceededJsonLimit(text);
    if (over) throw new RangeError(limitMessage(lang, over, text.length));
  } else {
    // Core's scanner, as the command line and the remark plugin use it, with the form's limits.
    const p = scanMarkdown(text, {
      maxChars: LIMITS.maxMarkdownChars,
      maxDepth: LIMITS.maxMarkdownNesting,
    });
    if (p) throw new RangeError(limitMessages(p, where(text, p.offset))[lang]);
  }
  if (json) return parseJsonReport(text, TEXT.importNotReport[lang]);
  const read = await loadMarkdownReader();
  return read(text, TEXT.importNotReport[lang]);
}

export async function toMarkdown(report: unknown): Promise<string> {
  return (await loadMarkdownWriter())(report);
}

/** Offers the report as a download, as JSON or as Markdown. */
export async function downloadReport(
  report: Record<string, unknown>,
  kind: 'json' | 'md',
): Promise<void> {
  const text = kind === 'json' ? `${JSON.stringify(report, null, 2)}\n` : await toMarkdown(report);
  const type = kind === 'json' ? 'application/json' : 'text/markdown';
  download(document, fileNameFor(report, kind), type, text);
}

/** Line and column (1-based) of a character offset, for a message that says where. */
function where(text: string, offset: number) {
  if (!offset) return undefined;
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

function limitMessage(lang: Lang, over: LimitExceeded, size: number): string {
  if (over.limit === 'size') return fillIn(TEXT.tooLarge[lang], { size, max: over.max });
  if (over.limit === 'members') return fillIn(TEXT.tooManyValues[lang], { max: over.max });
  return fillIn(TEXT.tooDeep[lang], { max: over.max });
}

const TEXT = {
  importNotReport: {
    'zh-CN': '文件不是年度报告（没有 format 字段或年度报告的章节标题）',
    en: 'the file is not an annual report (no format field or section headings of the template)',
  },
  tooLarge: {
    'zh-CN': '内容过大（{size} 个字符，上限 {max} 个），未读取。',
    en: 'too large ({size} characters, limit {max}); nothing was read.',
  },
  tooDeep: {
    'zh-CN': '内容嵌套过深（上限 {max} 层），未读取。',
    en: 'nested too deeply (limit {max} levels); nothing was read.',
  },
  tooManyValues: {
    'zh-CN': '内容的项目过多（上限 {max} 项），未读取。',
    en: 'too many values (limit {max}); nothing was read.',
  },
} satisfies Texts<string>;

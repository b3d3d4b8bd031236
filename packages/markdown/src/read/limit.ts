import type { Root } from 'mdast';
import {
  emptyReport,
  getFormat,
  limitDiagnostic,
  LineIndex,
  type Lang,
  type LimitProblem,
} from '@nianbao/core';
import type { MarkdownReading } from './index.js';

/**
 * A document past core's pre-parse limits (`scanMarkdown`, checked before remark sees the text:
 * 1,000 nested lists in a megabyte took 41 s and 500 MB to parse, 100,000 `>` never finished) is
 * not read at all. Its reading holds one finding that says which limit, where.
 */
export function refusedReading(
  problem: LimitProblem,
  text: string,
  options: { lang?: Lang; format?: string } = {},
): MarkdownReading {
  const layout = getFormat(options.format ?? '2021');
  const lines = new LineIndex(text);
  const source = lines.span(problem.offset, problem.offset);
  return {
    report: emptyReport(layout),
    sources: new Map(),
    absent: new Set(),
    findings: [limitDiagnostic(problem, options.lang ?? 'zh-CN', source)],
    complete: false,
    format: layout.format,
    recognized: false,
    lines,
    limit: problem,
  };
}

/** The tree remark gives for a refused document (the lint plugin's parser guard): empty, marked. */
export function refusedTree(problem: LimitProblem): Root {
  return { type: 'root', children: [], data: { nianbaoLimit: problem } as Root['data'] };
}

/** The limit a tree was refused for, when it was. */
export function treeLimit(tree: Root): LimitProblem | undefined {
  return (tree.data as { nianbaoLimit?: LimitProblem } | undefined)?.nianbaoLimit;
}

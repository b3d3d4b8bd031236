import type { Root } from 'mdast';
import type { Plugin, Processor } from 'unified';
import { limitDiagnostic, LineIndex, scanMarkdown, type Lang } from '@nianbao/core';
import { refusedTree } from '@nianbao/markdown';

export interface LimitsOptions {
  /** Language of the message: zh-CN (default) or en. */
  lang?: Lang;
}

/**
 * Core's pre-parse limits for remark: wraps the parser set by remark-parse so that a document too
 * large or too deeply nested (1,000 nested lists took 41 s, 100,000 `>` never ended) is never
 * parsed. It gets one fatal message naming the limit, and an empty tree the rules say nothing
 * more about. Must come after remark-parse, as it does in the preset.
 */
export const remarkNianbaoLimits: Plugin<[LimitsOptions?], Root> = function (options = {}) {
  const self = this as unknown as Processor<Root>;
  const parse = self.parser;
  if (!parse) return;
  const lang: Lang = options.lang === 'en' ? 'en' : 'zh-CN';
  self.parser = (doc, file) => {
    const problem = scanMarkdown(doc);
    if (!problem) return parse(doc, file);
    const at = new LineIndex(doc).point(problem.offset);
    const d = limitDiagnostic(problem, lang, problem.kind === 'too-large' ? undefined : at);
    const message = file.message(d.message, {
      place: { line: at.line, column: at.column, offset: problem.offset },
      ruleId: d.ruleId,
      source: 'nianbao',
    });
    message.fatal = true;
    return refusedTree(problem);
  };
};

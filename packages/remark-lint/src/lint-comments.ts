import type { Root } from 'mdast';
import remarkMessageControl from 'remark-message-control';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';

/**
 * A comment that may name the `lint` marker: `<!-- lint disable … -->` in Markdown,
 * `{/* lint … *\/}` in MDX. Looser than the marker grammar on purpose: a false hit only costs
 * the walk below.
 */
const MAY_HAVE_MARKER = /(?:<!--|\/\*)\s*lint\b/;

/**
 * `<!-- lint disable|enable|ignore RULE -->` with nianbao's rule ids, through
 * remark-message-control as remark-lint does it. It walks the whole tree twice, which costs more
 * than all the rules together, so it runs only on a document that has such a comment: without
 * one it has nothing to turn off (nianbao's findings always carry a place).
 */
export const remarkLintComments: Plugin<[], Root> = function () {
  const control = remarkMessageControl.call(this, {
    name: 'lint',
    source: 'nianbao',
  }) as (tree: Root, file: VFile) => undefined;
  // Two parameters: a transformer declaring a third is taken as one that calls back when done.
  return (tree: Root, file: VFile) => {
    if (MAY_HAVE_MARKER.test(String(file))) control(tree, file);
  };
};

import { getAt } from '@nianbao/core';
import { describe, expect, it } from 'vitest';
import { checkMarkdown, fromMarkdown, toMarkdown } from '../src/index.js';
import { json } from './helpers.js';

/**
 * Shapes of published reports pasted into Markdown (issue 10): table 四 as three sub-tables under
 * their own headings, and a group label sharing a cell with its first row.
 */

const sub = (heading: string, values: number[]) =>
  `${heading}\n\n| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |\n| --: | --: | --: | --: | --: |\n| ${values.join(' | ')} |\n`;

describe('table 四 as three sub-tables under their own headings', () => {
  it.each([
    [
      'headings',
      ['### 行政复议', '### 行政诉讼（未经复议直接起诉）', '### 行政诉讼（复议后起诉）'],
    ],
    ['bold paragraphs', ['**行政复议**', '**未经复议直接起诉**', '**（复议后起诉）**']],
  ])('reads each sub-table into its group (%s)', (_name, h) => {
    const canonical = toMarkdown(json('realistic-2024.json'));
    const start = canonical.indexOf('## 四、');
    const end = canonical.indexOf('## 五、');
    const md = `${canonical.slice(0, start)}## 四、政府信息公开行政复议、行政诉讼情况\n\n${sub(h[0], [4, 1, 1, 1, 7])}\n${sub(h[1], [3, 0, 1, 1, 5])}\n${sub(h[2], [2, 0, 0, 1, 3])}\n${canonical.slice(end)}`;
    const r = fromMarkdown(md);
    expect(getAt(r.report, '/reviewLitigation')).toEqual({
      review: { upheld: 4, corrected: 1, other: 1, pending: 1, total: 7 },
      litigationDirect: { upheld: 3, corrected: 0, other: 1, pending: 1, total: 5 },
      litigationAfterReview: { upheld: 2, corrected: 0, other: 0, pending: 1, total: 3 },
    });
    expect(checkMarkdown(md).filter((d) => d.path.startsWith('/reviewLitigation'))).toEqual([]);
  });
});

describe('a group label and its first row in one cell', () => {
  it('reads both rows, with no row-missing or row-unknown', () => {
    const canonical = toMarkdown(json('realistic-2024.json'));
    const md = canonical.replace(
      /\| （四）无法提供 \|[ |]*\n\| 1\.本机关不掌握相关政府信息 \|/,
      '| （四）无法提供 1.本机关不掌握相关政府信息 |',
    );
    expect(md).not.toBe(canonical);
    const r = fromMarkdown(md);
    const expected = json('realistic-2024.json');
    for (const p of ['naturalPerson', 'total'])
      expect(getAt(r.report, `/applications/outcomes/unableToProvide/notHeld/${p}`)).toBe(
        getAt(expected, `/applications/outcomes/unableToProvide/notHeld/${p}`),
      );
    const ids = checkMarkdown(md).map((d) => d.ruleId);
    expect(ids).not.toContain('row-missing');
    expect(ids).not.toContain('row-unknown');
  });
});

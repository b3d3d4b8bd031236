import { remark } from 'remark';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { createPreset } from '../src/index.js';

const lint = (text: string, lang: 'zh-CN' | 'en' = 'en') =>
  remark()
    .use(createPreset({ lang }))
    .process(new VFile({ path: 'report.md', value: text }));

const nestedList = (n: number) =>
  `# 一、总体情况\n\n${Array.from({ length: n }, (_, i) => `${' '.repeat(2 * i)}- item`).join('\n')}\n`;

describe('input limits before remark parses', () => {
  it.each([
    [
      '1,000 nested list levels',
      nestedList(1000),
      'Line 67, column 130: nested too deeply, over the limit of 64 levels; not read',
    ],
    [
      '100,000 `>`',
      `# 一、总体情况\n\n${'>'.repeat(100_000)} x\n`,
      'Line 3, column 66: nested too deeply, over the limit of 64 levels; not read',
    ],
  ])('%s: one fatal message naming the limit, and nothing else', async (_, text, reason) => {
    const file = await lint(text);
    expect(file.messages.map((m) => [m.ruleId, m.fatal, m.reason])).toEqual([
      ['input-too-deep', true, reason],
    ]);
    expect(file.messages[0].source).toBe('nianbao');
  });
  it('a document over the size limit, in zh-CN by default', async () => {
    const file = await lint(`# 一、总体情况\n\n${'文字'.repeat(600_000)}\n`, 'zh-CN');
    expect(file.messages.map((m) => m.reason)).toEqual([
      '文档过大（1.1 M 个字符），超过上限 1.0 M 个字符，未读取',
    ]);
  });
});

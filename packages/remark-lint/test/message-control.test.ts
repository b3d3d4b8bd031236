import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Root, RootContent, Table } from 'mdast';
import { remark } from 'remark';
import remarkMessageControl from 'remark-message-control';
import type { Pluggable, Preset } from 'unified';
import { VFile } from 'vfile';
import { afterAll, describe, expect, it } from 'vitest';
import nianbao, { createPreset } from '../src/index.js';
import { broken, CASES, withComments } from './lint-comments.js';

/**
 * `<!-- lint disable|enable|ignore RULE -->` with nianbao's rule ids, as remark-lint users write
 * them: through the library, and through remark-cli as a user runs it. (The language server is
 * tested in lsp.test.ts.)
 */

const here = path.dirname(fileURLToPath(import.meta.url));

const lint = async (text: string) => {
  const file = await remark()
    .use(nianbao)
    .process(new VFile({ path: 'report.md', value: text }));
  return file.messages.map((m) => m.ruleId);
};

describe('lint comments in the library', () => {
  it('the report without comments has every finding the cases turn off', async () => {
    const ids = await lint(broken);
    for (const [, , gone, kept] of CASES)
      for (const id of [...gone, ...kept]) expect(ids).toContain(id);
  });
  it('a report without lint comments, where message control is skipped, keeps exactly what it would let through', async () => {
    const preset = createPreset();
    const always: Preset = {
      plugins: [
        ...preset.plugins!.slice(0, -1),
        [remarkMessageControl, { name: 'lint', source: 'nianbao' }] as Pluggable,
      ],
    };
    const seen = async (p: Preset) => {
      const file = await remark()
        .use(p)
        .process(new VFile({ path: 'report.md', value: broken }));
      return file.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.reason}`);
    };
    const skipped = await seen(preset);
    expect(skipped.length).toBeGreaterThan(3);
    expect(skipped).toEqual(await seen(always));
  });
  it('a lint comment written without spaces is still obeyed', async () => {
    const ids = await lint(withComments({ '# 江州市': '<!--lint disable row-total-->' }));
    expect(ids).not.toContain('row-total');
  });
  it.each(CASES)('%s', async (_, comments, gone, kept) => {
    const ids = await lint(withComments(comments));
    for (const id of gone) expect(ids).not.toContain(id);
    for (const id of kept) expect(ids).toContain(id);
  });
});

describe('lint comments in remark-cli', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'nianbao-remark-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const preset = pathToFileURL(path.resolve(here, '../dist/index.js')).href;
  writeFileSync(
    path.join(dir, '.remarkrc.mjs'),
    `import nianbao from ${JSON.stringify(preset)};\nexport default { plugins: [nianbao] };\n`,
  );
  // remark-cli (the markdown-lint example's) exports nothing, only its bin: found where npm installs it.
  const cli = path.resolve(here, '../../../node_modules/remark-cli/cli.js');

  /** The rule ids remark-cli reports on a file, read off its report (`line:col  level  message  rule  nianbao`). */
  const remarkCli = (name: string, text: string) => {
    writeFileSync(path.join(dir, name), text);
    return new Promise<string[]>((resolve, reject) =>
      execFile(
        process.execPath,
        [cli, '--no-stdout', '--no-color', name],
        { cwd: dir },
        (error, _stdout, stderr) => {
          if (error && error.code !== 1) reject(error);
          else resolve([...stderr.matchAll(/ ([a-z]+(?:-[a-z]+)*) +nianbao$/gm)].map((m) => m[1]));
        },
      ),
    );
  };

  it('reports the findings of the report without comments', async () => {
    const ids = await remarkCli('plain.md', broken);
    expect(ids).toEqual(expect.arrayContaining(['row-total', 'cell-blank', 'label-variant']));
  }, 30_000);
  it.each(CASES.map((c, i) => [...c, i] as const))(
    '%s',
    async (_, comments, gone, kept, i) => {
      const ids = await remarkCli(`case-${i}.md`, withComments(comments));
      for (const id of gone) expect(ids).not.toContain(id);
      for (const id of kept) expect(ids).toContain(id);
    },
    30_000,
  );
});

/** A plugin such as others write: it adds nodes without positions and drops some nodes' positions. */
function positionless() {
  return (tree: Root) => {
    const note: RootContent = {
      type: 'paragraph',
      children: [{ type: 'text', value: '（本报告由系统生成）' }],
    };
    tree.children.splice(1, 0, note, { type: 'html', value: '<!-- generated -->' });
    const t3 = tree.children.find(
      (n): n is Table => n.type === 'table' && /勾稽关系/.test(JSON.stringify(n.children[0])),
    )!;
    const row = t3.children.find((r) => JSON.stringify(r).includes('本年新收'))!;
    delete row.position;
    for (const cell of row.children) delete cell.position;
  };
}

describe('nodes without positions', () => {
  it('never crash a rule; their findings fall back to the nearest positioned ancestor', async () => {
    const file = await remark()
      .use(positionless)
      .use(nianbao)
      .process(new VFile({ path: 'report.md', value: broken }));
    const rowTotal = file.messages.find((m) => m.ruleId === 'row-total')!;
    expect(rowTotal).toBeDefined();
    // The row and its cells lost their positions: the finding is placed on table 三.
    const tableLine = broken.split('\n').findIndex((l) => l.includes('（本列数据的勾稽关系')) + 1;
    expect(rowTotal.line).toBe(tableLine);
    for (const m of file.messages) expect(m.line).toBeGreaterThan(0);
    expect(file.messages.map((m) => m.ruleId)).toContain('cell-blank');
  });

  it('never crash when a whole section is a generated heading without a position', async () => {
    const addSection = () => (tree: Root) => {
      tree.children.push(
        {
          type: 'heading',
          depth: 2,
          children: [{ type: 'text', value: '六、其他需要报告的事项' }],
        },
        { type: 'paragraph', children: [{ type: 'text', value: '无。' }] },
      );
    };
    const file = await remark()
      .use(addSection)
      .use(nianbao)
      .process(new VFile({ path: 'report.md', value: broken }));
    expect(file.messages.map((m) => m.ruleId)).not.toContain('section-missing');
    for (const m of file.messages) expect(m.line).toBeGreaterThan(0);
  });
});

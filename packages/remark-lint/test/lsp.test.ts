import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node.js';
import { CASES, withComments } from './lint-comments.js';

/**
 * The real editor path: a language server process over stdio, the example's .remarkrc.js, a broken
 * report opened as an editor opens it, and the diagnostics and quick fixes it sends back.
 */

const here = path.dirname(fileURLToPath(import.meta.url));
const example = path.resolve(here, '../../../examples/markdown-lint');
const brokenPath = path.join(example, 'reports/broken.md');
const uri = pathToFileURL(brokenPath).href;

interface Range {
  start: { line: number; character: number };
  end: { line: number; character: number };
}
interface LspDiagnostic {
  range: Range;
  message: string;
  severity: number;
  code?: string;
  source?: string;
  codeDescription?: { href: string };
  data?: { expected?: string[] };
}

let server: ChildProcess;
let conn: MessageConnection;
let diagnostics: Promise<LspDiagnostic[]>;
let text: string;

beforeAll(async () => {
  server = spawn(process.execPath, [path.join(here, 'lsp/remark-language-server.js'), '--stdio'], {
    cwd: example,
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  conn = createMessageConnection(
    new StreamMessageReader(server.stdout!),
    new StreamMessageWriter(server.stdin!),
  );
  diagnostics = new Promise((resolve) => {
    conn.onNotification(
      'textDocument/publishDiagnostics',
      (p: { uri: string; diagnostics: LspDiagnostic[] }) => {
        if (p.uri === uri && p.diagnostics.length) resolve(p.diagnostics);
      },
    );
  });
  conn.listen();
  await conn.sendRequest('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(example).href,
    workspaceFolders: [{ uri: pathToFileURL(example).href, name: 'markdown-lint' }],
    capabilities: {},
  });
  conn.sendNotification('initialized', {});
  text = readFileSync(brokenPath, 'utf8');
  conn.sendNotification('textDocument/didOpen', {
    textDocument: { uri, languageId: 'markdown', version: 1, text },
  });
});

afterAll(() => {
  conn?.dispose();
  server?.kill();
});

/** The text a range covers (LSP lines and characters are 0-based, in UTF-16 units like JS strings). */
function slice(range: Range): string {
  const lines = text.split('\n');
  if (range.start.line !== range.end.line) throw new Error('multi-line range');
  return lines[range.start.line].slice(range.start.character, range.end.character);
}

/** Opens a document the editor has (not on disk) and resolves to the first diagnostics sent for it. */
function openDocument(name: string, content: string): Promise<LspDiagnostic[]> {
  const docUri = pathToFileURL(path.join(example, 'reports', name)).href;
  const published = new Promise<LspDiagnostic[]>((resolve) => {
    conn.onNotification(
      'textDocument/publishDiagnostics',
      (p: { uri: string; diagnostics: LspDiagnostic[] }) => {
        if (p.uri === docUri) resolve(p.diagnostics);
      },
    );
  });
  conn.sendNotification('textDocument/didOpen', {
    textDocument: { uri: docUri, languageId: 'markdown', version: 1, text: content },
  });
  return published;
}

describe('remark-language-server with the example configuration', () => {
  it('publishes every finding of the broken report, on the exact cell', async () => {
    const list = await diagnostics;
    const codes = list.map((d) => d.code).sort();
    // The same findings remark-cli gives in the example's own test.
    expect(codes).toEqual(
      JSON.parse(readFileSync(path.join(example, 'reports/broken.findings.json'), 'utf8')),
    );
    const rowTotal = list.find((d) => d.code === 'row-total')!;
    expect(slice(rowTotal.range)).toBe('130');
    expect(rowTotal.severity).toBe(1); // Error
    expect(rowTotal.source).toBe('nianbao');
    expect(rowTotal.message).toContain('`131`');
    expect(rowTotal.message).toContain('相关单元格');
    expect(rowTotal.codeDescription?.href).toMatch(/docs\/rules\.md#row-total$/);
    const fee = list.find((d) => d.code === 'cell-not-a-number')!;
    expect(slice(fee.range)).toBe('5163800元');
    const variant = list.find((d) => d.code === 'label-variant')!;
    expect(variant.severity).toBe(2); // Warning
    expect(slice(variant.range)).toContain('只计这一情况');
    expect(variant.codeDescription?.href).toMatch(/docs\/rules\.md#label-variant$/);
  });

  it('offers the one-click fix for a cell that one value corrects', async () => {
    const list = await diagnostics;
    for (const [code, written, fixed] of [
      ['row-total', '130', '131'],
      ['cell-not-a-number', '5163800元', '516.38'],
      ['cell-blank', '', undefined],
      [
        'label-variant',
        '（二）部分公开（区分处理的，只计这一情况，不计其他情形）',
        '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
      ],
    ] as const) {
      const d = list.find((x) => x.code === code)!;
      const actions = (await conn.sendRequest('textDocument/codeAction', {
        textDocument: { uri },
        range: d.range,
        context: { diagnostics: [d] },
      })) as {
        title: string;
        kind: string;
        edit: { changes: Record<string, { range: Range; newText: string }[]> };
      }[];
      if (fixed === undefined) {
        // A blank cell has no one right value: no fix is offered.
        expect(actions).toEqual([]);
        continue;
      }
      expect(actions).toHaveLength(1);
      expect(actions[0].kind).toBe('quickfix');
      const [edit] = actions[0].edit.changes[uri];
      expect(slice(edit.range)).toBe(written);
      expect(edit.newText).toBe(fixed);
    }
  });
});

describe('lint comments in the language server', () => {
  it.each(CASES.map((c, i) => [...c, i] as const))(
    '%s',
    async (_, comments, gone, kept, i) => {
      await diagnostics;
      const codes = (await openDocument(`unsaved-${i}.md`, withComments(comments))).map(
        (d) => d.code,
      );
      for (const id of gone) expect(codes).not.toContain(id);
      for (const id of kept) expect(codes).toContain(id);
    },
    30_000,
  );
});

import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { fromMarkdown } from '@nianbao/markdown';
import { scanJson, scanMarkdown } from '@nianbao/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../src/i18n.js';
import { jsonReader } from '../src/readers/json.js';
import { BIN, FIXTURES, scratch, type Run } from './helpers.js';

/**
 * The fuzz suite: the corpus of hostile inputs (fixtures/hostile/corpus.json) and generated ones
 * go through the real command line, which must answer each with a finding or a clear one-line
 * error: no crash, no stack trace, no raw control character, and no hang (a generous guard of
 * 60 s a run: the runs take a few seconds; the inputs that hung ran for minutes).
 */

const HANG_GUARD_MS = 60_000;
const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

interface Recipe {
  name: string;
  head?: string;
  repeat?: string;
  times?: number;
  tail?: string;
  close?: string;
  end?: string;
  nestedList?: number;
  padTo?: number;
  pad?: string;
  expect: string;
}

function build(r: Recipe): string {
  let text = r.head ?? '';
  if (r.nestedList)
    text += `${Array.from({ length: r.nestedList }, (_, i) => `${' '.repeat(2 * i)}- 条目`).join('\n')}\n`;
  if (r.repeat) text += r.repeat.repeat(r.times ?? 1);
  text += r.tail ?? '';
  if (r.close) text += r.close.repeat(r.times ?? 1);
  text += r.end ?? '';
  if (r.padTo && r.pad) text = text.padEnd(r.padTo, r.pad);
  return text;
}

/** The real command line on some files, killed (and the test failed) if it runs past the hang guard. */
function check(files: string[], cwd: string): Promise<Run & { hung: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [BIN, 'check', ...files, '--format', 'json', '--lang', 'en'],
      {
        cwd,
        env: { ...process.env, NO_COLOR: '1' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stdout = '';
    let stderr = '';
    let hung = false;
    const timer = setTimeout(() => {
      hung = true;
      child.kill('SIGKILL');
    }, HANG_GUARD_MS);
    child.stdout.setEncoding('utf8').on('data', (d) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, hung });
    });
  });
}

interface Entry {
  file: string;
  diagnostics: unknown[];
  error?: string;
}

/** Every file answered: a result with findings, or an error; the run itself sane. */
function answers(r: Run & { hung: boolean }, files: string[]): Map<string, Entry> {
  expect(r.hung, 'ran past the hang guard').toBe(false);
  expect([0, 1, 2]).toContain(r.code);
  expect(r.stderr).not.toMatch(
    /internal error|\n\s+at |Maximum call stack|Could not read the report/,
  );
  expect(r.stderr).not.toMatch(UNSAFE);
  const entries = new Map((JSON.parse(r.stdout) as Entry[]).map((e) => [e.file, e]));
  for (const f of files) expect(entries.has(f), f).toBe(true);
  return entries;
}

const corpus = (
  JSON.parse(readFileSync(join(FIXTURES, 'hostile/corpus.json'), 'utf8')) as { inputs: Recipe[] }
).inputs;

let dir: string;
let cleanup: () => void;
beforeAll(() => ({ dir, cleanup } = scratch()));
afterAll(() => cleanup());

describe('the corpus of hostile inputs', () => {
  it(`each of ${corpus.length} gets a finding or a clear error, no crash, no hang`, {
    timeout: HANG_GUARD_MS * 2,
  }, async () => {
    mkdirSync(join(dir, 'corpus'));
    const files = corpus.map((r) => {
      writeFileSync(join(dir, 'corpus', r.name), build(r));
      return `corpus/${r.name}`;
    });
    const r = await check(files, dir);
    const entries = answers(r, files);
    for (const recipe of corpus) {
      const e = entries.get(`corpus/${recipe.name}`)!;
      if (recipe.expect === 'findings') {
        expect(e.error, recipe.name).toBeUndefined();
        expect(e.diagnostics.length, recipe.name).toBeGreaterThan(0);
      } else if (recipe.expect !== 'any') expect(e.error, recipe.name).toContain(recipe.expect);
      expect(
        r.stderr.includes(`corpus/${recipe.name}: `) === (e.error !== undefined),
        recipe.name,
      ).toBe(true);
    }
  });
});

/** Pieces hostile documents are made of: container markers, delimiters, brackets, controls, table pipes. */
const piece = fc.constantFrom(
  '>',
  '> ',
  '- ',
  '* ',
  '1. ',
  '  ',
  '\t',
  '\n',
  '\n\n',
  '*',
  '_',
  '~',
  '[',
  ']',
  '(',
  ')',
  '`',
  '```',
  '|',
  '| 1 |',
  '<div>',
  '{',
  '}',
  '"',
  '\\',
  ',',
  ':',
  '\u001b[2J',
  '\u202e',
  '\u0000',
  '\r',
  '文字',
  '# 一、总体情况\n',
  '## 三、收到和处理政府信息公开申请情况\n',
  '| --- | --: |\n',
  '"format":"2021"',
  '0',
  '131',
);
const document = fc
  .tuple(
    fc.array(fc.tuple(piece, fc.integer({ min: 1, max: 400 })), { minLength: 1, maxLength: 12 }),
  )
  .map(([parts]) => parts.map(([p, n]) => p.repeat(n)).join(''));

describe('generated hostile documents', () => {
  it('in process: the Markdown reader and the JSON reader never throw anything but a clear error', async () => {
    await fc.assert(
      fc.asyncProperty(document, async (text) => {
        const reading = fromMarkdown(text);
        expect(reading.limit !== undefined).toBe(scanMarkdown(text) !== null);
        try {
          await jsonReader.read(text, { lang: 'en' });
        } catch (e) {
          expect(e).toBeInstanceOf(InputError);
          if (scanJson(text)) expect((e as InputError).id).toBe('input.limit');
        }
      }),
      { numRuns: 60 },
    );
  });

  it('through the command line: each file a finding or a clear error, no crash, no hang', {
    timeout: HANG_GUARD_MS * 2,
  }, async () => {
    mkdirSync(join(dir, 'generated'));
    const samples = fc.sample(document, { numRuns: 40, seed: 20261206 });
    const files = samples.map((text, i) => {
      const name = `generated/${i}.${i % 2 ? 'json' : 'md'}`;
      writeFileSync(join(dir, name), text);
      return name;
    });
    const entries = answers(await check(files, dir), files);
    for (const f of files) {
      const e = entries.get(f)!;
      expect(e.error !== undefined || Array.isArray(e.diagnostics), f).toBe(true);
    }
  });
});

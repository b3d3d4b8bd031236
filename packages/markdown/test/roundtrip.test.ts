import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AGENCY_LEVELS,
  cellsOf,
  checkReport,
  format2021,
  readCellText,
  setAt,
} from '@nianbao/core';
import { fromMarkdown, toMarkdown } from '../src/index.js';

/**
 * The round trip law: for any valid report, reading what the writer wrote gives the same report,
 * narratives included.
 */

const cjk = fc.constantFrom(
  ...'政府信息公开年度报告镇街道人民县区市局委员会办公室工作情况主动申请处理结果一二三四五六七八九十'.split(
    '',
  ),
);
const word = fc.string({ unit: cjk, minLength: 1, maxLength: 12 });
const ascii = fc.stringMatching(/^[A-Za-z0-9]{1,8}$/);
const phrase = fc
  .array(
    fc.oneof(
      word,
      ascii,
      word.map((w) => `**${w}**`),
      word.map((w) => `“${w}”`),
      fc.constant('，'),
      fc.constant('。'),
    ),
    {
      minLength: 1,
      maxLength: 8,
    },
  )
  .map((p) => p.join(''));

/** Narrative Markdown as people write it: paragraphs, ### headings, lists, a quote. Never H1/H2. */
const block = fc.oneof(
  phrase,
  phrase.map((p) => `### ${p}`),
  phrase.map((p) => `#### （一）${p}`),
  fc
    .array(phrase, { minLength: 1, maxLength: 4 })
    .map((items) => items.map((i) => `- ${i}`).join('\n')),
  fc
    .array(phrase, { minLength: 1, maxLength: 3 })
    .map((items) => items.map((i, n) => `${n + 1}. ${i}`).join('\n')),
  phrase.map((p) => `> ${p}`),
);
const narrative = fc.oneof(
  fc.constant(''),
  fc.constant('无'),
  fc.array(block, { minLength: 1, maxLength: 6 }).map((b) => b.join('\n\n')),
);

/** Every ASCII punctuation character: each is markup somewhere in CommonMark or GFM. */
const punct = fc.constantFrom(...'!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~'.split(''));
/** Text with ASCII punctuation in it, as names and titles are typed (`A&B`, `*`, `#`). */
const punctuated = fc
  .array(fc.oneof(word, ascii, punct, fc.constant(' ')), { minLength: 1, maxLength: 10 })
  .map((p) => p.join('').replace(/\s+/g, ' ').trim())
  .filter((t) => t.length > 0);

/**
 * Text typed into a number cell: kept as typed and flagged, so it must come back as the same
 * text, never as a number (`*12*`, `` `4` ``, `[3](x)`). With a digit: such text is what could
 * pass as a number once its markup is gone. Text the reader would take as a number or a blank
 * (`12`, `—`) is a different law (readCellText's), so it is left out here.
 */
const typedText = (kind: 'count' | 'money') =>
  fc
    .tuple(punctuated, fc.nat({ max: 999 }), punctuated, punct, fc.boolean())
    .map(([a, n, b, p, around]) =>
      (around ? `${a}${n}${b}` : `${p}${n}${p}`).replace(/\s+/g, ' ').trim(),
    )
    .filter((t) => {
      const r = readCellText(t, kind);
      return r.status === 'text' && r.value === t;
    });

const count = fc.oneof(
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: typedText('count') },
  { weight: 18, arbitrary: fc.nat({ max: 100000 }) },
);
const money = fc.oneof(
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: typedText('money') },
  { weight: 18, arbitrary: fc.nat({ max: 99999999 }).map((n) => n / 100) },
);

const cells = cellsOf(format2021);
const report = fc
  .record({
    agency: fc
      .tuple(
        fc.oneof(word, punctuated),
        fc.constantFrom('人民政府', '镇人民政府', '街道办事处', '局'),
      )
      .map(([a, b]) => a + b),
    year: fc.integer({ min: 2021, max: 2035 }),
    title: fc.option(
      fc.oneof(word, punctuated).map((w) => `${w}政府信息公开工作年度报告`),
      { nil: undefined },
    ),
    publishedAt: fc.option(
      fc
        .date({ min: new Date('2022-01-01'), max: new Date('2036-12-31'), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10)),
      { nil: undefined },
    ),
    agencyLevel: fc.option(fc.constantFrom(...AGENCY_LEVELS), { nil: undefined }),
    overview: narrative,
    problems: narrative,
    otherMatters: narrative,
    values: fc.tuple(...cells.map((c) => (c.kind === 'money' ? money : count))),
  })
  .map((g) => {
    const meta: Record<string, unknown> = {
      agency: g.agency,
      year: g.year,
      title: g.title ?? `${g.agency}${g.year}年政府信息公开工作年度报告`,
    };
    if (g.publishedAt) meta.publishedAt = g.publishedAt;
    if (g.agencyLevel) meta.agencyLevel = g.agencyLevel;
    const r: Record<string, unknown> = {
      format: '2021',
      meta,
      overview: g.overview,
      problems: g.problems,
      otherMatters: g.otherMatters,
    };
    cells.forEach((c, i) => {
      setAt(r, c.path, g.values[i]);
    });
    return r;
  });

describe('round trip', () => {
  it('generates valid reports (the schema accepts them)', () => {
    fc.assert(
      fc.property(report, (r) => {
        expect(checkReport(r).filter((d) => d.ruleId === 'schema')).toEqual([]);
      }),
      { numRuns: 50 },
    );
  });

  it('fromMarkdown(toMarkdown(report)) is the same report, narratives preserved', () => {
    fc.assert(
      fc.property(report, (r) => {
        const back = fromMarkdown(toMarkdown(r));
        expect(back.findings).toEqual([]);
        expect(back.report).toEqual(r);
      }),
      { numRuns: 200 },
    );
  });

  it('writing what was read gives the same text (the canonical form is a fixed point)', () => {
    fc.assert(
      fc.property(report, (r) => {
        const md = toMarkdown(r);
        expect(toMarkdown(fromMarkdown(md).report)).toBe(md);
      }),
      { numRuns: 100 },
    );
  });
});

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Root, RootContent } from 'hast';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORE_FIXTURES, nianbao, scratch } from './helpers.js';

interface Entry {
  file: string;
  format: string | null;
  diagnostics: {
    ruleId: string;
    severity: string;
    path: string;
    line: number | null;
    column: number | null;
    message: string;
  }[];
  crossReport?: boolean;
  error?: string;
}
const entries = (stdout: string) => JSON.parse(stdout) as Entry[];
const ids = (e: Entry) => e.diagnostics.map((d) => d.ruleId);
const P = 'published/';

describe('nianbao check on published reports (HTML and text)', () => {
  it('reads every shared report by content, with the findings issue 5 lists, placed in the original document', async () => {
    const r = await nianbao(['check', 'published', '-f', 'json']);
    const out = entries(r.stdout);
    const by = (name: string) => out.find((e) => e.file.includes(name))!;
    expect(out.map((e) => e.format)).toEqual(['txt', 'txt', 'txt', 'txt', 'txt', 'html', 'txt']);
    const seed = by('seed-yuguan');
    expect(seed.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const real02 = by('real-02');
    const rowTotal = real02.diagnostics.find(
      (d) => d.ruleId === 'row-total' && d.path === '/applications/outcomes/granted/total',
    );
    expect(rowTotal?.line).toBeGreaterThan(1);
    expect(ids(real02)).toContain('cell-blank');
    expect(ids(real02).filter((id) => id === 'label-variant')).toHaveLength(2);
    expect(ids(by('real-12'))).toContain('regulations-implausible');
    expect(ids(by('real-17'))).toContain('format-outdated');
    expect(ids(by('real-01'))).toContain('table-incomplete');
    const html = by('shuyang');
    expect(html.diagnostics.length).toBeGreaterThan(0);
    // Positions are into the page itself: the label variant sits on a line of the HTML source.
    const variant = html.diagnostics.find((d) => d.ruleId === 'label-variant')!;
    const line = readFileSync(
      join(CORE_FIXTURES, 'reports/real-shuyang-fgj-2023.html'),
      'utf8',
    ).split('\n')[variant.line! - 1];
    expect(line).toMatch(/<t[dh]|<p|<span/);
  });

  it('reads table 四 of a page cut down to it: 15 zeros, not blanks', async () => {
    const r = await nianbao([
      'convert',
      `${P}real-23-weihai-wendeng-xinfangju-2022-table4-page.txt`,
      '--to',
      'json',
    ]);
    const report = JSON.parse(r.stdout);
    const flat = (o: unknown): unknown[] =>
      o !== null && typeof o === 'object' ? Object.values(o).flatMap(flat) : [o];
    const values = flat(report.reviewLitigation);
    expect(values).toHaveLength(15);
    expect(values.every((v) => v === 0)).toBe(true);
  });

  it('decodes a GB18030 (GBK) page and gives the same findings as its UTF-8 original', async () => {
    const gbk = await nianbao(['check', 'gbk/shuyang-gb18030.html', '-f', 'json']);
    const utf8 = await nianbao(['check', `${P}real-shuyang-fgj-2023.html`, '-f', 'json']);
    expect(gbk.stderr).not.toContain('UTF-8');
    const strip = (e: Entry) =>
      e.diagnostics.map(({ ruleId, path, line, column, message }) => ({
        ruleId,
        path,
        line,
        column,
        message,
      }));
    expect(strip(entries(gbk.stdout)[0])).toEqual(strip(entries(utf8.stdout)[0]));
    // JSON is still refused when it is not UTF-8: fix rewrites it in UTF-8.
    expect((await nianbao(['check', 'bad/gbk.json'])).stderr).toMatch(/UTF-8/);
  });
});

/** A report of `agency` for `year`, from the shared reconciled one, with table 三 rows overridden. */
function variant(
  agency: string,
  year: number,
  set: { carriedOver?: Record<string, number>; carriedForward?: Record<string, number> } = {},
) {
  const r = JSON.parse(readFileSync(join(CORE_FIXTURES, 'realistic-2024.json'), 'utf8'));
  r.meta = { ...r.meta, agency, year, title: `${agency}${year}年政府信息公开工作年度报告` };
  r.overview = r.overview.replaceAll('2024', String(year));
  Object.assign(r.applications.carriedOver, set.carriedOver);
  Object.assign(r.applications.carriedForward, set.carriedForward);
  return `${JSON.stringify(r, null, 2)}\n`;
}

describe('across reports', () => {
  let dir: string;
  let cleanup: () => void;
  beforeAll(() => {
    ({ dir, cleanup } = scratch());
    mkdirSync(join(dir, 'years'));
    // realistic-2024 carries forward {naturalPerson 5, commercial 1, legalService 1, total 7}.
    writeFileSync(
      join(dir, 'years/a-2025.json'),
      variant('江州市人民政府', 2025, { carriedOver: { naturalPerson: 6, legalService: 0 } }),
    );
    writeFileSync(join(dir, 'years/b-2024.json'), variant('江州市 人民政府', 2024));
    writeFileSync(
      join(dir, 'years/c-2023.json'),
      variant('江州市人民政府', 2023, {
        carriedForward: { naturalPerson: 6, commercial: 1, legalService: 0, total: 7 },
      }),
    );
    writeFileSync(
      join(dir, 'years/d-other-2023.json'),
      variant('别的县人民政府', 2023, { carriedForward: { naturalPerson: 99 } }),
    );
  });
  afterAll(() => cleanup());

  it('--previous compares this year 上年结转 with last year 结转下年度继续办理, on this year’s cell', async () => {
    const r = await nianbao(
      ['check', 'years/a-2025.json', '--previous', 'reports/realistic-2024.json', '-f', 'json'],
      { cwd: dir },
    );
    expect(r.code).toBe(1);
    const [entry] = entries(r.stdout);
    const carry = entry.diagnostics.filter((d) => d.ruleId === 'carry-over-mismatch');
    expect(carry.map((d) => d.path).sort()).toEqual([
      '/applications/carriedOver/legalService',
      '/applications/carriedOver/naturalPerson',
    ]);
    const src = readFileSync(join(dir, 'years/a-2025.json'), 'utf8').split('\n');
    const nat = carry.find((d) => d.path.endsWith('naturalPerson'))!;
    expect(src[nat.line! - 1].slice(nat.column! - 1)).toMatch(/^6/);
    expect(nat.message).toContain('reports/realistic-2024.json');
  });

  it('knows --previous among the inputs however its path is spelled: never compared with itself, nor twice with the next year', async () => {
    for (const previous of [
      'reports/realistic-2024.json',
      './reports/realistic-2024.json',
      join(dir, 'reports/realistic-2024.json'),
    ]) {
      const r = await nianbao(
        [
          'check',
          'reports/realistic-2024.json',
          'years/a-2025.json',
          '--previous',
          previous,
          '-f',
          'json',
        ],
        { cwd: dir },
      );
      const carry = entries(r.stdout).flatMap((e) =>
        e.diagnostics
          .filter((d) => d.ruleId === 'carry-over-mismatch')
          .map((d) => [e.file, d.path]),
      );
      expect(carry.sort(), previous).toEqual([
        [join('years', 'a-2025.json'), '/applications/carriedOver/legalService'],
        [join('years', 'a-2025.json'), '/applications/carriedOver/naturalPerson'],
      ]);
    }
  });

  it('finds the same agency’s consecutive years in a folder by itself, whatever order they are read in', async () => {
    const r = await nianbao(['check', 'years', '-f', 'json'], { cwd: dir });
    const out = entries(r.stdout);
    const carry = out.flatMap((e) =>
      e.diagnostics
        .filter((d) => d.ruleId === 'carry-over-mismatch')
        .map((d) => [e.file, d.path, e.crossReport === true]),
    );
    // a-2025 is read before b-2024 (the agency's name spelled with a space): its findings come in
    // a trailing entry. b-2024 carries over exactly what c-2023 carried forward: nothing. The other
    // agency's 2023 is never compared.
    expect(carry.sort()).toEqual([
      [join('years', 'a-2025.json'), '/applications/carriedOver/legalService', true],
      [join('years', 'a-2025.json'), '/applications/carriedOver/naturalPerson', true],
    ]);
    expect(r.code).toBe(1);
    const stylish = await nianbao(['check', 'years'], { cwd: dir });
    expect(stylish.stdout).toContain('跨报告检查');
  });

  it('aggregate sums agencies, keeps blanks blank naming their inputs, and refuses mixed years', async () => {
    writeFileSync(join(dir, 'x.json'), variant('甲局', 2024));
    const blank = JSON.parse(variant('乙局', 2024));
    blank.applications.received.research = null;
    writeFileSync(join(dir, 'y.json'), JSON.stringify(blank));
    const r = await nianbao(
      ['aggregate', 'x.json', 'y.json', '--agency', '江州市汇总', '--to', 'json'],
      { cwd: dir },
    );
    const sum = JSON.parse(r.stdout);
    const one = JSON.parse(variant('甲局', 2024));
    expect(sum.meta).toMatchObject({ agency: '江州市汇总', year: 2024 });
    expect(sum.applications.received.naturalPerson).toBe(
      2 * one.applications.received.naturalPerson,
    );
    expect(sum.applications.received.research).toBeNull();
    expect(r.stderr).toMatch(/行「总计」|research|科研/);
    expect(r.stderr).toMatch(/y\.json/);
    expect(r.stderr).not.toMatch(/x\.json/);
    const mixed = await nianbao(['aggregate', 'x.json', 'years/c-2023.json', '--agency', '汇总'], {
      cwd: dir,
    });
    expect(mixed.code).toBe(2);
    expect(mixed.stderr).toContain(
      '不能汇总不同年度的报告：years/c-2023.json 是 2023 年度，应为 2024 年度',
    );
  });
});

function* walk(node: Root | RootContent): Generator<Element> {
  if (node.type === 'element') yield node;
  if ('children' in node) for (const c of node.children) yield* walk(c);
}
const text = (n: Root | RootContent): string =>
  n.type === 'text' ? n.value : 'children' in n ? n.children.map(text).join('') : '';
const cls = (e: Element) => (e.properties.className as string[] | undefined) ?? [];

describe('--report audit files', () => {
  let dir: string;
  let cleanup: () => void;
  const hostile = '<script>alert(1)</script><img src=x onerror="alert(2)">';
  beforeAll(() => {
    ({ dir, cleanup } = scratch());
    mkdirSync(join(dir, 'audit'));
    const bad = JSON.parse(variant(`坏局${hostile}`, 2024));
    bad.overview = `${hostile}，全年共收到申请"1,2"件。`;
    bad.applications.received.total = 130;
    writeFileSync(join(dir, 'audit/bad.json'), JSON.stringify(bad, null, 2));
    writeFileSync(join(dir, 'audit/good.json'), variant('好局', 2024));
    writeFileSync(join(dir, 'audit/broken.json'), '{ "format": ');
  });
  afterAll(() => cleanup());

  it('writes one self-contained HTML page: overview, tables in the official layout, highlighted cells, everything escaped', async () => {
    const r = await nianbao(
      [
        'check',
        'audit',
        `${P}real-02-changchun-erdao-fangwuzhengshou-2022.txt`,
        '--report',
        'out.html',
        '-f',
        'json',
      ],
      { cwd: dir },
    );
    expect(r.code).toBe(2);
    const html = readFileSync(join(dir, 'out.html'), 'utf8');
    const tree = fromHtml(html);
    const all = [...walk(tree)];
    expect(
      all.filter((e) => e.tagName === 'script' || e.tagName === 'img' || e.tagName === 'link'),
    ).toEqual([]);
    expect(
      all.some((e) => Object.keys(e.properties).some((k) => k.toLowerCase().startsWith('on'))),
    ).toBe(false);
    expect(text(tree)).toContain(`坏局${hostile}`);
    // Overview: counts per rule, worst report first, the file that could not be read.
    const ruleRow = all.find((e) => e.tagName === 'tr' && e.properties.dataRule === 'row-total')!;
    const stdout = entries(r.stdout);
    const rowTotals = stdout
      .flatMap((e) => e.diagnostics)
      .filter((d) => d.ruleId === 'row-total').length;
    expect(
      text(
        all.find(
          (e) => e.tagName === 'td' && cls(e).includes('findings') && ruleRow.children.includes(e),
        )!,
      ),
    ).toBe(String(rowTotals));
    const worst = all.filter((e) => e.tagName === 'table' && cls(e).includes('worst'))[0];
    const firstRow = [...walk(worst)].find((e) => e.tagName === 'tr' && e.properties.dataReport)!;
    expect(text(firstRow)).toContain('real-02');
    expect(text(all.find((e) => e.tagName === 'ul' && cls(e).includes('unusable'))!)).toContain(
      'broken.json',
    );
    // The bad report's section: its wrong total is highlighted, with the finding beside it.
    const section = all.find(
      (e) => e.tagName === 'section' && cls(e).includes('report') && text(e).includes('坏局'),
    )!;
    const marked = [...walk(section)].filter(
      (e) => e.tagName === 'td' && cls(e).includes('mark-error'),
    );
    expect(marked.map((e) => text(e))).toContainEqual(expect.stringMatching(/^130/));
    const tables = [...walk(section)].filter((e) => e.tagName === 'table');
    expect(tables).toHaveLength(3);
    // Table 三's header uses rowspan/colspan from the layout.
    expect(
      [...walk(tables[1])].some((e) => e.tagName === 'th' && Number(e.properties.colSpan) === 7),
    ).toBe(true);
    expect(
      [...walk(section)].some((e) => e.tagName === 'li' && text(e).includes('row-total')),
    ).toBe(true);
  });

  it('writes CSV with a byte-order mark, one row per finding, properly quoted', async () => {
    const r = await nianbao(['check', 'audit', '--report', 'out.csv', '-f', 'json'], { cwd: dir });
    const csv = readFileSync(join(dir, 'out.csv'), 'utf8');
    expect(
      csv.startsWith('\ufefffile,agency,year,ruleId,severity,path,line,column,message\r\n'),
    ).toBe(true);
    const findings = entries(r.stdout).reduce((n, e) => n + e.diagnostics.length, 0);
    // Rows may hold quoted line breaks; count records by their file field.
    const records = csv
      .slice(1)
      .split('\r\n')
      .filter((l) => /^(audit|"audit)/.test(l));
    expect(records).toHaveLength(findings + 1);
    expect(csv).toContain(`"坏局${hostile.replaceAll('"', '""')}"`);
    expect(csv).toMatch(/broken\.json,,,unusable,error/);
  });

  it('writes a JSON audit with every report and the overview', async () => {
    await nianbao(['check', 'audit', '--report', 'out.json', '--report', 'out2.html'], {
      cwd: dir,
    });
    const audit = JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8'));
    expect(audit.reports.map((r: { file: string }) => r.file)).toEqual([
      join('audit', 'bad.json'),
      join('audit', 'broken.json'),
      join('audit', 'good.json'),
    ]);
    expect(audit.overview.worstFirst[0].file).toBe(join('audit', 'bad.json'));
    expect(audit.overview.unusable).toHaveLength(1);
    expect(
      audit.overview.rules.find((x: { ruleId: string }) => x.ruleId === 'row-total').reports,
    ).toBe(1);
    expect(readFileSync(join(dir, 'out2.html'), 'utf8')).toMatch(/^<!doctype html>/);
  });

  it('refuses an audit file of unknown type', async () => {
    const r = await nianbao(['check', 'audit', '--report', 'out.pdf'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--report/);
  });
});

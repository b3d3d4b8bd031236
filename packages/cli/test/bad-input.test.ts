import { execFileSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nianbao, scratch } from './helpers.js';

describe('bad input', () => {
  let dir: string;
  let cleanup: () => void;
  beforeAll(() => {
    ({ dir, cleanup } = scratch());
    // 50 MB, sparse: the size is refused before a byte is read.
    closeSync(openSync(join(dir, 'bad/huge.json'), 'w'));
    truncateSync(join(dir, 'bad/huge.json'), 50 * 1024 * 1024);
  });
  afterAll(() => cleanup());

  const inputs = [
    'bad/binary.json',
    'bad/huge.json',
    'bad/gbk.json',
    'bad/invalid-syntax.json',
    'bad/proto.json',
    'bad/package.json',
    'bad/readme.md',
    'bad/missing.json',
    'bad/*.nothing',
  ];

  it('gives one clear line per unusable file, still checks the others, and exits 2', async () => {
    const r = await nianbao(
      [
        'check',
        'reports/realistic-2024.json',
        ...inputs,
        'reports/seed-yuguan-2023.json',
        '-f',
        'json',
      ],
      { cwd: dir },
    );
    expect(r.code).toBe(2);
    const lines = r.stderr.trim().split('\n');
    // One line per input, then the summary lines.
    expect(lines.slice(0, inputs.length).sort()).toEqual(
      [
        'bad/binary.json: 这是二进制文件，不是文本',
        'bad/huge.json: 文件过大（50.0 MB），超过上限 10.0 MB；可用 --max-size 调整',
        'bad/gbk.json: 第 3 行不是有效的 UTF-8 文本（可能是 GBK 编码），请另存为 UTF-8',
        'bad/invalid-syntax.json: 第 6 行第 5 列：JSON 语法错误，意外的`"`，应为`,`或`}`',
        'bad/proto.json: 第 4 行第 3 列：不允许使用键`__proto__`',
        'bad/package.json: 这个 JSON 不是年度报告（没有 format、meta 或任何表格字段）',
        'bad/readme.md: 这个 Markdown 文件不是年度报告（找不到任何一部分的标题或表格）',
        'bad/missing.json: 找不到文件或目录',
        'bad/*.nothing: 没有文件匹配此模式',
      ].sort(),
    );
    expect(lines.slice(inputs.length)).toEqual([
      '检查了 2 个文件，没有发现问题',
      '9 个输入无法使用（见上方错误）',
    ]);
    const out = JSON.parse(r.stdout) as { file: string; format: string | null; error?: string }[];
    expect(out.filter((e) => e.error === undefined).map((e) => e.file)).toEqual([
      'reports/realistic-2024.json',
      'reports/seed-yuguan-2023.json',
    ]);
    expect(out.filter((e) => e.error !== undefined)).toHaveLength(inputs.length);
    expect(out.find((e) => e.file === 'bad/proto.json')).toEqual({
      file: 'bad/proto.json',
      format: null,
      diagnostics: [],
      error: '第 4 行第 3 列：不允许使用键`__proto__`',
    });
  });

  it('says the same in English', async () => {
    const r = await nianbao(['check', 'bad/invalid-syntax.json', 'bad/huge.json', '--lang', 'en'], {
      cwd: dir,
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      'bad/invalid-syntax.json: Line 6, column 5: invalid JSON, unexpected `"`, expected `,` or `}`\n',
    );
    expect(r.stderr).toContain(
      'bad/huge.json: File too large (50.0 MB), over the limit of 10.0 MB; see --max-size\n',
    );
  });

  it('refuses what is not a regular file without waiting on it', async () => {
    execFileSync('mkfifo', [join(dir, 'pipe.json')]);
    const r = await nianbao(['check', 'pipe.json', '/dev/zero'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('pipe.json: 不是普通文件\n/dev/zero: 不是普通文件\n');
  });

  it('reads text with `|` cell separators (extracted from a PDF) as text, not as Markdown', async () => {
    writeFileSync(
      join(dir, 'extract.txt'),
      '一、总体情况\n……\n二、主动公开政府信息情况\n规章|\n0|\n0|\n|||\n',
    );
    const r = await nianbao(['check', 'extract.txt', '-f', 'json'], { cwd: dir });
    expect(r.code).toBe(1);
    const [entry] = JSON.parse(r.stdout);
    expect(entry.format).toBe('txt');
    // A fragment: what is missing is said, not invented as zeros.
    expect(entry.diagnostics.map((d: { ruleId: string }) => d.ruleId)).toContain(
      'table-incomplete',
    );
  });

  it('refuses a folder with nothing to check', async () => {
    mkdirSync(join(dir, 'empty/sub'), { recursive: true });
    writeFileSync(join(dir, 'empty/sub/notes.xlsx'), 'x');
    const r = await nianbao(['check', 'empty', 'reports/realistic-2024.json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'empty: 目录中没有可检查的文件（.json .md .markdown .html .htm .txt .pdf .docx .doc）\n',
    );
  });

  it('raises the size limit with --max-size', async () => {
    const r = await nianbao(['check', 'bad/huge.json', '--max-size', '60'], { cwd: dir });
    // Past the limit the file is read, and zeros are not text.
    expect(r.stderr).toBe('bad/huge.json: 这是二进制文件，不是文本\n');
  });

  it('reports a duplicate key as a finding on the second one, keeping the file usable', async () => {
    const r = await nianbao(['check', 'bad/duplicate-key.json', '-f', 'json'], { cwd: dir });
    expect(r.code).toBe(1);
    const [entry] = JSON.parse(r.stdout);
    expect(entry.diagnostics).toEqual([
      {
        ruleId: 'duplicate-key',
        severity: 'error',
        message: '键`year`重复出现，前面的值`2023`被忽略',
        line: 6,
        column: 5,
        endLine: 6,
        endColumn: 11,
        path: '/meta/year',
      },
    ]);
  });

  it('does not let a __proto__ key reach anything', async () => {
    const text =
      '{"format":"2021","meta":{"agency":"x","year":2024,"constructor":{"prototype":{"x":1}}},"applications":{"received":{"__proto__":{"total":1}}}}';
    writeFileSync(join(dir, 'proto-nested.json'), text);
    const r = await nianbao(['check', 'proto-nested.json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `proto-nested.json: 第 1 行第 ${text.indexOf('"__proto__"') + 1} 列：不允许使用键\`__proto__\`\n`,
    );
  });

  it('treats a file named on the command line strictly and the same file inside a folder leniently', async () => {
    const named = await nianbao(['check', 'bad/readme.md'], { cwd: dir });
    expect(named.code).toBe(2);
    writeFileSync(join(dir, 'reports/README.md'), '# 年报目录\n\n各单位报告见本目录。\n');
    const walked = await nianbao(['check', 'reports'], { cwd: dir });
    expect(walked.stderr).toBe('');
    expect(walked.stdout).toContain('跳过了目录中 1 个不是年度报告的文件');
  });
});

describe('arguments', () => {
  it('prints the version and per-command help', async () => {
    const v = await nianbao(['--version']);
    expect(v.code).toBe(0);
    expect(v.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    for (const cmd of ['check', 'fix', 'convert', 'init']) {
      const h = await nianbao([cmd, '--help']);
      expect(h.code).toBe(0);
      expect(h.stdout).toContain(`用法：nianbao ${cmd}`);
      const en = await nianbao([cmd, '--help', '--lang', 'en']);
      expect(en.stdout).toContain(`Usage: nianbao ${cmd}`);
    }
    expect((await nianbao(['--help'])).stdout).toContain('退出码');
  });

  it('exits 2 with a one-line reason on unusable arguments', async () => {
    const cases: [string[], string][] = [
      [[], ''],
      [['lint'], 'nianbao: 未知命令`lint`'],
      [['check'], 'nianbao: 请指定要检查的文件、目录或 glob 模式'],
      [
        ['check', 'x.json', '--format', 'xml'],
        'nianbao: --format 的值`xml`无效，应为 stylish|json|sarif',
      ],
      [['check', 'x.json', '--lang', 'fr'], 'nianbao: --lang 的值`fr`无效，应为 zh-CN|en'],
      [['check', 'x.json', '--max-size', '0'], 'nianbao: --max-size 应为正数（MB）'],
      [['check', '--frobnicate', 'x.json'], 'nianbao: 参数错误：'],
      [['fix'], 'nianbao: 请指定一个文件'],
      [['convert', 'reports/realistic-2024.json'], 'nianbao: 缺少 --to'],
      [['init', '--agency', '某镇'], 'nianbao: 缺少 --year'],
      [['init', '--agency', '某镇', '--year', '2019'], 'nianbao: --year 应为 2021 及以后的年份'],
      [
        ['init', '--agency', '某镇', '--year', '2024', '--level', 'village'],
        'nianbao: --level 的值`village`无效',
      ],
    ];
    for (const [args, message] of cases) {
      const r = await nianbao(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr.split('\n')[0].startsWith(message), `${args.join(' ')}: ${r.stderr}`).toBe(
        true,
      );
    }
  });
});

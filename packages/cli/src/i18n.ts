import type { Lang } from '@nianbao/core';

/**
 * Every sentence the command line prints itself (findings come from core and the readers, already
 * translated). Keyed by a stable id; `{name}` placeholders are filled by `t`.
 */
const MESSAGES = {
  'input.missing': {
    'zh-CN': '找不到文件或目录',
    en: 'No such file or directory',
  },
  'input.no-match': {
    'zh-CN': '没有文件匹配此模式',
    en: 'No files match this pattern',
  },
  'input.empty-folder': {
    'zh-CN': '目录中没有可检查的文件（{extensions}）',
    en: 'No files to check in this folder ({extensions})',
  },
  'input.not-a-file': { 'zh-CN': '不是普通文件', en: 'Not a regular file' },
  'input.unreadable': {
    'zh-CN': '无法读取：{reason}',
    en: 'Cannot read: {reason}',
  },
  'input.too-large': {
    'zh-CN': '文件过大（{size}），超过上限 {limit}；可用 --max-size 调整',
    en: 'File too large ({size}), over the limit of {limit}; see --max-size',
  },
  'input.binary': {
    'zh-CN': '这是二进制文件，不是文本',
    en: 'This is a binary file, not text',
  },
  'input.utf16': {
    'zh-CN': '文件是 UTF-16 编码，请另存为 UTF-8',
    en: 'The file is encoded in UTF-16; save it as UTF-8',
  },
  'input.not-utf8': {
    'zh-CN': '第 {line} 行不是有效的 UTF-8 文本（可能是 GBK 编码），请另存为 UTF-8',
    en: 'Line {line} is not valid UTF-8 (GBK perhaps?); save the file as UTF-8',
  },
  'input.unknown-format': {
    'zh-CN': '无法识别的文件格式（支持：{formats}）',
    en: 'Unrecognised file format (supported: {formats})',
  },
  'input.reader-missing': {
    'zh-CN': '读取 {format} 需要安装 {pkg}',
    en: 'Reading {format} needs {pkg} to be installed',
  },
  'input.reader-failed': {
    'zh-CN': '读取失败：{reason}',
    en: 'Could not read the report: {reason}',
  },
  'input.not-a-report': {
    'zh-CN': '不是年度报告，每种读法都试过了：{reasons}',
    en: 'Not an annual report, read every way there is: {reasons}',
  },
  'input.and': { 'zh-CN': '{a}；{b}', en: '{a}; {b}' },
  // Core's own wording (limitMessages), one per language.
  'input.limit': { 'zh-CN': '{zh}', en: '{en}' },
  'input.empty': { 'zh-CN': '文件是空的', en: 'The file is empty' },
  'json.syntax': {
    'zh-CN': '第 {line} 行第 {column} 列：JSON 语法错误，{detail}',
    en: 'Line {line}, column {column}: invalid JSON, {detail}',
  },
  'json.unexpected-end': {
    'zh-CN': '内容意外结束',
    en: 'unexpected end of input',
  },
  'json.unexpected': {
    'zh-CN': '意外的`{found}`，应为{expected}',
    en: 'unexpected `{found}`, expected {expected}',
  },
  'json.one-of': { 'zh-CN': '{a}或{b}', en: '{a} or {b}' },
  'json.expected-value': { 'zh-CN': '一个值', en: 'a value' },
  'json.expected-end': { 'zh-CN': '文档结束', en: 'the end of the document' },
  'json.bad-string': {
    'zh-CN': '字符串无效（未转义的控制字符或错误的转义）',
    en: 'invalid string (unescaped control character or bad escape)',
  },
  'json.too-deep': {
    'zh-CN': '嵌套超过 {limit} 层',
    en: 'nested deeper than {limit} levels',
  },
  'json.proto-key': {
    'zh-CN': '第 {line} 行第 {column} 列：不允许使用键`__proto__`',
    en: 'Line {line}, column {column}: the key `__proto__` is not allowed',
  },
  'json.not-a-report': {
    'zh-CN': '这个 JSON 不是年度报告（没有 format、meta 或任何表格字段）',
    en: 'This JSON is not an annual report (no format, meta or table property)',
  },
  'md.not-a-report': {
    'zh-CN': '这个 Markdown 文件不是年度报告（找不到任何一部分的标题或表格）',
    en: 'This Markdown file is not an annual report (no section heading or table found)',
  },
  'html.not-a-report': {
    'zh-CN': '这个网页不是年度报告（找不到任何一部分的标题或报告表格）',
    en: 'This web page is not an annual report (no section heading or report table found)',
  },
  'txt.not-a-report': {
    'zh-CN': '这个文本文件不是年度报告（找不到任何一部分的标题或报告表格）',
    en: 'This text file is not an annual report (no section heading or report table found)',
  },
  'pdf.not-a-report': {
    'zh-CN': '这个 PDF 不是年度报告（找不到任何一部分的标题或报告表格）',
    en: 'This PDF is not an annual report (no section heading or report table found)',
  },
  'docx.not-a-report': {
    'zh-CN': '这个 Word 文档不是年度报告（找不到任何一部分的标题或报告表格）',
    en: 'This Word document is not an annual report (no section heading or report table found)',
  },
  'document.unreadable': {
    'zh-CN': '{reason}',
    en: '{reason}',
  },
  'cross.late-heading': {
    'zh-CN': '跨报告检查（读到上一年度报告后才能确定的问题）：',
    en: 'Across reports (found once the previous year had been read):',
  },
  'args.bad-report': {
    'zh-CN': '--report 的文件`{file}`类型未知，应以 .html、.csv 或 .json 结尾',
    en: 'Unexpected file type for --report `{file}`, expected .html, .csv or .json',
  },
  'cross.previous-unusable': {
    'zh-CN': '--previous 指定的上年度报告 {file} 无法使用：{reason}',
    en: 'The previous report {file} named by --previous cannot be used: {reason}',
  },
  'aggregate.input': {
    'zh-CN': '{file} 无法使用：{reason}',
    en: '{file} cannot be used: {reason}',
  },
  'aggregate.mixed-format': {
    'zh-CN': '不能汇总不同格式的报告：{a} 是 {fa} 年格式，{b} 是 {fb} 年格式',
    en: 'Cannot add up reports of different formats: {a} is on the {fa} format, {b} on the {fb} format',
  },
  'aggregate.mixed-year': {
    'zh-CN': '不能汇总不同年度的报告：{file} 是 {year} 年度，应为 {expected} 年度',
    en: 'Cannot add up reports of different years: {file} is for {year}, expected {expected}',
  },
  'aggregate.no-year': {
    'zh-CN': '无法确定汇总的年度：输入的报告都没有写明年度，请用 --year 指定',
    en: 'Cannot tell the year of the sum: none of the reports states its year; name it with --year',
  },
  'aggregate.duplicate': {
    'zh-CN': '{file} 与 {first} 是同一个文件，只计入一次',
    en: '{file} is the same file as {first}; counted once',
  },
  'aggregate.done': {
    'zh-CN': '汇总了 {n} 份报告：{agency} {year} 年度',
    en: 'Added up {n} reports: {agency}, {year}',
  },
  'aggregate.blank': {
    'zh-CN': '{cell}：汇总结果留空，因为以下报告此格空白或不是数字：{files}',
    en: '{cell}: left blank in the sum, because it is blank or not a number in {files}',
  },
  'args.unknown-command': {
    'zh-CN': '未知命令`{command}`',
    en: 'Unknown command `{command}`',
  },
  'args.invalid': {
    'zh-CN': '参数错误：{detail}',
    en: 'Invalid arguments: {detail}',
  },
  'args.no-inputs': {
    'zh-CN': '请指定要检查的文件、目录或 glob 模式',
    en: 'Name the files, folders or globs to check',
  },
  'args.bad-choice': {
    'zh-CN': '--{option} 的值`{value}`无效，应为 {choices}',
    en: 'Unexpected `{value}` for --{option}, expected {choices}',
  },
  'args.one-file': { 'zh-CN': '请指定一个文件', en: 'Name exactly one file' },
  'args.required': { 'zh-CN': '缺少 --{option}', en: 'Missing --{option}' },
  'args.year': {
    'zh-CN': '--year 应为 2021 及以后的年份',
    en: '--year must be a year from 2021 on',
  },
  'args.bad-jobs': {
    'zh-CN': '--jobs 应为 1 到 64 之间的整数',
    en: '--jobs must be a whole number from 1 to 64',
  },
  'args.bad-size': {
    'zh-CN': '--max-size 应为正数（MB）',
    en: '--max-size must be a positive number of MB',
  },
  'summary.clean': {
    'zh-CN': '✔ 检查了 {files}，没有发现问题',
    en: '✔ {files} checked, no problems',
  },
  'summary.none-found': {
    'zh-CN': '检查了 {files}，没有发现问题',
    en: '{files} checked, no problems',
  },
  'summary.problems': {
    'zh-CN': '✖ 检查了 {files}，发现 {problems}（{errors}，{warnings}，{infos}）',
    en: '✖ {files} checked: {problems} ({errors}, {warnings}, {infos})',
  },
  'summary.unusable': {
    'zh-CN': '{inputs}无法使用（见上方错误）',
    en: '{inputs} could not be used (see the errors above)',
  },
  'summary.nothing-checked': {
    'zh-CN': '✖ 没有检查任何文件：目录中的 {n} 个文件都不像年度报告，已跳过',
    en: '✖ Nothing checked: the {files} in the folders do not look like annual reports and were skipped',
  },
  'summary.skipped': {
    'zh-CN': '跳过了目录中 {n} 个不是年度报告的文件',
    en: 'Skipped {files} in folders that are not annual reports',
  },
  'severity.error': { 'zh-CN': '错误', en: 'error' },
  'severity.warning': { 'zh-CN': '警告', en: 'warning' },
  'severity.info': { 'zh-CN': '提示', en: 'info' },
  'fix.none': {
    'zh-CN': '{file}：没有需要填写的合计',
    en: '{file}: no totals to fill in',
  },
  'fix.changed': {
    'zh-CN': '{file}：填写了 {count}',
    en: '{file}: filled in {count}',
  },
  'fix.dry-run': {
    'zh-CN': '（--dry-run：文件未改动）',
    en: '(--dry-run: the file was not changed)',
  },
  'fix.change': {
    'zh-CN': '{cell}：{before} → {after}',
    en: '{cell}: {before} → {after}',
  },
  'fix.blank': { 'zh-CN': '空白', en: 'blank' },
  'fix.not-in-document': {
    'zh-CN': '{cell}（{path}）不在文档中，无法就地填写；文件未改动',
    en: '{cell} ({path}) is not in the document, so it cannot be filled in place; the file was not changed',
  },
  'fix.not-fixable': {
    'zh-CN':
      'nianbao fix 只改写 {formats} 格式的报告，这个文件是 {format} 格式；可先用 nianbao convert --to md 转换，再修正转换结果',
    en: 'nianbao fix rewrites reports in {formats} only, and this file is {format}; convert it first with nianbao convert --to md, then fix the result',
  },
  'fix.verify-failed': {
    'zh-CN': '改写后重新读取的结果与预期不符（{path}），文件未改动',
    en: 'Re-reading the rewritten file gave an unexpected result ({path}); the file was not changed',
  },
  'fix.remaining': {
    'zh-CN': '还有 {count}需要人工处理，请运行 nianbao check',
    en: '{count} remain that need a person; run nianbao check',
  },
  'convert.findings': {
    'zh-CN': '注意：源文件有 {count}，转换结果保留了原样内容',
    en: 'Note: the source has {count}; the conversion keeps the content as written',
  },
  'init.written': { 'zh-CN': '已写入 {file}', en: 'Wrote {file}' },
  'output.is-input': {
    'zh-CN': '输出文件不能是输入文件本身：{file}',
    en: 'The output cannot be the input file itself: {file}',
  },
  'output.report-is-input': {
    'zh-CN': '--report 的文件不能是要检查的报告本身：{file}',
    en: 'The --report file cannot be one of the reports checked: {file}',
  },
  'fix.read-only': {
    'zh-CN': '文件是只读的，未修改；如需修正，请先取消只读',
    en: 'The file is read-only and was not changed; make it writable to fix it',
  },
  'fix.folder-read-only': {
    'zh-CN': '无法在文件夹 {file} 中写入（{reason}），文件未修改',
    en: 'Cannot write in the folder {file} ({reason}); the file was not changed',
  },
  'fix.owner': {
    'zh-CN': '无法保留文件的所有者（{reason}），文件未修改',
    en: 'Cannot keep the file’s owner ({reason}); the file was not changed',
  },
  'fix.changed-since-read': {
    'zh-CN':
      '文件在读取后又被修改（可能是编辑器自动保存），为免覆盖这些修改，未写入；请重新运行 nianbao fix',
    en: 'The file changed after it was read (an editor’s autosave?); nothing was written so that change is not lost; run nianbao fix again',
  },
  'output.unwritable': {
    'zh-CN': '无法写入 {file}：{reason}',
    en: 'Cannot write {file}: {reason}',
  },
  'output.exists': {
    'zh-CN': '{file} 已存在；加 --force 覆盖',
    en: '{file} exists; add --force to overwrite',
  },
} as const satisfies Record<string, Record<Lang, string>>;

export type MessageId = keyof typeof MESSAGES;

/** A message to be translated later, when the language is known; may nest. */
export interface Msg {
  id: MessageId;
  values?: Values;
}
export type Values = Record<string, string | number | Msg>;

export function t(lang: Lang, id: MessageId, values: Values = {}): string {
  return MESSAGES[id][lang].replace(/\{(\w+)\}/g, (m, k: string) => {
    if (!Object.hasOwn(values, k)) return m;
    const v = values[k];
    return typeof v === 'object' ? t(lang, v.id, v.values) : String(v);
  });
}

/** Nouns with their count: `3 个错误` / `3 errors`, `1 file`. */
const NOUNS = {
  file: { 'zh-CN': ['个文件'], en: ['file', 'files'] },
  input: { 'zh-CN': ['个输入'], en: ['input', 'inputs'] },
  problem: { 'zh-CN': ['个问题'], en: ['problem', 'problems'] },
  error: { 'zh-CN': ['个错误'], en: ['error', 'errors'] },
  warning: { 'zh-CN': ['个警告'], en: ['warning', 'warnings'] },
  info: { 'zh-CN': ['个提示'], en: ['info', 'infos'] },
  total: { 'zh-CN': ['个合计'], en: ['total', 'totals'] },
  readingProblem: {
    'zh-CN': ['个读取问题'],
    en: ['reading problem', 'reading problems'],
  },
} as const;

export function count(lang: Lang, n: number, noun: keyof typeof NOUNS): string {
  const forms = NOUNS[noun][lang] as readonly string[];
  return lang === 'en' ? `${n} ${forms[n === 1 ? 0 : 1]}` : `${n} ${forms[0]}`;
}

export function parseLang(value: string | undefined): Lang | undefined {
  if (value === undefined) return undefined;
  const v = value.toLowerCase();
  if (v === 'zh-cn' || v === 'zh' || v === 'zh-hans') return 'zh-CN';
  if (v === 'en' || v.startsWith('en-')) return 'en';
  return undefined;
}

/** An input (a file, a pattern) that cannot be used: one line saying what and, where known, where. */
export class InputError extends Error {
  constructor(
    readonly id: MessageId,
    readonly values: Values = {},
    /** The input is readable but is plainly not an annual report: a folder walk skips it. */
    readonly notAReport = false,
  ) {
    super(id);
  }
  text(lang: Lang): string {
    return t(lang, this.id, this.values);
  }
}

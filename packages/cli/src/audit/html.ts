import { createReadStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SEVERITY_ORDER, type Lang } from '@nianbao/core';
import type { FileDiagnostic } from '../check-file.js';
import { t } from '../i18n.js';
import type { Formatter } from '../output/types.js';
import { escapeHtml as e, messageHtml } from './escape.js';
import { AtomicFileSink } from '../files/atomic.js';
import { removeOnExit } from '../files/temp.js';
import { FileSink } from './file-sink.js';
import { Overview, type ReportRow } from './overview.js';
import { tablesHtml, type Mark } from './tables.js';

/**
 * One self-contained page: inline CSS, no script, every text from a report escaped. Each report's
 * section (its tables in the official layout, the offending cells highlighted, the findings beside
 * them) is rendered when the report is checked and appended to a temporary file; at the end the
 * page is written as head + overview + those sections, so memory holds only the overview's counters.
 */

const CSS = `
body{font:14px/1.5 system-ui,"PingFang SC","Microsoft YaHei",sans-serif;margin:0 auto;max-width:1400px;padding:1em 2em;color:#222}
h1{font-size:1.6em}h2{font-size:1.25em;margin:0}h4{margin:1em 0 .3em}
table{border-collapse:collapse;margin:.3em 0}th,td{border:1px solid #999;padding:2px 5px;vertical-align:middle}
th{background:#f3f3f3;font-weight:normal}th.block{text-align:left;font-weight:bold}th.row{text-align:left}
table.report td{text-align:right;min-width:2.5em}td.blank{background:repeating-linear-gradient(45deg,#fff,#fff 4px,#eee 4px,#eee 8px)}
td.text{color:#a40;font-style:italic}td.mark-error{background:#fdd;outline:2px solid #c00}td.mark-warning{background:#ffefc2;outline:2px solid #c80}td.mark-info{background:#e3efff}
sup a{color:#c00;text-decoration:none;margin-left:2px}
section.report{border-top:3px solid #333;margin-top:2em;padding-top:.5em}.meta{color:#666}
.body{display:flex;gap:2em;align-items:flex-start}.tables{flex:0 1 auto;overflow-x:auto}.findings{flex:1 1 24em;min-width:20em;position:sticky;top:0}
.findings li{margin:.3em 0}.findings code{font:inherit;background:#eef1f5;padding:0 .2em}.sev-error{color:#c00}.sev-warning{color:#a60}.sev-info{color:#36c}.rule{color:#666;font-family:monospace}
table.overview td{text-align:left}table.overview td.n{text-align:right}.clean{color:#080}
`;

const TEXT = {
  title: {
    'zh-CN': '政府信息公开工作年度报告检查结果',
    en: 'Annual report audit',
  },
  overview: { 'zh-CN': '总览', en: 'Overview' },
  checked: {
    'zh-CN': '检查了 {n} 份报告，{m} 个文件无法读取',
    en: '{n} reports checked, {m} files could not be read',
  },
  byRule: { 'zh-CN': '按规则统计', en: 'Findings by rule' },
  rule: { 'zh-CN': '规则', en: 'Rule' },
  severity: { 'zh-CN': '级别', en: 'Severity' },
  findings: { 'zh-CN': '问题数', en: 'Findings' },
  reports: { 'zh-CN': '涉及报告', en: 'Reports' },
  worst: { 'zh-CN': '报告（问题最多的在前）', en: 'Reports, worst first' },
  file: { 'zh-CN': '文件', en: 'File' },
  agency: { 'zh-CN': '机关', en: 'Agency' },
  year: { 'zh-CN': '年度', en: 'Year' },
  errors: { 'zh-CN': '错误', en: 'Errors' },
  warnings: { 'zh-CN': '警告', en: 'Warnings' },
  infos: { 'zh-CN': '提示', en: 'Infos' },
  unusable: { 'zh-CN': '无法读取的文件', en: 'Files that could not be read' },
  late: {
    'zh-CN': '跨报告检查（读到上一年度报告之后才发现）',
    en: 'Across reports (found once the previous year was read)',
  },
  clean: { 'zh-CN': '没有发现问题', en: 'No problems found' },
  unknown: { 'zh-CN': '（未知机关）', en: '(unknown agency)' },
} as const;

const tr = (lang: Lang, k: keyof typeof TEXT, v: Record<string, string | number> = {}) =>
  TEXT[k][lang].replace(/\{(\w+)\}/g, (_, x: string) => String(v[x]));

function placeOf(d: FileDiagnostic): string {
  return d.line !== null ? `${d.line}:${d.column}` : d.path;
}

function findingsHtml(
  ds: readonly FileDiagnostic[],
  lang: Lang,
  anchor: string,
  start = 1,
): string {
  return ds
    .map(
      (d, i) =>
        `<li id="${anchor}-f${start + i}" value="${start + i}"><span class="sev-${d.severity}">${e(t(lang, `severity.${d.severity}`))}</span> ` +
        `<span class="place">${e(placeOf(d))}</span> ${messageHtml(d.message)} <span class="rule">${e(d.ruleId)}</span></li>`,
    )
    .join('\n');
}

function marksOf(ds: readonly FileDiagnostic[]): Map<string, Mark> {
  const marks = new Map<string, Mark>();
  ds.forEach((d, i) => {
    let m = marks.get(d.path);
    if (!m) {
      m = { severity: d.severity, refs: [], titles: [] };
      marks.set(d.path, m);
    }
    if (SEVERITY_ORDER[d.severity] < SEVERITY_ORDER[m.severity]) m.severity = d.severity;
    m.refs.push(i + 1);
    m.titles.push(d.message);
  });
  return marks;
}

const nameOf = (row: Pick<ReportRow, 'agency' | 'year'>, lang: Lang) =>
  `${row.agency ?? tr(lang, 'unknown')}${row.year !== null ? (lang === 'en' ? ` ${row.year}` : ` ${row.year}年度`) : ''}`;

export async function htmlAudit(path: string, lang: Lang, version: string): Promise<Formatter> {
  const out = await AtomicFileSink.create(path);
  const dir = await mkdtemp(join(tmpdir(), 'nianbao-audit-'));
  const settle = removeOnExit(dir);
  const sectionsPath = join(dir, 'sections.html');
  const sections = new FileSink(sectionsPath, path);
  const overview = new Overview();
  /** Cross-report findings on reports already written: listed in the overview, linked to the report. */
  const late: { row: ReportRow; diagnostics: FileDiagnostic[] }[] = [];

  return {
    async file(file, r) {
      const row = overview.add(file, r);
      const anchor = `r${row.n}`;
      const ds = r.diagnostics;
      await sections.write(
        `<section class="report" id="${anchor}"><h2>${e(nameOf(row, lang))}</h2>` +
          `<p class="meta">${e(file)} · ${e(r.format)} · ${e(r.facts.layout)}</p>\n<div class="body"><div class="tables">\n` +
          `${tablesHtml(r.facts.layout, r.facts.values, marksOf(ds), lang, anchor)}\n</div>\n` +
          `<div class="findings">${ds.length ? `<ol>\n${findingsHtml(ds, lang, anchor)}\n</ol>` : `<p class="clean">${e(tr(lang, 'clean'))}</p>`}</div></div></section>\n`,
      );
    },
    async unusable(file, message) {
      overview.unusable.push({ file, message });
    },
    async late(l) {
      const row = overview.row(l.file);
      if (!row) return;
      overview.count(row, l.diagnostics);
      late.push({ row, diagnostics: l.diagnostics });
    },
    async end() {
      await sections.close();
      const head = tr(lang, 'title');
      await out.write(
        `<!doctype html>\n<html lang="${lang}"><head><meta charset="utf-8"><meta name="generator" content="nianbao ${e(version)}">` +
          `<title>${e(head)}</title><style>${CSS}</style></head><body>\n<h1>${e(head)}</h1>\n`,
      );
      await out.write(overviewHtml(overview, late, lang));
      // Stream the sections over, so the page is assembled without holding it.
      for await (const chunk of createReadStream(sectionsPath, { encoding: 'utf8' }))
        await out.write(chunk as string);
      await out.write('</body></html>\n');
      await out.commit();
      await rm(dir, { recursive: true, force: true });
      settle();
    },
  };
}

function overviewHtml(
  o: Overview,
  late: { row: ReportRow; diagnostics: FileDiagnostic[] }[],
  lang: Lang,
): string {
  const parts = [
    `<section id="overview"><h2>${e(tr(lang, 'overview'))}</h2>`,
    `<p>${e(tr(lang, 'checked', { n: o.rows.length, m: o.unusable.length }))}</p>`,
  ];
  const rules = o.ruleCounts();
  if (rules.length) {
    parts.push(
      `<h3>${e(tr(lang, 'byRule'))}</h3><table class="overview rules"><thead><tr><th>${e(tr(lang, 'rule'))}</th><th>${e(tr(lang, 'severity'))}</th><th>${e(tr(lang, 'findings'))}</th><th>${e(tr(lang, 'reports'))}</th></tr></thead><tbody>`,
    );
    for (const r of rules)
      parts.push(
        `<tr data-rule="${e(r.ruleId)}"><td class="rule">${e(r.ruleId)}</td><td class="sev-${r.severity}">${e(t(lang, `severity.${r.severity}`))}</td><td class="n findings">${r.findings}</td><td class="n reports">${r.reports}</td></tr>`,
      );
    parts.push('</tbody></table>');
  }
  parts.push(
    `<h3>${e(tr(lang, 'worst'))}</h3><table class="overview worst"><thead><tr><th>#</th><th>${e(tr(lang, 'agency'))}</th><th>${e(tr(lang, 'file'))}</th><th>${e(tr(lang, 'errors'))}</th><th>${e(tr(lang, 'warnings'))}</th><th>${e(tr(lang, 'infos'))}</th></tr></thead><tbody>`,
  );
  for (const r of o.worstFirst())
    parts.push(
      `<tr data-report="r${r.n}"><td class="n">${r.n}</td><td><a href="#r${r.n}">${e(nameOf(r, lang))}</a></td><td>${e(r.file)}</td><td class="n errors">${r.errors}</td><td class="n warnings">${r.warnings}</td><td class="n infos">${r.infos}</td></tr>`,
    );
  parts.push('</tbody></table>');
  if (o.unusable.length) {
    parts.push(`<h3>${e(tr(lang, 'unusable'))}</h3><ul class="unusable">`);
    for (const u of o.unusable)
      parts.push(`<li><span class="file">${e(u.file)}</span>: ${e(u.message)}</li>`);
    parts.push('</ul>');
  }
  if (late.length) {
    parts.push(`<h3>${e(tr(lang, 'late'))}</h3><ul class="late">`);
    for (const l of late)
      for (const d of l.diagnostics)
        parts.push(
          `<li><a href="#r${l.row.n}">${e(l.row.file)}</a> <span class="place">${e(placeOf(d))}</span> ${messageHtml(d.message)} <span class="rule">${e(d.ruleId)}</span></li>`,
        );
    parts.push('</ul>');
  }
  parts.push('</section>\n');
  return parts.join('\n');
}

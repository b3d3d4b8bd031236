import { cellsOf } from '../../../layout/cells.js';
import { NO_REGULATIONS } from '../../../document/data.js';
import { LEVEL_NAMES, num } from '../../../document/text.js';
import { CLEAN_TOWNSHIP_JSON, onReport } from '../shared.js';
import { DOCUMENTS, type DocumentRule } from '../types.js';

export default {
  id: 'regulations-implausible',
  category: 'document',
  severity: 'warning',
  title: { 'zh-CN': '不应有规章数据', en: 'Implausible 规章' },
  description: {
    'zh-CN': '乡镇、街道、县级机关或政府部门的报告在表二“规章”行填了非零的数。',
    en: 'A township, sub-district, county-level agency or department reports non-zero 规章 in table 二.',
  },
  why: {
    'zh-CN':
      '只有国务院部门、省级政府和设区的市政府能制定规章；其他机关报告规章数据，多半是填错了行。',
    en: 'Only State Council departments, provincial governments and governments of cities with districts make 规章; anyone else reporting them has most likely filled the wrong row.',
  },
  messages: {
    implausible: {
      'zh-CN':
        '{level}报告了规章数据`{values}`：只有国务院部门、省级政府和设区的市政府能制定规章，应为`0`',
      en: 'Unexpected 规章 `{values}` reported by {level}, expected `0`: only State Council departments, provinces and cities with districts make 规章',
    },
  },
  fixable: false,
  inputs: ['json', ...DOCUMENTS],
  examples: {
    fail: onReport({ '/proactive/regulations/inForce': 6 }, CLEAN_TOWNSHIP_JSON),
    pass: onReport({ '/proactive/regulations/inForce': 0 }, CLEAN_TOWNSHIP_JSON),
  },
  check(c) {
    const name = c.level && NO_REGULATIONS.includes(c.level) ? LEVEL_NAMES[c.level] : undefined;
    if (!name) return [];
    // The 规章 row of table 二, in whichever edition the report is laid out.
    const nonZero = cellsOf(c.layout)
      .filter((cell) => cell.path.startsWith('/proactive/regulations/'))
      .map((cell) => cell.path)
      .filter((p) => (num(c.report, p) ?? 0) > 0);
    if (!nonZero.length) return [];
    const values = nonZero.map((p) => String(num(c.report, p))).join('、');
    return [
      {
        message: 'implausible',
        path: nonZero[0],
        paths: nonZero,
        values: { 'zh-CN': { level: name['zh-CN'], values }, en: { level: name.en, values } },
      },
    ];
  },
} satisfies DocumentRule<'implausible'>;

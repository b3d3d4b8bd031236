// What the server answers when it refuses or cannot do something, in words a clerk understands.
// zh-CN first (`message`), both languages in `messages`; clients key on `error`, never on wording.

const MESSAGES = {
  'body-too-large': {
    'zh-CN': '提交的内容过大（上限 {max} 字节），未保存。',
    en: 'The request is too large (limit {max} bytes); nothing was saved.',
  },
  'json-too-deep': {
    'zh-CN': '提交的内容嵌套层数过多（上限 {max} 层），未保存。',
    en: 'The report is nested too deeply (limit {max} levels); nothing was saved.',
  },
  'json-too-many-members': {
    'zh-CN': '提交的内容项目过多（上限 {max} 项），未保存。',
    en: 'The report has too many values (limit {max}); nothing was saved.',
  },
  'not-json': {
    'zh-CN': '只接受 JSON 格式的报告（Content-Type: application/json），未保存。',
    en: 'Only a JSON report is accepted (Content-Type: application/json); nothing was saved.',
  },
  'bad-json': {
    'zh-CN': '无法读取提交的报告，未保存：{reason}',
    en: 'Could not read the report; nothing was saved: {reason}',
  },
  'not-a-report': {
    'zh-CN': '提交的内容不是一份报告（应为 JSON 对象），未保存。',
    en: 'What was sent is not a report (a JSON object is expected); nothing was saved.',
  },
  'cross-site': {
    'zh-CN': '拒绝来自其他网站的写入请求。',
    en: 'Writes from another site are refused.',
  },
  'has-errors': {
    'zh-CN': '报告有 {n} 处错误，未提交；请改正后再提交，或保存为草稿。',
    en: 'The report has {n} errors and was not submitted; correct them, or save it as a draft.',
  },
  stale: {
    'zh-CN':
      '这份报告已被他人（或另一个窗口）保存为第 {rev} 版，您的修改基于第 {base} 版，未保存。',
    en: 'Someone (or another window) saved revision {rev} of this report; your changes are based on revision {base} and were not saved.',
  },
  'if-match-required': {
    'zh-CN': '保存已有报告时须说明基于哪一版（If-Match），未保存。',
    en: 'Saving an existing report needs the revision it is based on (If-Match); nothing was saved.',
  },
  forbidden: {
    'zh-CN': '您无权访问这份报告。',
    en: 'You may not access this report.',
  },
  'not-found': { 'zh-CN': '找不到这份报告。', en: 'There is no such report.' },
  'bad-intent': {
    'zh-CN': 'intent 只能是 submit 或 draft。',
    en: 'intent must be submit or draft.',
  },
  'bad-path': {
    'zh-CN': '地址中有无法解读的 % 转义：{path}',
    en: 'Bad request: malformed %-escape in {path}',
  },
  'method-not-allowed': { 'zh-CN': '不支持该请求方法。', en: 'Method not allowed.' },
  'server-error': {
    'zh-CN': '服务器出错，未保存：{reason}',
    en: 'Server error; nothing was saved: {reason}',
  },
};

/**
 * @typedef {keyof typeof MESSAGES} RefusalCode
 * @typedef {Record<string, string | number>} Values what a message's `{name}`s are filled with
 */

/**
 * @param {string} t
 * @param {Values} values
 */
const fill = (t, values) =>
  t.replace(/\{(\w+)\}/g, (m, k) => (Object.hasOwn(values, k) ? String(values[k]) : m));

/**
 * The JSON body of a refusal: `{ error, message, messages }`, plus any `extra` fields.
 * @param {RefusalCode} code
 * @param {Values} [values]
 * @param {object} [extra]
 */
export function refusal(code, values = {}, extra = {}) {
  const t = MESSAGES[code];
  const messages = { 'zh-CN': fill(t['zh-CN'], values), en: fill(t.en, values) };
  return { error: code, message: messages['zh-CN'], messages, ...extra };
}

/** An HTTP answer that ends a request early: thrown by the readers, sent by the router. */
export class HttpError extends Error {
  /**
   * @param {number} status
   * @param {RefusalCode} code
   * @param {Values} [values]
   * @param {object} [extra]
   */
  constructor(status, code, values = {}, extra = {}) {
    super(code);
    this.status = status;
    this.body = refusal(code, values, extra);
  }
}

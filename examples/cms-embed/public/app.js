// Loads the report to edit (`?id=` a saved one, else the seed report) and saves it as JSON:
// a new report with POST, a new revision with PUT based on the revision loaded (If-Match).
// No inline script on the page.
/**
 * @import { Diagnostic } from '@nianbao/core'
 * @import {} from '@nianbao/form/define'
 * @import { Refusal, RevisionAnswer, SaveAnswer } from '../lib/answers.js'
 */

/**
 * An element of public/index.html: a page without it is a broken page, said at once.
 * @template {Element} T
 * @param {T | null} element
 * @param {string} what
 * @returns {T}
 */
function present(element, what) {
  if (!element) throw new Error(`public/index.html has no ${what}`);
  return element;
}

const form = present(document.querySelector('nianbao-report-form'), '<nianbao-report-form>');
const host = present(form.closest('form'), '<form> around <nianbao-report-form>');
const statusText = present(document.getElementById('status-text'), '#status-text');
const serverFindings = present(document.getElementById('server-findings'), '#server-findings');
const conflict = present(document.getElementById('conflict'), '#conflict');

/**
 * The saved report being edited: its id and the ETag of the revision the form holds.
 * @type {{ id: string | null, etag: string | null }}
 */
let current = { id: new URLSearchParams(location.search).get('id'), etag: null };

/** @param {string} text */
const say = (text) => {
  statusText.textContent = text;
};

/**
 * The server's findings, each a button that moves to its cell (the form marks the cells itself).
 * @param {Diagnostic[]} [findings]
 */
function showFindings(findings = []) {
  serverFindings.replaceChildren(
    ...findings.map((d) => {
      const li = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.dataset.finding = d.ruleId;
      button.dataset.path = d.path;
      button.textContent = d.message;
      button.addEventListener('click', () => form.focusPath(d.path));
      li.append(button);
      return li;
    }),
  );
}

/**
 * @template T
 * @typedef {{ ok: true, value: T } | { ok: false, refusal: Pick<Refusal, 'message' | 'findings'> }} Answer
 */

/**
 * The server's JSON answer: `T` when the request succeeded, else its refusal. An answer that is
 * not JSON is a refusal too, whatever its status.
 * @template T
 * @param {Response} response
 * @returns {Promise<Answer<T>>}
 */
async function answerOf(response) {
  try {
    const value = await response.json();
    return response.ok ? { ok: true, value } : { ok: false, refusal: value };
  } catch {
    return { ok: false, refusal: { message: `服务器返回 ${response.status}` } };
  }
}

/** @param {string} id */
async function load(id) {
  const response = await fetch(`/api/reports/${encodeURIComponent(id)}`);
  /** @type {Answer<RevisionAnswer>} */
  const answer = await answerOf(response);
  if (!answer.ok) {
    say(`无法载入报告：${answer.refusal.message}`);
    return;
  }
  const body = answer.value;
  form.value = body.report;
  current = { id, etag: response.headers.get('etag') };
  conflict.hidden = true;
  showFindings();
  say(`已载入第 ${body.rev} 版（${body.status === 'draft' ? '草稿' : '已提交'}）`);
}

/**
 * Saves the form's report; `asNew` keeps it as a new report beside the current one.
 * @param {'submit' | 'draft'} intent
 */
async function save(intent, { asNew = false } = {}) {
  const existing = asNew ? null : current.id;
  const query = new URLSearchParams({ intent });
  if (asNew && current.id) query.set('forkedFrom', current.id);
  /** @type {Record<string, string>} */
  const headers = { 'content-type': 'application/json' };
  if (existing && current.etag) headers['if-match'] = current.etag;
  const response = await fetch(
    existing ? `/api/reports/${encodeURIComponent(existing)}?${query}` : `/api/reports?${query}`,
    { method: existing ? 'PUT' : 'POST', headers, body: JSON.stringify(form.value) },
  );
  /** @type {Answer<SaveAnswer>} */
  const answer = await answerOf(response);
  conflict.hidden = response.status !== 412;
  // A refusal carries findings only when the report has errors (422).
  showFindings(answer.ok ? answer.value.findings : answer.refusal.findings);
  if (!answer.ok) {
    say(answer.refusal.message);
    return;
  }
  const body = answer.value;
  current = { id: body.id, etag: body.etag };
  // Saved: the form's draft and leave guard rest (a refused save keeps both).
  form.markSaved();
  history.replaceState(null, '', `/?id=${encodeURIComponent(body.id)}`);
  say(`报告已保存：第 ${body.rev} 版（${body.status === 'draft' ? '草稿' : '已提交'}）`);
}

host.addEventListener('submit', (e) => {
  e.preventDefault();
  const button = e.submitter instanceof HTMLButtonElement ? e.submitter : null;
  void save(button?.value === 'draft' ? 'draft' : 'submit');
});
present(document.getElementById('reload-latest'), '#reload-latest').addEventListener(
  'click',
  () => {
    if (current.id) void load(current.id);
  },
);
// Both kept: the other save stays the report's latest revision, this one becomes a new report (a draft).
present(document.getElementById('keep-both'), '#keep-both').addEventListener('click', () =>
  save('draft', { asNew: true }),
);

await customElements.whenDefined('nianbao-report-form');
if (current.id) await load(current.id);
else {
  const response = await fetch('/seed.json');
  if (response.ok) form.value = await response.json();
  else say(`无法载入示例报告：${response.status}`);
}
document.body.dataset.ready = 'true';

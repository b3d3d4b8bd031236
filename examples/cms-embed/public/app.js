// Loads the report to edit (`?id=` a saved one, else the seed report) and saves it as JSON:
// a new report with POST, a new revision with PUT based on the revision loaded (If-Match).
// No inline script on the page.
const form = document.querySelector('nianbao-report-form');
const host = form.closest('form');
const statusText = document.getElementById('status-text');
const serverFindings = document.getElementById('server-findings');
const conflict = document.getElementById('conflict');

/** The saved report being edited: its id and the ETag of the revision the form holds. */
let current = { id: new URLSearchParams(location.search).get('id'), etag: null };

const say = (text) => {
  statusText.textContent = text;
};

/** The server's findings, each a button that moves to its cell (the form marks the cells itself). */
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

async function answerOf(response) {
  try {
    return await response.json();
  } catch {
    return { message: `服务器返回 ${response.status}` };
  }
}

async function load(id) {
  const response = await fetch(`/api/reports/${encodeURIComponent(id)}`);
  const body = await answerOf(response);
  if (!response.ok) {
    say(`无法载入报告：${body.message}`);
    return;
  }
  form.value = body.report;
  current = { id, etag: response.headers.get('etag') };
  conflict.hidden = true;
  showFindings();
  say(`已载入第 ${body.rev} 版（${body.status === 'draft' ? '草稿' : '已提交'}）`);
}

/** Saves the form's report; `asNew` keeps it as a new report beside the current one. */
async function save(intent, { asNew = false } = {}) {
  const existing = current.id && !asNew;
  const query = new URLSearchParams({ intent });
  if (asNew && current.id) query.set('forkedFrom', current.id);
  const headers = { 'content-type': 'application/json' };
  if (existing) headers['if-match'] = current.etag;
  const response = await fetch(
    existing ? `/api/reports/${encodeURIComponent(current.id)}?${query}` : `/api/reports?${query}`,
    { method: existing ? 'PUT' : 'POST', headers, body: JSON.stringify(form.value) },
  );
  const body = await answerOf(response);
  conflict.hidden = response.status !== 412;
  showFindings(response.ok || response.status === 422 ? body.findings : []);
  if (!response.ok) {
    say(body.message);
    return;
  }
  current = { id: body.id, etag: body.etag };
  // Saved: the form's draft and leave guard rest (a refused save keeps both).
  form.markSaved();
  history.replaceState(null, '', `/?id=${encodeURIComponent(body.id)}`);
  say(`报告已保存：第 ${body.rev} 版（${body.status === 'draft' ? '草稿' : '已提交'}）`);
}

host.addEventListener('submit', (e) => {
  e.preventDefault();
  void save(e.submitter?.value === 'draft' ? 'draft' : 'submit');
});
document.getElementById('reload-latest').addEventListener('click', () => load(current.id));
// Both kept: the other save stays the report's latest revision, this one becomes a new report (a draft).
document
  .getElementById('keep-both')
  .addEventListener('click', () => save('draft', { asNew: true }));

await customElements.whenDefined('nianbao-report-form');
if (current.id) await load(current.id);
else {
  const response = await fetch('/seed.json');
  if (response.ok) form.value = await response.json();
  else say(`无法载入示例报告：${response.status}`);
}
document.body.dataset.ready = 'true';

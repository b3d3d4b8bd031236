// Loads the report to edit: the one just saved, or the seed report. No inline script on the page.
const form = document.querySelector('nianbao-report-form');
const status = document.getElementById('status');
const saved = new URLSearchParams(location.search).get('saved');

await customElements.whenDefined('nianbao-report-form');
const source = saved ? `/reports/${encodeURIComponent(saved)}` : '/seed.json';
const response = await fetch(source);
if (response.ok) {
  form.value = await response.json();
  if (saved) status.textContent = `报告已保存：submissions/${saved}`;
} else {
  status.textContent = `无法载入 ${source}：${response.status}`;
}
document.body.dataset.ready = 'true';

import { css } from 'lit';

/**
 * Custom properties (documented on the element): --nianbao-font, --nianbao-border,
 * --nianbao-header-bg, --nianbao-error, --nianbao-warning, --nianbao-focus, --nianbao-computed-bg.
 */
export const styles = css`
  :host {
    display: block;
    /* The CJK fonts of macOS, Windows and the Linux desktops (UOS, Kylin, Debian…) by name: a label
       then finds its font in the list instead of through the browser's per-character fallback. */
    font-family: var(--nianbao-font, system-ui, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC', 'WenQuanYi Micro Hei', sans-serif);
    color: var(--nianbao-color, #1f2328);
    --_border: var(--nianbao-border, #8c959f);
    --_error: var(--nianbao-error, #cf222e);
    --_warning: var(--nianbao-warning, #9a6700);
    --_focus: var(--nianbao-focus, #0969da);
  }
  :host([hidden]) { display: none; }
  .toolbar { display: flex; flex-wrap: wrap; gap: 0.5rem; margin-bottom: 1rem; align-items: center; }
  button, .file { font: inherit; padding: 0.3rem 0.7rem; border: 1px solid var(--_border); border-radius: 4px; background: #f6f8fa; color: inherit; cursor: pointer; }
  button:disabled { cursor: default; opacity: 0.5; }
  button:focus-visible, input:focus-visible, textarea:focus-visible { outline: 2px solid var(--_focus); outline-offset: 1px; }
  .file input { position: absolute; width: 1px; height: 1px; opacity: 0; }
  .file:focus-within { outline: 2px solid var(--_focus); }
  .notice { padding: 0.5rem 0.75rem; border: 1px solid var(--_warning); border-radius: 4px; margin-bottom: 1rem; background: #fff8c5; }
  .notice[role='alert'] { border-color: var(--_error); background: #ffebe9; }
  section { margin: 1.5rem 0; }
  h2 { font-size: 1.15rem; margin: 0 0 0.5rem; }
  .meta { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: 0.5rem 1rem; align-items: center; max-width: 40rem; }
  .meta input { font: inherit; padding: 0.3rem; border: 1px solid var(--_border); border-radius: 3px; }
  textarea { box-sizing: border-box; width: 100%; min-height: 8rem; font: inherit; line-height: 1.6; padding: 0.5rem; border: 1px solid var(--_border); border-radius: 3px; resize: vertical; }
  .hint { font-size: 0.85em; color: #59636e; margin: 0.25rem 0; }
  .scroll { overflow-x: auto; max-width: 100%; }
  table { border-collapse: collapse; font-size: 0.9rem; }
  th, td { border: 1px solid var(--_border); padding: 0; }
  th { background: var(--nianbao-header-bg, #f6f8fa); font-weight: normal; padding: 0.25rem 0.4rem; text-align: center; min-width: 3.5em; }
  th[scope='row'], th[scope='rowgroup'] { text-align: left; }
  th.title { text-align: left; font-weight: 600; }
  td input { box-sizing: border-box; width: 100%; min-width: 4.5em; border: 0; padding: 0.3rem; font: inherit; text-align: right; background: transparent; color: inherit; }
  td.computed { background: var(--nianbao-computed-bg, #eef1f4); }
  td.involved { background: #fff8c5; }
  td[data-severity='warning'] { box-shadow: inset 0 0 0 2px var(--_warning); }
  td[data-severity='error'] { box-shadow: inset 0 0 0 2px var(--_error); background: #ffebe9; }
  .findings ol { padding-left: 1.5rem; margin: 0.25rem 0; max-height: 16rem; overflow-y: auto; }
  .findings li { margin: 0.2rem 0; }
  .findings button { border: 0; background: none; padding: 0; text-align: left; text-decoration: underline; color: inherit; }
  .findings code { font: inherit; background: var(--nianbao-value-bg, #eef1f5); padding: 0 0.2em; border-radius: 2px; }
  .sev-error { color: var(--_error); font-weight: 600; }
  .sev-warning { color: var(--_warning); font-weight: 600; }
  .print-only { display: none; }
  .sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
  @media print {
    :host { font-family: 'SimSun', 'Songti SC', serif; color: #000; }
    .toolbar, .findings, .notice, .hint, textarea { display: none; }
    .print-only { display: block; white-space: pre-wrap; line-height: 1.8; text-indent: 2em; }
    h2 { font-family: 'SimHei', 'Heiti SC', sans-serif; font-size: 12pt; }
    .scroll { overflow: visible; }
    table { width: 100%; font-size: 9pt; page-break-inside: auto; }
    th, td { border-color: #000; background: none !important; box-shadow: none !important; }
    td input { text-align: center; padding: 0.1rem; }
    .meta input { border: 0; }
  }
`;

import { NianbaoReportForm } from './report-form.js';

export { NianbaoReportForm };

// A page may load the bundle twice (a CMS plugin and a theme): the first definition wins.
if (!customElements.get('nianbao-report-form'))
  customElements.define('nianbao-report-form', NianbaoReportForm);

declare global {
  interface HTMLElementTagNameMap {
    'nianbao-report-form': NianbaoReportForm;
  }
}

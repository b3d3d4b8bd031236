import type { format2021 } from '@nianbao/core';
import type { Report } from '../generate.js';

/**
 * The renderers of @nianbao/import's tests (a government page, text copied out of Word). They are
 * no package's export, so they are loaded by URL, which keeps them out of this package's type
 * program (its rootDir); their signatures are restated here.
 */
interface Renderers {
  pageHtml(layout: typeof format2021, report: Report): string;
  tabText(layout: typeof format2021, report: Report): string;
}
const RENDER_URL = new URL('../../../../import/test/render.ts', import.meta.url).href;
export const { pageHtml, tabText } = (await import(RENDER_URL)) as Renderers;

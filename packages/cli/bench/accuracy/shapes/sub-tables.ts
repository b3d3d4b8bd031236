import { toMarkdown } from '@nianbao/markdown';
import { layout } from '../generate.js';
import { pageHtml } from './published.js';
import {
  replaceBetween,
  SECTION5,
  subTablesHtml,
  subTablesMarkdown,
  subTablesText,
  TABLE4,
} from './reshape.js';
import { text } from './text.js';
import type { Shape } from './types.js';

/**
 * Table 四 published as three small tables, each under its own heading (行政复议 / 行政诉讼
 * （未经复议直接起诉）/ 行政诉讼（复议后起诉）) and with its own header row: in Markdown, on a
 * web page, and in text copied out of Word.
 */

export const markdownSubTables: Shape = {
  id: 'md-sub4',
  ext: 'md',
  render: (report) =>
    replaceBetween(toMarkdown(report), TABLE4, SECTION5, subTablesMarkdown(report)),
  labelCells: [['| ', ' |']],
};

export const htmlSubTables: Shape = {
  id: 'html-sub4',
  ext: 'html',
  render: (report) =>
    replaceBetween(pageHtml(layout, report), TABLE4, SECTION5, subTablesHtml(report)),
  labelCells: [['>', '<']],
  bodyEnd: '</div>',
};

export const textSubTables: Shape = {
  id: 'txt-sub4',
  ext: 'txt',
  render: (report, options) =>
    replaceBetween(text.render(report, options), TABLE4, SECTION5, `\n${subTablesText(report)}\n`),
  labelCells: [
    ['\n', '\t'],
    ['\t', '\t'],
    ['\t', '\n'],
  ],
};

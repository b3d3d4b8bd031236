import { type Diagnostic, makeDiagnostic } from '../../check/diagnostic.js';
import { describeCell, labelText } from '../../layout/cells.js';
import type { CellInfo, Lang, TableLayout } from '../../layout/types.js';
import { ruleById, ruleMessage } from '../../rules/registry/lookup.js';
import type { Bilingual, Severity } from '../../rules/types.js';
import type { Cell } from './cells.js';
import type { RowNode } from './model.js';
import type { CellValue } from './types.js';

/**
 * What the grid reader says about rows and labels: the case of each rule's messages it uses (the
 * wording and severity are the rule's module's, in rules/registry/reading/).
 */
const GRID_CASES: Record<string, string> = {
  'row-unknown': 'unknown',
  'row-missing': 'inTable',
  'row-duplicate': 'repeated',
  'label-variant': 'inTable',
  'cell-normalized': 'normalized',
  'format-outdated': 'singleRow',
};

export const TEMPLATES: Record<string, Bilingual> = Object.fromEntries(
  Object.entries(GRID_CASES).map(([id, message]) => [id, ruleMessage(id, message)]),
);

export const SEVERITY: Record<string, Severity> = Object.fromEntries(
  Object.keys(GRID_CASES).map((id) => [id, ruleById(id).severity]),
);

/** A row named in the template's words: nested rows from their group down, as describeCell does. */
export function rowName(r: RowNode, lang: Lang): string {
  const chain = r.chain.filter((l) => l.zh);
  if (lang === 'en') return chain.map((l) => l.en).join(' › ');
  return (chain.length > 1 ? chain.slice(1) : chain).map(labelText).join(' ');
}

/** The findings of one table's reading, each worded from its rule's messages. */
export class GridFindings {
  readonly list: Diagnostic[] = [];
  /** A label variant is said once per place and wording. */
  private readonly reported = new Set<string>();

  constructor(
    private readonly table: TableLayout,
    private readonly lang: Lang,
  ) {}

  private tableName(lang: Lang) {
    return lang === 'en' ? `table ${this.table.section}` : `表${this.table.section}`;
  }

  private report(
    ruleId: string,
    path: string,
    paths: string[],
    values: Record<string, string>,
    extra: Pick<Diagnostic, 'actual' | 'expected' | 'source'> = {},
    localized: Partial<Record<Lang, Record<string, string>>> = {},
  ) {
    const per = (lang: Lang) => ({ table: this.tableName(lang), ...values, ...localized[lang] });
    this.list.push(
      makeDiagnostic(
        {
          ruleId,
          severity: SEVERITY[ruleId],
          path,
          paths,
          ...extra,
          templates: TEMPLATES[ruleId],
          values: { 'zh-CN': per('zh-CN'), en: per('en') },
        },
        this.lang,
      ),
    );
  }

  /** The same wording in both languages, from a function of the language. */
  private static both(key: string, word: (lang: Lang) => string) {
    return { 'zh-CN': { [key]: word('zh-CN') }, en: { [key]: word('en') } };
  }

  labelVariant(cell: Cell, suggestion: string, path: string) {
    const once = `${path}\u0000${cell.text}`;
    if (this.reported.has(once)) return;
    this.reported.add(once);
    this.report(
      'label-variant',
      path,
      [path],
      { actual: cell.text, expected: suggestion },
      { actual: cell.text, expected: suggestion, source: cell.source },
    );
  }

  rowDuplicate(node: RowNode, source: Cell['source']) {
    const path = node.firstCell;
    this.report(
      'row-duplicate',
      path,
      [path],
      {},
      { source },
      GridFindings.both('label', (lang) => rowName(node, lang)),
    );
  }

  cellNormalized(path: string, info: CellInfo, cell: Cell, value: CellValue) {
    this.report(
      'cell-normalized',
      path,
      [path],
      { actual: cell.text, expected: String(value) },
      { actual: cell.text, expected: value, source: cell.source },
      GridFindings.both('cell', (lang) => describeCell(info, lang)),
    );
  }

  /** An older format's single row (`label`) standing for the leaves of `node`'s group. */
  formatOutdated(node: RowNode, label: Cell, leaves: readonly RowNode[]) {
    const values = {
      label: label.text,
      format: node.node.formerlyRow ?? '',
      count: String(leaves.length),
    };
    this.report(
      'format-outdated',
      node.firstCell,
      leaves.map((l) => l.firstCell),
      values,
      { actual: label.text, source: label.source },
    );
  }

  rowUnknown(path: string, text: string, source: Cell['source']) {
    this.report('row-unknown', path, [path], { text }, { actual: text, source });
  }

  /** A leaf row not found, pointing at each of its cells. */
  rowMissing(leaf: RowNode, paths: string[]) {
    const name = (lang: Lang) => rowName(leaf, lang) || (lang === 'en' ? 'data row' : '数据');
    this.report('row-missing', paths[0], paths, {}, {}, GridFindings.both('label', name));
  }
}

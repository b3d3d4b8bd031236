import { SaxesParser, type SaxesTagPlain } from 'saxes';

/**
 * The body of a Word document (`word/document.xml`) as paragraphs and tables in document order.
 * Tables keep Word's own structure: a cell spanning grid columns (`w:gridSpan`), a cell merged
 * with the one above (`w:vMerge` without `w:val="restart"`), columns skipped at a row's start
 * (`w:gridBefore`). Text is taken from `w:t` only: deleted text (`w:delText`) and field codes
 * (`w:instrText`) are not what the reader sees.
 */

export interface DocxCell {
  text: string;
  /** Grid columns the cell covers. */
  span: number;
  /** Merged with the cell above (Word's `vMerge` continuation): printed empty. */
  merged: boolean;
}

export interface DocxRow {
  /** Grid columns skipped before the first cell. */
  before: number;
  cells: DocxCell[];
}

export type DocxBlock = { kind: 'p'; text: string } | { kind: 'table'; rows: DocxRow[] };

/** Tables nested this deep are flattened into their cell's text; deeper markup is refused as hostile. */
const MAX_DEPTH = 64;

const intAttr = (tag: SaxesTagPlain, name = 'w:val', fallback = 1): number => {
  const n = Number.parseInt(String(tag.attributes[name] ?? ''), 10);
  return Number.isFinite(n) && n >= 0 ? Math.min(n, 1000) : fallback;
};

export function parseDocumentXml(xml: string): DocxBlock[] {
  const blocks: DocxBlock[] = [];
  const parser = new SaxesParser({ xmlns: false, position: false });
  /** Open tables, innermost last; a nested table's text goes into its outer cell. */
  const tables: { rows: DocxRow[]; cell?: DocxCell; cellParas: string[] }[] = [];
  let para: string | undefined;
  let inText = false;
  let inRun = false;
  let depth = 0;

  const endParagraph = () => {
    if (para === undefined) return;
    const text = para;
    para = undefined;
    const t = tables.at(-1);
    if (!t) blocks.push({ kind: 'p', text });
    else if (t.cell) t.cellParas.push(text);
  };

  parser.on('opentag', (tag) => {
    if (++depth > MAX_DEPTH) throw new Error('document.xml is nested too deeply');
    const t = tables.at(-1);
    switch (tag.name) {
      case 'w:tbl':
        if (t?.cell) endParagraph();
        tables.push({ rows: [], cellParas: [] });
        break;
      case 'w:tr':
        t?.rows.push({ before: 0, cells: [] });
        break;
      case 'w:gridBefore':
        if (t?.rows.length) t.rows[t.rows.length - 1].before = intAttr(tag, 'w:val', 0);
        break;
      case 'w:tc':
        if (t) (t.cell = { text: '', span: 1, merged: false }), (t.cellParas = []);
        break;
      case 'w:gridSpan':
        if (t?.cell) t.cell.span = Math.max(1, intAttr(tag));
        break;
      case 'w:vMerge':
        // `<w:vMerge/>` and `w:val="continue"` continue the cell above; `restart` begins one.
        if (t?.cell) t.cell.merged = tag.attributes['w:val'] !== 'restart';
        break;
      case 'w:p':
        endParagraph();
        para = '';
        break;
      case 'w:t':
        inText = true;
        break;
      case 'w:r':
        inRun = true;
        break;
      case 'w:tab':
      case 'w:br':
      case 'w:cr':
        // Inside a run only: `w:tab` in a paragraph's properties is a tab stop, not text.
        if (inRun && para !== undefined) para += ' ';
        break;
    }
  });
  parser.on('text', (text) => {
    if (inText && para !== undefined) para += text;
  });
  parser.on('closetag', (tag) => {
    depth--;
    switch (tag.name) {
      case 'w:t':
        inText = false;
        break;
      case 'w:r':
        inRun = false;
        break;
      case 'w:p':
        endParagraph();
        break;
      case 'w:tc': {
        const t = tables.at(-1);
        endParagraph();
        if (t?.cell && t.rows.length) {
          t.cell.text = t.cellParas.filter((p) => p.trim() !== '').join(' ');
          t.rows[t.rows.length - 1].cells.push(t.cell);
        }
        if (t) t.cell = undefined;
        break;
      }
      case 'w:tbl': {
        const done = tables.pop();
        if (!done) break;
        const outer = tables.at(-1);
        if (outer?.cell)
          outer.cellParas.push(
            done.rows.flatMap((r) => r.cells.map((c) => c.text).filter(Boolean)).join(' '),
          );
        else blocks.push({ kind: 'table', rows: done.rows });
        break;
      }
    }
  });
  parser.write(xml).close();
  return blocks;
}

import { type CellInfo, type Label, labelText } from '@nianbao/core';
import type { Defect } from './defects.js';
import { cells, int, layout, pick } from './generate.js';
import { linesOf, render } from './render.js';
import { FORMATS, type Format, SHAPES, shapeOf } from './shapes/index.js';

/** Defects in the report's structure as a reader meets it: a template label altered, a section missing. */

/** Shapes that write labels as cells of their own. */
const DOCS: readonly Format[] = SHAPES.filter((s) => s.labelCells).map((s) => s.id);

/** Every label of the layout with a known altered wording (`variants`), with the paths of its row or column. */
function labelsWithVariants(): { label: Label; variant: string; paths: string[] }[] {
  const out = new Map<Label, { label: Label; variant: string; paths: string[] }>();
  const add = (label: Label, c: CellInfo) => {
    for (const variant of label.variants ?? []) {
      const e = out.get(label) ?? { label, variant, paths: [] };
      e.paths.push(c.path);
      out.set(label, e);
    }
  };
  for (const c of cells) for (const l of [...c.rowLabels, ...c.colLabels]) add(l, c);
  return [...out.values()];
}
const VARIANTS = labelsWithVariants();

/** Replaces a label where it is a table cell of its own (narratives may use the same words). */
export function replaceLabel(
  text: string,
  format: Format,
  canonical: string,
  altered: string,
): string {
  for (const [a, b] of shapeOf(format).labelCells ?? []) {
    const at = text.indexOf(`${a}${canonical}${b}`);
    if (at >= 0)
      return `${text.slice(0, at + a.length)}${altered}${text.slice(at + a.length + canonical.length)}`;
  }
  throw new Error(`the ${format} rendering has no cell \`${canonical}\``);
}

function sectionBounds(text: string, format: Format, no: number): [number, number] {
  const lines = text.split('\n');
  const head = (i: number) => `${layout.sections[i].no}、${layout.sections[i].heading.zh}`;
  const start = lines.findIndex((l) => l.includes(head(no)));
  let end =
    no + 1 < layout.sections.length
      ? lines.findIndex((l, i) => i > start && l.includes(head(no + 1)))
      : -1;
  const bodyEnd = shapeOf(format).bodyEnd;
  if (end < 0)
    end = bodyEnd ? lines.findIndex((l, i) => i > start && l.startsWith(bodyEnd)) : lines.length;
  return [start, end];
}

export const STRUCTURE_DEFECTS: Defect[] = [
  {
    id: 'label-altered',
    title: 'an altered template label',
    formats: DOCS,
    inject(g, format, rand) {
      // The label picked, or the next one the shape writes as a cell of its own (a Word table
      // merges some header cells).
      const first = VARIANTS.indexOf(pick(rand, VARIANTS));
      const rendered = render(g, g.report, format);
      let v = VARIANTS[first];
      let text = '';
      for (let k = 0; k < VARIANTS.length && !text; k++) {
        v = VARIANTS[(first + k) % VARIANTS.length];
        try {
          text = replaceLabel(
            rendered,
            format,
            labelText(v.label),
            `${v.label.no ?? ''}${v.variant}`,
          );
        } catch (e) {
          if (k === VARIANTS.length - 1) throw e;
        }
      }
      const altered = `${v.label.no ?? ''}${v.variant}`;
      return {
        text,
        expect: { rules: ['label-variant'], paths: v.paths, lines: linesOf(text, altered) },
      };
    },
  },
  {
    id: 'section-missing',
    title: 'a missing section',
    formats: FORMATS,
    inject(g, format, rand) {
      const i = int(rand, 0, layout.sections.length - 1);
      const s = layout.sections[i];
      const tablePaths = s.table
        ? layout.tables.find((t) => t.id === s.table)!.blocks.map((b) => `${b.base}/`)
        : [];
      const paths = [`/${s.key}`, `/${s.key}/`, ...tablePaths];
      if (shapeOf(format).structured) {
        const report = structuredClone(g.report);
        delete report[s.key];
        return {
          text: render(g, report, format),
          expect: { rules: ['section-missing', 'schema'], paths },
        };
      }
      const lines = render(g, g.report, format).split('\n');
      const [a, b] = sectionBounds(lines.join('\n'), format, i);
      lines.splice(a, b - a);
      return {
        text: lines.join('\n'),
        expect: { rules: ['section-missing'], paths, consequences: ['section-order'] },
      };
    },
  },
];

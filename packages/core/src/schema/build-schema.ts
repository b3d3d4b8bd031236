import { labelText } from '../layout/cells.js';
import { AGENCY_LEVELS } from '../document/data.js';
import type { AxisNode, CellKind, FormatLayout, Label } from '../layout/types.js';

/**
 * Builds the report's JSON Schema from the layout, so that every title is the template's own
 * label and the schema can never disagree with the renderers and readers.
 */

type Schema = Record<string, unknown>;

const KIND_DEFS: Record<CellKind, Schema> = {
  count: {
    type: ['integer', 'null'],
    minimum: 0,
    description:
      'A count (non-negative integer). null means the cell was left blank, which is not the same as 0.',
  },
  money: {
    type: ['number', 'null'],
    minimum: 0,
    description:
      'An amount in 万元 (10,000 yuan), non-negative. null means the cell was left blank.',
  },
  signed: {
    type: ['integer', 'null'],
    description: 'A signed count (a year-on-year change). null means the cell was left blank.',
  },
};

const titled = (label: Label, extra: Schema): Schema => ({
  title: labelText(label),
  description: label.en,
  ...extra,
});

function objectOf(properties: Record<string, Schema>): Schema {
  return {
    type: 'object',
    additionalProperties: false,
    required: Object.keys(properties),
    properties,
  };
}

export function buildSchema(layout: FormatLayout): Schema {
  const defs: Record<string, Schema> = {};
  const define = (name: string, schema: Schema) => {
    defs[name] = schema;
    return { $ref: `#/$defs/${name}` };
  };

  // The object under a list of column nodes: groups without a key flatten into their parent.
  const columnProps = (nodes: readonly AxisNode[], kind?: CellKind): Record<string, Schema> => {
    const props: Record<string, Schema> = {};
    for (const n of nodes) {
      const k = n.kind ?? kind;
      if (!n.key) Object.assign(props, columnProps(n.children ?? [], k));
      else if (n.children?.length) {
        const obj = objectOf(columnProps(n.children, k));
        props[n.key] = titled(n.label, n.shape ? define(n.shape, obj) : obj);
      } else props[n.key] = titled(n.label, { $ref: `#/$defs/${k ?? 'count'}` });
    }
    return props;
  };

  const base: Record<string, Record<string, Schema>> = {};
  for (const table of layout.tables) {
    for (const block of table.blocks) {
      const rowRef = define(block.rowShape, objectOf(columnProps(block.columns)));
      const rowProps = (nodes: readonly AxisNode[]): Record<string, Schema> => {
        const props: Record<string, Schema> = {};
        for (const n of nodes) {
          if (!n.key) continue;
          props[n.key] = n.children?.length
            ? titled(n.label, objectOf(rowProps(n.children)))
            : titled(n.label, { ...rowRef });
        }
        return props;
      };
      const key = block.base.slice(1);
      base[key] ??= {};
      const target = base[key];
      if (block.rows.some((r) => r.key)) Object.assign(target, rowProps(block.rows));
      else
        Object.assign(
          target,
          (defs[block.rowShape] as { properties: Record<string, Schema> }).properties,
        );
    }
  }

  const section = (key: string) => layout.sections.find((s) => s.key === key)!;
  const sectionTitle = (key: string) => `${section(key).no}、${section(key).heading.zh}`;
  const narrative = (key: string, what: string): Schema => ({
    title: sectionTitle(key),
    description: `${section(key).heading.en}: ${what} (Markdown).`,
    type: 'string',
  });
  const tableSection = (key: string): Schema => ({
    title: sectionTitle(key),
    description: section(key).heading.en,
    ...(key === 'reviewLitigation' ? { $ref: `#/$defs/reviewLitigation` } : objectOf(base[key])),
  });
  // Table 四's single row object is the section itself.
  delete base.reviewLitigation;

  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `urn:nianbao:schema:report-${layout.format}`,
    title: `政府信息公开工作年度报告（${layout.format}年格式）`,
    description:
      `An annual report on government information disclosure laid out on the ${layout.format} national format. ` +
      'Every numeric cell of tables 二, 三 and 四 is present; a blank cell is null, never 0.',
    type: 'object',
    additionalProperties: false,
    required: [
      'format',
      'meta',
      'overview',
      'proactive',
      'applications',
      'reviewLitigation',
      'problems',
      'otherMatters',
    ],
    properties: {
      $schema: {
        type: 'string',
        title: 'JSON Schema',
        description: 'The schema this document claims to follow.',
      },
      format: {
        const: layout.format,
        title: '格式版本',
        description: 'Edition of the national format.',
      },
      meta: {
        title: '报告信息',
        description: 'Who reports, for which year.',
        type: 'object',
        additionalProperties: false,
        required: ['agency', 'year'],
        properties: {
          agency: {
            type: 'string',
            minLength: 1,
            maxLength: 200,
            title: '机关名称',
            description: 'Name of the reporting agency.',
          },
          year: {
            type: 'integer',
            minimum: 2008,
            maximum: 2100,
            title: '报告年度',
            description: 'The calendar year reported on.',
          },
          title: {
            type: 'string',
            maxLength: 500,
            title: '报告标题',
            description: 'Title as published.',
          },
          publishedAt: {
            type: 'string',
            pattern: '^\\d{4}-\\d{2}-\\d{2}$',
            title: '发布日期',
            description: 'Publication date (YYYY-MM-DD), when known.',
          },
          agencyLevel: {
            enum: [...AGENCY_LEVELS],
            title: '机关层级',
            description:
              'Kind of agency: a State Council department, a province, a city, a county, a township (乡镇), a sub-district (街道) or a department of a local government.',
          },
        },
      },
      overview: narrative('overview', 'may hold ### sub-headings'),
      proactive: tableSection('proactive'),
      applications: tableSection('applications'),
      reviewLitigation: tableSection('reviewLitigation'),
      problems: narrative('problems', 'problems found and how they are being addressed'),
      otherMatters: narrative('otherMatters', 'fees collected, proposals handled, or 无'),
    },
    $defs: { ...KIND_DEFS, ...defs },
  };
}

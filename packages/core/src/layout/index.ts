import { format2019 } from './format-2019.js';
import { format2021 } from './format-2021.js';
import type { FormatLayout } from './types.js';

export * from './types.js';
export * from './cells.js';
export { format2019, format2021 };

/** Every format nianbao knows, by its id. Later formats register here. */
export const formats: Record<string, FormatLayout> = { '2019': format2019, '2021': format2021 };

export function getFormat(id: string): FormatLayout {
  const f = Object.hasOwn(formats, id) ? formats[id] : undefined;
  if (!f) throw new Error(`Unknown report format "${id}"`);
  return f;
}

/** The format a report claims, when it is one we know; otherwise 2021 (the schema then says what is wrong). */
export function formatOf(report: unknown): string {
  const f =
    report !== null && typeof report === 'object' && Object.hasOwn(report, 'format')
      ? (report as { format: unknown }).format
      : undefined;
  return typeof f === 'string' && Object.hasOwn(formats, f) ? f : '2021';
}

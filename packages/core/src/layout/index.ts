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

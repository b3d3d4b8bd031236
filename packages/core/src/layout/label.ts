import type { Label } from './types.js';

/** A template label: Chinese as printed, English, and any numbering, variants or aliases. */
export const label = (zh: string, en: string, extra: Partial<Label> = {}): Label => ({
  zh,
  en,
  ...extra,
});

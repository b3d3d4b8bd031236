import type { SchemaValidator } from '../check/schema-errors.js';
import type { ValidatorEntry } from './registry.js';

/**
 * Browsers (core's package.json `browser` field puts this file in place of format-2019.js): the
 * 2019 validator is a chunk of its own, fetched by `loadFormat('2019')` when a 2019 report is opened.
 */
export const validator2019: ValidatorEntry = {
  load: async () => (await import('../../generated/validate-2019.js')).default as SchemaValidator,
};

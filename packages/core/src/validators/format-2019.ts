import validate2019 from '../../generated/validate-2019.js';
import type { SchemaValidator } from '../check/schema-errors.js';
import type { ValidatorEntry } from './registry.js';

/** Node: the 2019 validator is always at hand (browsers get format-2019.browser.ts instead). */
export const validator2019: ValidatorEntry = { validator: validate2019 as SchemaValidator };

/** `npm run bench -w @nianbao/core`: the checker against ajv's schema-only validation, and incremental against full. */
import { readFileSync } from 'node:fs';
import validate from '../generated/validate-2021.js';
// The built package, as users run it (the TypeScript loader would add its own wrappers).
import { checkerFor } from '../dist/index.js';
import { measure, print } from '@nianbao/bench';

const report = JSON.parse(
  readFileSync(new URL('../fixtures/realistic-2024.json', import.meta.url), 'utf8'),
);
const checker = checkerFor('2021');
const session = checker.session(report);
const cell = '/applications/outcomes/withheld/thirdPartyRights/naturalPerson';
let flip = 0;

// After a one-cell edit the report no longer reconciles, so both the full and the incremental
// check of the edited report produce the same findings (row-total, outcomes-total, balance).
const edited = structuredClone(report);
edited.applications.outcomes.withheld.thirdPartyRights.naturalPerson = 4;

const results = measure({
  'ajv schema-only validation': () => validate(report),
  'full check (schema + all rules)': () => checker.check(report),
  'full check of an edited report': () => checker.check(edited),
  'incremental one-cell re-check': () => {
    flip ^= 1;
    return session.update(cell, flip ? 4 : 3);
  },
});
print('check of the realistic fixture (realistic-2024.json)', results, [
  ['full check / schema-only', 'full check (schema + all rules)', 'ajv schema-only validation', 3],
  [
    'incremental / full check of the edited report',
    'incremental one-cell re-check',
    'full check of an edited report',
    0.1,
  ],
]);

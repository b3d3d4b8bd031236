// The accuracy measurement as a library, for the test that runs it in small (test/accuracy.test.ts).
export * from './corpus.js';
export * from './defects.js';
export {
  type Generated,
  generateReport,
  generateReports,
  periodSentence,
  type Rand,
  rng,
} from './generate.js';
export { linesOf, render } from './render.js';
export * from './shapes/index.js';

// The accuracy measurement as a library, for the test that runs it in small (test/accuracy.test.ts).
export * from './corpus.js';
export * from './defects.js';
export { generateReports } from './generate.js';
export { render } from './render.js';
export * from './shapes/index.js';

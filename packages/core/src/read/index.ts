export * from './cell-text.js';
export * from './normalize.js';
export * from './match.js';
export * from './grid.js';
export * from './info.js';

export * from './data.js';
export * from './rules.js';
export * from './across.js';

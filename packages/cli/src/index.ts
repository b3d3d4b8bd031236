export { run, version } from './cli.js';
export { checkText, locate, type FileDiagnostic, type FileResult } from './check-file.js';
export { registerReader, detectReader, readerById, allReaders } from './readers/registry.js';
export type { Reader, ReadResult, ReadOptions } from './readers/types.js';
export { parseJsonWithSources, type ParsedJson } from './readers/json-source.js';
export { skeletonReport } from './skeleton.js';
export { EXIT } from './exit.js';
export { Sink, type Io } from './output/sink.js';

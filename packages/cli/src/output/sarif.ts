import { relative, sep, isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import { RULE_REGISTRY, ruleUrl, type Severity } from '@nianbao/core';
import { summaryLines } from './summary.js';
import type { FileDiagnostic } from '../check-file.js';
import type { Formatter, FormatterOptions } from './types.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
};
const INFORMATION_URI = 'https://github.com/nianbao/nianbao';
/** The opening of the log, written before the first result. */
const SARIF_HEAD =
  '{"$schema":"https://json.schemastore.org/sarif-2.1.0.json","version":"2.1.0","runs":[{"results":[\n';

/**
 * SARIF 2.1.0 for code-scanning dashboards. Results are streamed as files are checked; the rules
 * they refer to (by `ruleIndex`) are written after them, which JSON allows since member order
 * carries no meaning. Paths are relative to the working directory (`%SRCROOT%`).
 */
export async function sarif({ io, lang, version }: FormatterOptions): Promise<Formatter> {
  await io.out.write(SARIF_HEAD);
  // Every rule of the registry is described up front, so a dashboard knows the rules not broken too.
  const rules = new Map<string, { index: number; url?: string; severity: Severity }>(
    RULE_REGISTRY.map((r, index) => [r.id, { index, url: ruleUrl(r.id), severity: r.severity }]),
  );
  const notifications: unknown[] = [];
  let first = true;
  const rootUri = pathToFileURL(io.cwd.endsWith(sep) ? io.cwd : io.cwd + sep).href;

  const artifact = (file: string) => {
    const rel = relative(io.cwd, file);
    if (rel === '' || rel.startsWith('..') || isAbsolute(rel))
      return { uri: pathToFileURL(file).href };
    return {
      uri: rel.split(sep).map(encodeURIComponent).join('/'),
      uriBaseId: '%SRCROOT%',
    };
  };

  const ruleIndex = (id: string, url: string | undefined, severity: Severity) => {
    let r = rules.get(id);
    if (!r) {
      r = { index: rules.size, url, severity };
      rules.set(id, r);
    }
    return r.index;
  };

  const results = async (file: string, diagnostics: readonly FileDiagnostic[]) => {
    const location = artifact(file);
    for (const d of diagnostics) {
      const region =
        d.line !== null
          ? {
              region: {
                startLine: d.line,
                startColumn: d.column ?? 1,
                ...(d.endLine !== null ? { endLine: d.endLine } : {}),
                ...(d.endColumn !== null ? { endColumn: d.endColumn } : {}),
              },
            }
          : {};
      const result = {
        ruleId: d.ruleId,
        ruleIndex: ruleIndex(d.ruleId, d.url, d.severity),
        level: LEVEL[d.severity],
        message: { text: d.message },
        locations: [
          {
            physicalLocation: { artifactLocation: location, ...region },
            logicalLocations: [{ fullyQualifiedName: d.path, kind: 'member' }],
          },
        ],
      };
      await io.out.write(`${first ? '' : ',\n'}${JSON.stringify(result)}`);
      first = false;
    }
  };

  return {
    file: (file, { diagnostics }) => results(file, diagnostics),
    // Results may come in any order: a late finding is one more result.
    late: ({ file, diagnostics }) => results(file, diagnostics),
    async unusable(file, message) {
      notifications.push({
        level: 'error',
        message: { text: message },
        locations: [{ physicalLocation: { artifactLocation: artifact(file) } }],
      });
    },
    async end(summary) {
      const descriptors = [...rules].map(([id, r]) => {
        const known = RULE_REGISTRY[r.index];
        return {
          id,
          ...(known?.id === id
            ? {
                shortDescription: { text: known.title[lang] },
                fullDescription: { text: `${known.description[lang]} ${known.why[lang]}` },
                properties: { category: known.category, fixable: known.fixable },
              }
            : {}),
          ...(r.url ? { helpUri: r.url } : {}),
          defaultConfiguration: { level: LEVEL[r.severity] },
        };
      });
      const tail = {
        tool: {
          driver: {
            name: 'nianbao',
            version,
            semanticVersion: version,
            informationUri: INFORMATION_URI,
            rules: descriptors,
          },
        },
        invocations: [
          {
            executionSuccessful: notifications.length === 0,
            toolExecutionNotifications: notifications,
          },
        ],
        originalUriBaseIds: { '%SRCROOT%': { uri: rootUri } },
        columnKind: 'utf16CodeUnits',
      };
      await io.out.write(`\n],\n${JSON.stringify(tail).slice(1)}]}\n`);
      await io.err.write(`${summaryLines(summary, lang).join('\n')}\n`);
    },
  };
}

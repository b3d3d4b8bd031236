import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Diagnostic, SourceLocation } from '../src/check/diagnostic.js';
import { checkReading } from '../src/read/index.js';

const fixture = () =>
  JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/realistic-2024.json'), 'utf8'));
const at = (line: number): SourceLocation => ({ line, column: 1, offset: line * 100 });

/** A reading whose received/naturalPerson no longer adds up to the total, and whose carriedOver row is missing. */
function reading() {
  const report = fixture();
  report.applications.received.naturalPerson = 113;
  report.applications.carriedOver.naturalPerson = null;
  const sources = new Map<string, SourceLocation>([
    ['/applications/received/naturalPerson', at(7)],
  ]);
  const absent = new Set(['/applications/carriedOver/naturalPerson']);
  const own: Diagnostic = {
    ruleId: 'row-missing',
    severity: 'error',
    message: '缺少行',
    messages: { 'zh-CN': '缺少行', en: 'Row missing' },
    path: '/applications/carriedOver',
    paths: ['/applications/carriedOver'],
  };
  return { report, sources, absent, findings: [own] };
}

describe('checkReading', () => {
  it('keeps the reader’s findings first, drops what they explain, and places by exact path', () => {
    const found = checkReading(reading(), { lang: 'en' });
    expect(found[0].ruleId).toBe('row-missing');
    expect(found.some((d) => d.paths.includes('/applications/carriedOver/naturalPerson'))).toBe(
      false,
    );
    const total = found.find(
      (d) => d.ruleId === 'row-total' && d.paths.includes('/applications/received/naturalPerson'),
    );
    expect(total).toBeDefined();
    expect(total!.message).toMatch(/[a-z]/);
    // A finding whose own path was not read gets no place by default.
    expect(found.find((d) => d.ruleId === 'row-missing')!.source).toBeUndefined();
  });

  it('places every finding without a source where the reader says', () => {
    const found = checkReading(reading(), { place: () => at(1) });
    expect(found.length).toBeGreaterThan(1);
    expect(found.every((d) => d.source)).toBe(true);
    expect(found.find((d) => d.ruleId === 'row-missing')!.source).toEqual(at(1));
  });
});

/** Reading reports from files and offering them as downloads. */

export type ReportFileKind = 'json' | 'markdown';

export function kindOfFile(name: string, text: string): ReportFileKind {
  if (/\.json$/i.test(name)) return 'json';
  if (/\.(md|markdown|txt)$/i.test(name)) return 'markdown';
  return text.trimStart().startsWith('{') ? 'json' : 'markdown';
}

/** Parses a JSON report; throws an error that says what is wrong (the caller names the file). */
export function parseJsonReport(text: string, notReport: string): Record<string, unknown> {
  const v: unknown = JSON.parse(text);
  if (v === null || typeof v !== 'object' || Array.isArray(v) || !Object.hasOwn(v, 'format'))
    throw new Error(notReport);
  return v as Record<string, unknown>;
}

export function download(doc: Document, name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  doc.body.append(a);
  a.click();
  a.remove();
  // Revoke after the click has been handled; the download holds its own reference.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A file name from the report's agency and year, without characters file systems reject. */
export function fileNameFor(
  report: { meta?: { agency?: unknown; year?: unknown } },
  ext: string,
): string {
  const agency = typeof report.meta?.agency === 'string' ? report.meta.agency : '';
  const year = typeof report.meta?.year === 'number' ? `${report.meta.year}年` : '';
  const base = `${agency}${year}政府信息公开工作年度报告`.replace(
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are not allowed in file names.
    /[\\/:*?"<>|\u0000-\u001f]/g,
    '_',
  );
  return `${base}.${ext}`;
}

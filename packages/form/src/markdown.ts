/**
 * The Markdown writer and reader of @nianbao/markdown, loaded on first use: the reader brings
 * remark, which has no business in the first load of a CMS page, and the writer is not needed
 * until someone downloads Markdown.
 */
export type MarkdownWriter = (report: unknown) => string;
/** Reads a report; throws `notReport` when the text is not shaped like one. */
export type MarkdownReader = (text: string, notReport: string) => unknown;

export async function loadMarkdownWriter(): Promise<MarkdownWriter> {
  const m = await import('@nianbao/markdown/write');
  return (report) => m.toMarkdown(report);
}

export async function loadMarkdownReader(): Promise<MarkdownReader> {
  const m = await import('@nianbao/markdown');
  return (text, notReport) => {
    const reading = m.fromMarkdown(text);
    if (!reading.recognized) throw new Error(notReport);
    return reading.report;
  };
}

/**
 * Text from a report or a file name, made safe to print to a terminal: C0 and C1 control
 * characters (ESC starts the sequences that move the cursor, rewrite lines, set the window title;
 * a newline or carriage return forges a line), DEL, and the bidirectional overrides and isolates
 * that reorder what is shown (U+202A–U+202E, U+2066–U+2069, and the marks U+200E, U+200F, U+061C)
 * are shown as escapes (`\x1b`, `\u202e`) instead of acting. Every writer to stdout and stderr
 * passes what it did not write itself through here.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const escape = (ch: string) => {
  const cp = ch.charCodeAt(0);
  return cp <= 0xff
    ? `\\x${cp.toString(16).padStart(2, '0')}`
    : `\\u${cp.toString(16).padStart(4, '0')}`;
};

export function forTerminal(text: string): string {
  return text.replace(UNSAFE, escape);
}

/** Several lines of our own, each escaped: the line breaks between them are kept, any inside a line are not. */
export function terminalLines(lines: readonly string[]): string {
  return lines.map(forTerminal).join('\n');
}

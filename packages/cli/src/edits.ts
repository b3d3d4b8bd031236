/** A replacement of the characters between two offsets of the original text. */
export interface Edit {
  offset: number;
  endOffset: number;
  text: string;
}

/** Applies non-overlapping edits; every character outside them is kept as it was. */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  const sorted = [...edits].sort((a, b) => a.offset - b.offset);
  let out = '';
  let at = 0;
  for (const e of sorted) {
    if (e.offset < at) throw new Error(`overlapping edits at offset ${e.offset}`);
    out += text.slice(at, e.offset) + e.text;
    at = e.endOffset;
  }
  return out + text.slice(at);
}

/**
 * The new text of a cell, keeping the spaces that surround the old value (table padding). An
 * empty cell gets one space either side when it has room, as a person would type it.
 */
export function replaceKeepingPadding(old: string, value: string): string {
  if (old.trim() === '') return old.length >= 2 ? ` ${value} ` : value;
  const lead = /^\s*/.exec(old)![0];
  const trail = /\s*$/.exec(old)![0];
  return lead + value + trail;
}

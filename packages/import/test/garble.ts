/**
 * A PDF as some exporters write it: fonts without a `/ToUnicode` map, so that a text extractor
 * sees glyph ids instead of characters. The key is renamed in place (same length), which keeps
 * every byte offset of the cross-reference table valid.
 */
export function stripUnicodeMaps(pdf: Uint8Array): Uint8Array {
  const out = new Uint8Array(pdf);
  const key = new TextEncoder().encode('/ToUnicode');
  const other = new TextEncoder().encode('/ToUnicodX');
  for (let i = 0; i + key.length <= out.length; i++) {
    let k = 0;
    while (k < key.length && out[i + k] === key[k]) k++;
    if (k === key.length) out.set(other, i);
  }
  return out;
}

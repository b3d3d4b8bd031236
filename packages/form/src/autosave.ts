/** Drafts kept in localStorage under a key the page chooses, so that a closed tab loses nothing. */
export interface Draft {
  savedAt: string;
  value: unknown;
}

export function readDraft(key: string): Draft | null {
  try {
    const raw = localStorage.getItem(key);
    if (!raw) return null;
    const d = JSON.parse(raw) as Draft;
    return d && typeof d === 'object' && 'value' in d && typeof d.savedAt === 'string' ? d : null;
  } catch {
    // Storage disabled (private mode, sandboxed frame) or a foreign value under the key: no draft.
    return null;
  }
}

export function writeDraft(key: string, value: unknown): boolean {
  try {
    localStorage.setItem(
      key,
      JSON.stringify({ savedAt: new Date().toISOString(), value } satisfies Draft),
    );
    return true;
  } catch {
    return false;
  }
}

export function dropDraft(key: string): void {
  try {
    localStorage.removeItem(key);
  } catch {
    /* storage unavailable: nothing to drop */
  }
}

import { LineIndex, limitMessages, type LimitProblem } from '@nianbao/core';
import { InputError } from '../i18n.js';

/** Core's refusal of a document past its pre-parse limits, as the command line's one-line error, in core's words. */
export function limitError(p: LimitProblem, text: string): InputError {
  const where = p.kind === 'too-large' ? undefined : new LineIndex(text).point(p.offset);
  const m = limitMessages(p, where);
  return new InputError('input.limit', { zh: m['zh-CN'], en: m.en });
}

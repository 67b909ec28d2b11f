import type { ProblemCode } from '@licensing/lcs';
import type { PackageProblem } from '../api/api-error.js';
import { i18n, t, type MessageKey } from '../i18n/i18n.js';

/** One of docs/LCS-FORMAT.md's problem codes (the lcs package's list, types only: no lcs code ships). */
function isKnown(code: string): code is ProblemCode {
  return `problem.${code}` in i18n.messages;
}

/**
 * A refused certificate's problem in the active locale, from the catalog key `problem.<CODE>`: the
 * typecheck fails if a code of the lcs package has no key. The server's `message` is English for
 * integrators; only INVALID_FIELD keeps it, since it is the one that names the field.
 */
export function problemText(problem: Pick<PackageProblem, 'code' | 'message'>): string {
  if (!isKnown(problem.code)) return t('problem.unknown');
  const key: MessageKey = `problem.${problem.code}`;
  return problem.code === 'INVALID_FIELD' ? `${t(key)} (${problem.message})` : t(key);
}

import { useCallback, useState } from 'react';
import { useT } from '../i18n/use-t.js';
import { errorMessage } from './error-message.js';

/** How an action ended: its value, or the error with the sentence a person reads about it. */
export type ActionResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: unknown; readonly message: string };

/**
 * One user action that calls the API (a form, a button): whether it is running, and why it last failed
 * as errorMessage words it. Every mutation hook runs its work through `run` instead of its own try/catch;
 * the raw error stays in the result for the few that treat a code apart (a refused package, an
 * unlicensed agent). The failure is kept raw and worded while rendering, so it follows a switch of
 * locale; `sentence` words it where the hook knows better (a wrong password at sign-in).
 */
export function useApiAction(sentence: (error: unknown) => string = errorMessage) {
  useT();
  const [running, setRunning] = useState(0);
  const [failure, setFailure] = useState<{ readonly error: unknown } | null>(null);
  const run = useCallback(
    async <T>(work: () => Promise<T>): Promise<ActionResult<T>> => {
      setFailure(null);
      setRunning((n) => n + 1);
      try {
        return { ok: true, value: await work() };
      } catch (caught) {
        const message = sentence(caught);
        setFailure({ error: caught });
        return { ok: false, error: caught, message };
      } finally {
        setRunning((n) => n - 1);
      }
    },
    [sentence],
  );
  return { run, loading: running > 0, error: failure ? sentence(failure.error) : null };
}

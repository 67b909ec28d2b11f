import { useCallback, useState } from 'react';
import { errorMessage } from './error-message.js';

/** How an action ended: its value, or the error with the sentence a person reads about it. */
export type ActionResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: unknown; readonly message: string };

/**
 * One user action that calls the API (a form, a button): whether it is running, and why it last failed
 * as errorMessage words it. Every mutation hook runs its work through `run` instead of its own try/catch;
 * the raw error stays in the result for the few that treat a code apart (a refused package, an
 * unlicensed agent).
 */
export function useApiAction() {
  const [running, setRunning] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(async <T>(work: () => Promise<T>): Promise<ActionResult<T>> => {
    setError(null);
    setRunning((n) => n + 1);
    try {
      return { ok: true, value: await work() };
    } catch (caught) {
      const message = errorMessage(caught);
      setError(message);
      return { ok: false, error: caught, message };
    } finally {
      setRunning((n) => n - 1);
    }
  }, []);
  return { run, loading: running > 0, error };
}

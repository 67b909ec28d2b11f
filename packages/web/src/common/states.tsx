import type { ReactNode } from 'react';
import { errorMessage } from '../api/error-message.js';
import { useT } from '../i18n/use-t.js';

/** A loading line that screen readers announce. */
export function Loading({ what }: { readonly what?: string }) {
  const t = useT();
  return (
    <p className="state state--loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {what ?? t('common.loading')}…
    </p>
  );
}

/** What a list shows when there is nothing in it, with what to do next. */
export function Empty({ children }: { readonly children: ReactNode }) {
  return <div className="state state--empty">{children}</div>;
}

/** An API error as a sentence, with an optional retry. */
export function ErrorNotice({ error, onRetry }: { readonly error: unknown; readonly onRetry?: () => void }) {
  const t = useT();
  return (
    <div className="notice notice--error" role="alert">
      <p>{errorMessage(error)}</p>
      {onRetry && (
        <button type="button" className="button button--small" onClick={onRetry}>
          {t('common.tryAgain')}
        </button>
      )}
    </div>
  );
}

/** A line of form error text (already a sentence). */
export function FormError({ message }: { readonly message: string | null }) {
  if (!message) return null;
  return (
    <p className="form-error" role="alert">
      {message}
    </p>
  );
}

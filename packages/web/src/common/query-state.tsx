import type { ReactNode } from 'react';
import { Empty, ErrorNotice, Loading } from './states.js';

interface QueryStateProps<T> {
  /** What the query has answered so far (kept while a later page or a refetch fails). */
  readonly data: T | undefined;
  readonly error: unknown;
  /** Asks again; its failure shows through `error`, so a rejected promise is not reported twice. */
  readonly retry: () => Promise<unknown> | void;
  /** What is loading, as the screen reader announces it: "Loading agents". */
  readonly loading: string;
  /** Says when the answer has nothing to show; `empty` is shown instead of `children` then. */
  readonly isEmpty?: (data: T) => boolean;
  readonly empty?: ReactNode;
  readonly children: (data: T) => ReactNode;
}

/**
 * The screen states of every query-backed view in one place: loading, an error with a way to try again,
 * empty, or the content. An error after data arrived (a failed "Load more") keeps the content on screen.
 */
export function QueryState<T>({ data, error, retry, loading, isEmpty, empty, children }: QueryStateProps<T>) {
  const onRetry = () => void Promise.resolve(retry()).catch(() => undefined);
  if (data === undefined) return error ? <ErrorNotice error={error} onRetry={onRetry} /> : <Loading what={loading} />;
  return (
    <>
      {isEmpty?.(data) ? <Empty>{empty}</Empty> : children(data)}
      {error ? <ErrorNotice error={error} onRetry={onRetry} /> : null}
    </>
  );
}

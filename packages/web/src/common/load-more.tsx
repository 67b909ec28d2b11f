import { NetworkStatus } from '@apollo/client';
import { useT } from '../i18n/use-t.js';

/** Rows per page of a list page (and per "Load more"); shorter lists in cards and dialogs set their own. */
export const PAGE_SIZE = 25;

interface LoadMoreProps {
  /** The connection's page info; nothing shows without a next page. */
  readonly pageInfo: { readonly hasNextPage: boolean; readonly endCursor?: string | null } | null | undefined;
  readonly networkStatus: NetworkStatus;
  /** Apollo's fetchMore of the list's query, which takes `after`. */
  readonly fetchMore: (options: { variables: { after: string | null } }) => Promise<unknown>;
}

/** The "Load more" button under every connection list: asks for the page after the last cursor. */
export function LoadMore({ pageInfo, networkStatus, fetchMore }: LoadMoreProps) {
  const t = useT();
  if (!pageInfo?.hasNextPage) return null;
  const loading = networkStatus === NetworkStatus.fetchMore;
  return (
    <button
      type="button"
      className="button load-more"
      disabled={loading}
      onClick={() => void fetchMore({ variables: { after: pageInfo.endCursor ?? null } }).catch(() => undefined)}
    >
      {loading ? t('common.loadingMore') : t('common.loadMore')}
    </button>
  );
}

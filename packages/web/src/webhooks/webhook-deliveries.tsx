import { useQuery } from '@apollo/client/react';
import { getFragmentData, graphql, type FragmentType } from '@licensing/schema/web';
import { useEffect } from 'react';
import { formatDateTime } from '../common/format.js';
import { LoadMore, PAGE_SIZE } from '../common/load-more.js';
import { QueryState } from '../common/query-state.js';
import { FormError } from '../common/states.js';
import { Badge } from '../common/status-badge.js';
import { Table } from '../common/table.js';
import { useT } from '../i18n/use-t.js';
import { useRedeliverWebhook } from './use-redeliver-webhook.js';
import { DELIVERY_STATUS_LOOK, EVENT_TYPE_LOOK } from './webhook-labels.js';

const TEXT = {
  heading: (url: string) => `Deliveries to ${url}`,
  loading: 'Loading deliveries',
  empty: 'Nothing was sent to this endpoint yet. Send a test to check it.',
  caption: 'Deliveries, newest first',
  columns: ['Event', 'Status', 'Attempts', 'Last status code', 'Last error', 'Next attempt', 'Delivered at'],
  total: (n: number) => (n === 1 ? '1 delivery' : `${n} deliveries`),
  none: '—',
  redeliver: 'Redeliver',
  redeliverLabel: (type: string, at: string) => `Redeliver ${type} of ${at}`,
};

// While something is pending, the list asks again this often, so a test shows DELIVERED without a reload.
const PENDING_POLL_MS = 2000;

export const WebhookDeliveryRowFragment = graphql(`
  fragment WebhookDeliveryRow_delivery on WebhookDelivery {
    id
    eventType
    status
    attempts
    lastStatusCode
    lastError
    nextAttemptAt
    deliveredAt
    createdAt
  }
`);

export const WebhookDeliveriesQuery = graphql(`
  query WebhookDeliveries($endpointId: ID!, $first: Int!, $after: String) {
    webhookDeliveries(endpointId: $endpointId, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          status
          ...WebhookDeliveryRow_delivery
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

function DeliveryRow({ delivery: ref }: { readonly delivery: FragmentType<typeof WebhookDeliveryRowFragment> }) {
  const delivery = getFragmentData(WebhookDeliveryRowFragment, ref);
  const { redeliver, loading, error } = useRedeliverWebhook();
  const t = useT();
  const look = DELIVERY_STATUS_LOOK[delivery.status];
  const type = EVENT_TYPE_LOOK[delivery.eventType].type;
  const createdAt = formatDateTime(delivery.createdAt);
  return (
    <tr>
      <td>
        <code>{type}</code>
        <div className="muted">{createdAt}</div>
      </td>
      <td>
        <Badge tone={look.tone}>{t(look.label)}</Badge>
      </td>
      <td>{delivery.attempts}</td>
      <td>{delivery.lastStatusCode ?? TEXT.none}</td>
      <td>{delivery.lastError ?? TEXT.none}</td>
      <td>{delivery.nextAttemptAt ? formatDateTime(delivery.nextAttemptAt) : TEXT.none}</td>
      <td>{delivery.deliveredAt ? formatDateTime(delivery.deliveredAt) : TEXT.none}</td>
      <td>
        {delivery.status !== 'PENDING' && (
          <button
            type="button"
            className="button button--small"
            disabled={loading}
            aria-label={TEXT.redeliverLabel(type, createdAt)}
            onClick={() => void redeliver(delivery.id)}
          >
            {TEXT.redeliver}
          </button>
        )}
        <FormError message={error} />
      </td>
    </tr>
  );
}

/** One endpoint's deliveries, newest first, with "Load more"; asks again while any is pending. */
export function WebhookDeliveries({ endpointId, url }: { readonly endpointId: string; readonly url: string }) {
  const { data, error, refetch, fetchMore, networkStatus, startPolling, stopPolling } = useQuery(WebhookDeliveriesQuery, {
    variables: { endpointId, first: PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.webhookDeliveries;
  const pending = connection?.edges.some(({ node }) => node.status === 'PENDING') ?? false;
  useEffect(() => {
    if (!pending) return;
    startPolling(PENDING_POLL_MS);
    return () => stopPolling();
  }, [pending, startPolling, stopPolling]);
  return (
    <section className="card" aria-label={TEXT.heading(url)}>
      <h2>{TEXT.heading(url)}</h2>
      {connection && <p className="muted">{TEXT.total(connection.totalCount)}</p>}
      <QueryState data={connection} error={error} retry={refetch} loading={TEXT.loading} isEmpty={(c) => c.edges.length === 0} empty={<p>{TEXT.empty}</p>}>
        {(connection) => (
          <Table caption={TEXT.caption} columns={TEXT.columns} actions>
            {connection.edges.map(({ node }) => (
              <DeliveryRow key={node.id} delivery={node} />
            ))}
          </Table>
        )}
      </QueryState>
      <LoadMore pageInfo={connection?.pageInfo} networkStatus={networkStatus} fetchMore={fetchMore} />
    </section>
  );
}

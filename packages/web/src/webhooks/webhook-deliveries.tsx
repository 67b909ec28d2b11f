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
      <td>{delivery.lastStatusCode ?? t('webhooks.deliveries.none')}</td>
      <td>{delivery.lastError ?? t('webhooks.deliveries.none')}</td>
      <td>{delivery.nextAttemptAt ? formatDateTime(delivery.nextAttemptAt) : t('webhooks.deliveries.none')}</td>
      <td>{delivery.deliveredAt ? formatDateTime(delivery.deliveredAt) : t('webhooks.deliveries.none')}</td>
      <td>
        {delivery.status !== 'PENDING' && (
          <button
            type="button"
            className="button button--small"
            disabled={loading}
            aria-label={t('webhooks.redeliver.label', { type, at: createdAt })}
            onClick={() => void redeliver(delivery.id)}
          >
            {t('webhooks.redeliver')}
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
  const t = useT();
  const connection = data?.webhookDeliveries;
  const pending = connection?.edges.some(({ node }) => node.status === 'PENDING') ?? false;
  useEffect(() => {
    if (!pending) return;
    startPolling(PENDING_POLL_MS);
    return () => stopPolling();
  }, [pending, startPolling, stopPolling]);
  return (
    <section className="card" aria-label={t('webhooks.deliveries.label', { url })}>
      <h2>{t('webhooks.deliveries.label', { url })}</h2>
      {connection && <p className="muted">{t('webhooks.deliveries.total', { count: connection.totalCount })}</p>}
      <QueryState
        data={connection}
        error={error}
        retry={refetch}
        loading={t('webhooks.deliveries.loading')}
        isEmpty={(c) => c.edges.length === 0}
        empty={<p>{t('webhooks.deliveries.empty')}</p>}
      >
        {(connection) => (
          <Table
            caption={t('webhooks.deliveries.caption')}
            columns={[
              t('webhooks.deliveries.col.event'),
              t('webhooks.deliveries.col.status'),
              t('webhooks.deliveries.col.attempts'),
              t('webhooks.deliveries.col.lastStatusCode'),
              t('webhooks.deliveries.col.lastError'),
              t('webhooks.deliveries.col.nextAttempt'),
              t('webhooks.deliveries.col.deliveredAt'),
            ]}
            actions
          >
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

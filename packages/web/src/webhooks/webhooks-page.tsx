import { useQuery } from '@apollo/client/react';
import { getFragmentData, graphql, type FragmentType, type WebhookEventType } from '@licensing/schema/web';
import { useState, type FormEvent } from 'react';
import { CopyButton } from '../common/copy-button.js';
import { ConfirmDialog } from '../common/dialog.js';
import { formatDateTime } from '../common/format.js';
import { QueryState } from '../common/query-state.js';
import { FormError } from '../common/states.js';
import { Table } from '../common/table.js';
import { useT } from '../i18n/use-t.js';
import { navigate, useSearchParams } from '../router/router.js';
import { useCreateWebhookEndpoint } from './use-create-webhook-endpoint.js';
import { useDeleteWebhookEndpoint } from './use-delete-webhook-endpoint.js';
import { useSendTestWebhook } from './use-send-test-webhook.js';
import { WebhookDeliveries } from './webhook-deliveries.js';
import { EVENT_TYPE_LOOK, EVENT_TYPES } from './webhook-labels.js';

export const WebhookEndpointRowFragment = graphql(`
  fragment WebhookEndpointRow_endpoint on WebhookEndpoint {
    id
    url
    description
    events
    createdAt
  }
`);

export const WebhooksPageQuery = graphql(`
  query WebhooksPage {
    webhookEndpoints {
      id
      url
      ...WebhookEndpointRow_endpoint
    }
  }
`);

interface EndpointActions {
  readonly onTest: (endpoint: { id: string; url: string }) => void;
  readonly onShowDeliveries: (id: string) => void;
  readonly onDelete: (endpoint: { id: string; url: string }) => void;
  readonly busy: boolean;
}

function EndpointRow({
  endpoint: ref,
  onTest,
  onShowDeliveries,
  onDelete,
  busy,
}: { readonly endpoint: FragmentType<typeof WebhookEndpointRowFragment> } & EndpointActions) {
  const endpoint = getFragmentData(WebhookEndpointRowFragment, ref);
  const t = useT();
  return (
    <tr>
      <td>
        <code>{endpoint.url}</code>
      </td>
      <td>{endpoint.description}</td>
      <td>
        {endpoint.events.map((event) => (
          <code key={event} className="tag">
            {EVENT_TYPE_LOOK[event].type}
          </code>
        ))}
      </td>
      <td>{formatDateTime(endpoint.createdAt)}</td>
      <td className="row-actions">
        <button
          type="button"
          className="button button--small"
          disabled={busy}
          aria-label={t('webhooks.sendTest.label', { url: endpoint.url })}
          onClick={() => onTest(endpoint)}
        >
          {t('webhooks.sendTest')}
        </button>
        <button
          type="button"
          className="button button--small"
          aria-label={t('webhooks.deliveries.label', { url: endpoint.url })}
          onClick={() => onShowDeliveries(endpoint.id)}
        >
          {t('webhooks.deliveries')}
        </button>
        <button
          type="button"
          className="button button--small button--danger"
          aria-label={t('webhooks.delete.label', { url: endpoint.url })}
          onClick={() => onDelete(endpoint)}
        >
          {t('webhooks.delete')}
        </button>
      </td>
    </tr>
  );
}

/** The secret of an endpoint just added: the only time anyone sees it. */
function SecretNotice({ secret, onDone }: { readonly secret: string; readonly onDone: () => void }) {
  const t = useT();
  return (
    <div className="notice notice--warning" role="region" aria-label={t('webhooks.secret.title')}>
      <h2>{t('webhooks.secret.title')}</h2>
      <p>
        <strong>{t('webhooks.secret.warning')}</strong>
      </p>
      <p className="code-line">
        <code>{secret}</code>
        <CopyButton text={secret} label={t('webhooks.secret.copy')} />
      </p>
      <button type="button" className="button" onClick={onDone}>
        {t('webhooks.secret.done')}
      </button>
    </div>
  );
}

const DEFAULT_EVENTS: readonly WebhookEventType[] = ['LICENSE_REMINDER', 'LICENSE_EXPIRED', 'LICENSE_RENEWED'];

function CreateEndpointForm() {
  const t = useT();
  const { create, loading, error } = useCreateWebhookEndpoint();
  const [url, setUrl] = useState('');
  const [description, setDescription] = useState('');
  const [events, setEvents] = useState<readonly WebhookEventType[]>(DEFAULT_EVENTS);
  const [secret, setSecret] = useState<string | null>(null);
  const toggle = (event: WebhookEventType, on: boolean) => setEvents((current) => (on ? [...current, event] : current.filter((e) => e !== event)));
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const created = await create(
      url.trim(),
      description.trim(),
      EVENT_TYPES.filter((e) => events.includes(e)),
    );
    if (created) {
      setSecret(created);
      setUrl('');
      setDescription('');
    }
  };
  return (
    <>
      <form className="card inline-form" onSubmit={submit}>
        <div className="field field--inline">
          <label htmlFor="webhook-url">{t('webhooks.url')}</label>
          <input id="webhook-url" type="url" required maxLength={2000} value={url} onChange={(e) => setUrl(e.target.value)} autoComplete="off" />
        </div>
        <div className="field field--inline">
          <label htmlFor="webhook-description">{t('webhooks.description')}</label>
          <input id="webhook-description" maxLength={500} value={description} onChange={(e) => setDescription(e.target.value)} autoComplete="off" />
        </div>
        <fieldset className="field event-choices">
          <legend>{t('webhooks.events')}</legend>
          {EVENT_TYPES.map((type) => (
            <label key={type} className="checkbox">
              <input type="checkbox" checked={events.includes(type)} onChange={(e) => toggle(type, e.target.checked)} />{' '}
              <code>{EVENT_TYPE_LOOK[type].type}</code> <span className="muted">{t(EVENT_TYPE_LOOK[type].description)}</span>
            </label>
          ))}
        </fieldset>
        <button type="submit" className="button button--primary" disabled={loading || events.length === 0}>
          {loading ? t('webhooks.creating') : t('webhooks.create')}
        </button>
        <FormError message={events.length === 0 ? t('webhooks.noEvents') : error} />
      </form>
      {secret && <SecretNotice secret={secret} onDone={() => setSecret(null)} />}
    </>
  );
}

/** Webhooks (admins): where signed events go, a test to check each, and what was delivered. */
export function WebhooksPage() {
  const t = useT();
  const { data, error, refetch } = useQuery(WebhooksPageQuery);
  const { send, loading: sending, error: sendError } = useSendTestWebhook();
  const { remove, loading: removing, error: removeError } = useDeleteWebhookEndpoint();
  const [deleting, setDeleting] = useState<{ id: string; url: string } | null>(null);
  const [queued, setQueued] = useState<string | null>(null);
  // The endpoint whose deliveries show is in the address, so the view is linkable.
  const params = useSearchParams();
  const shownId = params.get('endpoint');
  const shown = data?.webhookEndpoints.find((e) => e.id === shownId) ?? null;
  const showDeliveries = (id: string | null) => navigate(id ? `/webhooks?endpoint=${encodeURIComponent(id)}` : '/webhooks', { keepScroll: true });
  const test = async (endpoint: { id: string; url: string }) => {
    setQueued(null);
    if (await send(endpoint.id)) {
      setQueued(t('webhooks.testQueued', { url: endpoint.url }));
      showDeliveries(endpoint.id);
    }
  };
  return (
    <section className="page">
      <h1>{t('page.webhooks')}</h1>
      <p className="muted">{t('webhooks.intro')}</p>
      <CreateEndpointForm />
      <FormError message={sendError} />
      <p role="status">{queued}</p>
      <QueryState
        data={data}
        error={error}
        retry={refetch}
        loading={t('webhooks.loading')}
        isEmpty={(d) => d.webhookEndpoints.length === 0}
        empty={<p>{t('webhooks.empty')}</p>}
      >
        {(data) => (
          <Table
            caption={t('webhooks.caption')}
            columns={[t('webhooks.col.url'), t('webhooks.col.description'), t('webhooks.col.events'), t('webhooks.col.added')]}
            actions
          >
            {data.webhookEndpoints.map((endpoint) => (
              <EndpointRow
                key={endpoint.id}
                endpoint={endpoint}
                busy={sending}
                onTest={(e) => void test(e)}
                onShowDeliveries={showDeliveries}
                onDelete={setDeleting}
              />
            ))}
          </Table>
        )}
      </QueryState>
      {shown && <WebhookDeliveries key={shown.id} endpointId={shown.id} url={shown.url} />}
      {deleting && (
        <ConfirmDialog
          title={t('webhooks.delete.title', { url: deleting.url })}
          confirmLabel={t('webhooks.delete.confirm')}
          danger
          busy={removing}
          error={removeError}
          onClose={() => setDeleting(null)}
          onConfirm={async () => {
            if (await remove(deleting.id)) {
              if (deleting.id === shownId) showDeliveries(null);
              setDeleting(null);
            }
          }}
        >
          <p>{t('webhooks.delete.body')}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}

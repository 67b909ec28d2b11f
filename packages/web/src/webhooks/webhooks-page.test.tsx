import { MockedProvider } from '@apollo/client/testing/react';
import type { ComponentProps } from 'react';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCache } from '../api/apollo-client.js';
import { PAGE_SIZE } from '../common/load-more.js';
import { CreateWebhookEndpointMutation } from './use-create-webhook-endpoint.js';
import { DeleteWebhookEndpointMutation } from './use-delete-webhook-endpoint.js';
import { RedeliverWebhookMutation } from './use-redeliver-webhook.js';
import { SendTestWebhookMutation } from './use-send-test-webhook.js';
import { WebhookDeliveriesQuery } from './webhook-deliveries.js';
import { WebhooksPage, WebhooksPageQuery } from './webhooks-page.js';

const endpoint = (id: string, url: string, events: string[]) => ({
  __typename: 'WebhookEndpoint' as const,
  id,
  url,
  description: `about ${id}`,
  events,
  createdAt: '2027-01-01T00:00:00Z',
});

const delivery = (id: string, status: 'PENDING' | 'DELIVERED' | 'FAILED', extra: Partial<Record<string, unknown>> = {}) => ({
  __typename: 'WebhookDelivery' as const,
  id,
  eventType: 'WEBHOOK_TEST',
  status,
  attempts: 1,
  lastStatusCode: status === 'DELIVERED' ? 200 : null,
  lastError: null,
  nextAttemptAt: null,
  deliveredAt: status === 'DELIVERED' ? '2027-01-02T00:00:01Z' : null,
  createdAt: '2027-01-02T00:00:00Z',
  ...extra,
});

const deliveries = (endpointId: string, nodes: ReturnType<typeof delivery>[], next: string | null = null, after?: string) => ({
  request: { query: WebhookDeliveriesQuery, variables: after ? { endpointId, first: PAGE_SIZE, after } : { endpointId, first: PAGE_SIZE } },
  result: {
    data: {
      webhookDeliveries: {
        __typename: 'WebhookDeliveryConnection',
        totalCount: nodes.length + (next ? 1 : 0),
        edges: nodes.map((node) => ({ __typename: 'WebhookDeliveryEdge', cursor: `c-${node.id}`, node })),
        pageInfo: { __typename: 'PageInfo', hasNextPage: next !== null, endCursor: next },
      },
    },
  },
});

const existing = endpoint('e-1', 'https://hooks.example.com/licenses', ['LICENSE_REMINDER', 'LICENSE_EXPIRED']);
const listMock = { request: { query: WebhooksPageQuery }, result: { data: { webhookEndpoints: [existing] } } };

function renderPage(mocks: NonNullable<ComponentProps<typeof MockedProvider>['mocks']>) {
  render(
    <MockedProvider cache={createCache()} mocks={[listMock, ...mocks]}>
      <WebhooksPage />
    </MockedProvider>,
  );
}

beforeEach(() => window.history.replaceState(null, '', '/webhooks'));
afterEach(() => window.history.replaceState(null, '', '/'));

describe('WebhooksPage', () => {
  it('lists endpoints with their events', async () => {
    renderPage([]);
    const row = (await screen.findByText('https://hooks.example.com/licenses')).closest('tr')!;
    expect(row.textContent).toContain('about e-1');
    expect(row.textContent).toContain('license.reminder');
    expect(row.textContent).toContain('license.expired');
  });

  it('adds an endpoint for the chosen events and shows its secret once, with a copy button and a warning', async () => {
    const created = vi.fn(() => ({
      data: {
        createWebhookEndpoint: {
          __typename: 'CreatedWebhookEndpoint',
          secret: 'whsec_c2VjcmV0',
          endpoint: endpoint('e-2', 'https://new.example.com/hook', ['LICENSE_REMINDER', 'LICENSE_BOUND']),
        },
      },
    }));
    renderPage([
      {
        request: {
          query: CreateWebhookEndpointMutation,
          variables: { input: { url: 'https://new.example.com/hook', description: 'CRM', events: ['LICENSE_REMINDER', 'LICENSE_BOUND'] } },
        },
        result: created,
      },
    ]);
    await screen.findByText('https://hooks.example.com/licenses');
    await userEvent.type(screen.getByLabelText('URL (http or https)'), 'https://new.example.com/hook');
    await userEvent.type(screen.getByLabelText('Description (optional)'), 'CRM');
    const events = screen.getByRole('group', { name: 'Events to send' });
    await userEvent.click(within(events).getByRole('checkbox', { name: /license\.expired/ }));
    await userEvent.click(within(events).getByRole('checkbox', { name: /license\.renewed/ }));
    await userEvent.click(within(events).getByRole('checkbox', { name: /license\.bound/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Add endpoint' }));

    const secret = await screen.findByRole('region', { name: 'Signing secret' });
    expect(created).toHaveBeenCalledTimes(1);
    expect(secret.textContent).toContain('whsec_c2VjcmV0');
    expect(secret.textContent).toContain('it is shown this once and never again');
    expect(within(secret).getByRole('button', { name: 'Copy the signing secret' })).toBeTruthy();
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows.map((r) => r.querySelector('code')?.textContent)).toEqual(['https://new.example.com/hook', 'https://hooks.example.com/licenses']);

    await userEvent.click(within(secret).getByRole('button', { name: 'Done' }));
    expect(screen.queryByText('whsec_c2VjcmV0')).toBeNull();
  });

  it('refuses to add an endpoint without any event type', async () => {
    renderPage([]);
    const events = await screen.findByRole('group', { name: 'Events to send' });
    for (const box of within(events).getAllByRole('checkbox')) if ((box as HTMLInputElement).checked) await userEvent.click(box);
    expect(screen.getByRole('alert').textContent).toBe('Choose at least one event type.');
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Add endpoint' }).disabled).toBe(true);
  });

  it('sends a test, then shows the endpoint’s deliveries, pages them and redelivers a failed one', async () => {
    const sent = vi.fn(() => ({ data: { sendTestWebhook: delivery('d-3', 'PENDING') } }));
    const failed = delivery('d-1', 'FAILED', { attempts: 8, lastStatusCode: 503, lastError: 'HTTP 503' });
    renderPage([
      { request: { query: SendTestWebhookMutation, variables: { id: 'e-1' } }, result: sent },
      deliveries('e-1', [delivery('d-3', 'DELIVERED'), delivery('d-2', 'DELIVERED')], 'c-d-2'),
      deliveries('e-1', [failed], null, 'c-d-2'),
      {
        request: { query: RedeliverWebhookMutation, variables: { deliveryId: 'd-1' } },
        result: { data: { redeliverWebhook: { ...failed, status: 'PENDING', nextAttemptAt: '2027-01-03T00:00:00Z' } } },
      },
    ]);
    await screen.findByText('https://hooks.example.com/licenses');
    await userEvent.click(screen.getByRole('button', { name: 'Send a test to https://hooks.example.com/licenses' }));
    expect(await screen.findByText('Test queued for https://hooks.example.com/licenses.')).toBeTruthy();
    expect(sent).toHaveBeenCalledTimes(1);
    expect(window.location.search).toBe('?endpoint=e-1');
    const panel = await screen.findByRole('region', { name: 'Deliveries to https://hooks.example.com/licenses' });
    await waitFor(() => expect(within(panel).getAllByText('Delivered')).toHaveLength(2));
    expect(panel.textContent).toContain('200');

    await userEvent.click(within(panel).getByRole('button', { name: 'Load more' }));
    const failedRow = (await within(panel).findByText('HTTP 503')).closest('tr')!;
    expect(failedRow.textContent).toContain('Failed');
    expect(failedRow.textContent).toContain('503');
    await userEvent.click(within(failedRow).getByRole('button', { name: /^Redeliver webhook\.test of / }));
    await waitFor(() => expect(failedRow.textContent).toContain('Pending'));
  });

  it('deletes an endpoint after confirmation', async () => {
    const deleted = vi.fn(() => ({ data: { deleteWebhookEndpoint: true } }));
    renderPage([{ request: { query: DeleteWebhookEndpointMutation, variables: { id: 'e-1' } }, result: deleted }]);
    await screen.findByText('https://hooks.example.com/licenses');
    await userEvent.click(screen.getByRole('button', { name: 'Delete https://hooks.example.com/licenses' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete https://hooks.example.com/licenses?' });
    expect(deleted).not.toHaveBeenCalled();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete endpoint' }));
    await waitFor(() => expect(screen.queryByText('https://hooks.example.com/licenses')).toBeNull());
    expect(deleted).toHaveBeenCalledTimes(1);
    expect(screen.getByText('No webhook endpoint yet. Add one above.')).toBeTruthy();
  });
});

import { MockedProvider } from '@apollo/client/testing/react';
import { makeFragmentData } from '@licensing/schema/web';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { createCache } from '../api/apollo-client.js';
import { formatDateTime } from '../common/format.js';
import { BindDialog, BindDialogAgentsQuery, BindDialogLicenseFragment } from './bind-dialog.js';
import { BindAgentLicenseMutation } from './use-bind-agent-license.js';

const agent = (id: string, name: string, expiresAt: string | null, daysLeft: number | null) => ({
  __typename: 'Agent' as const,
  id,
  name,
  status: expiresAt ? ('ACTIVE' as const) : ('UNLICENSED' as const),
  expiresAt,
  permanent: false,
  daysLeft,
});

const agentsResult = (agents: ReturnType<typeof agent>[], next: { endCursor: string; totalCount: number } | null = null) => ({
  data: {
    agents: {
      __typename: 'AgentConnection',
      totalCount: next?.totalCount ?? agents.length,
      edges: agents.map((node) => ({ __typename: 'AgentEdge', cursor: `c-${node.id}`, node })),
      pageInfo: {
        __typename: 'PageInfo',
        hasNextPage: next !== null,
        endCursor: next?.endCursor ?? (agents.length ? `c-${agents[agents.length - 1]!.id}` : null),
      },
    },
  },
});

const search = (term: string | null, after: string | null = null) => ({
  query: BindDialogAgentsQuery,
  variables: after === null ? { first: 20, search: term } : { first: 20, after, search: term },
});

const before = [agent('a-1', 'Sales bot', null, null), agent('a-2', 'Support bot', '2027-02-01T00:00:00Z', 20), agent('a-3', 'Billing helper', null, null)];
const NEW_EXPIRY = '2027-03-01T12:00:00Z';
const after = [agent('a-1', 'Sales bot', NEW_EXPIRY, 30), before[1]!, before[2]!];

const license = makeFragmentData(
  { id: 'lic-1', mode: 'SUBSCRIPTION', validityDays: 30, permanent: false, licensee: 'ACME', activateBy: null },
  BindDialogLicenseFragment,
);

const bound = {
  __typename: 'License',
  id: 'lic-1',
  type: 'AGENT',
  mode: 'SUBSCRIPTION',
  validityDays: 30,
  permanent: false,
  licensee: 'ACME',
  orderId: null,
  status: 'ACTIVATED',
  autoGranted: false,
  startsAt: '2027-01-30T12:00:00Z',
  endsAt: NEW_EXPIRY,
  activateBy: null,
  uploadedAt: '2027-01-01T00:00:00Z',
  queued: false,
  agent: { __typename: 'AgentRef', id: 'a-1', name: 'Sales bot', deleted: false },
};

function setup() {
  const bindResult = vi.fn(() => ({ data: { bindAgentLicense: bound } }));
  const onClose = vi.fn();
  render(
    <MockedProvider
      cache={createCache()}
      mocks={[
        // The first page of all agents, then a second page behind "Load more".
        { request: search(null), result: agentsResult(before.slice(0, 2), { endCursor: 'c-a-2', totalCount: 3 }) },
        { request: search(null, 'c-a-2'), result: agentsResult(before.slice(2), null) },
        { request: search('BOT'), result: agentsResult([before[0]!, before[1]!]) },
        { request: search('nobody'), result: agentsResult([]) },
        { request: search('sales'), result: agentsResult([before[0]!]) },
        { request: { query: BindAgentLicenseMutation, variables: { licenseId: 'lic-1', agentId: 'a-1' } }, result: bindResult },
        // The binding refetches the list on screen: the agent's new expiry.
        { request: search('sales'), result: agentsResult([after[0]!]) },
      ]}
    >
      <BindDialog license={license} onClose={onClose} />
    </MockedProvider>,
  );
  return { bindResult, onClose };
}

const shownNames = () => screen.queryAllByRole('radio').map((r) => r.closest('label')?.querySelector('.agent-picker__name')?.textContent);

describe('BindDialog', () => {
  it('states that a binding is final, pages through agents, and searches them on the server', async () => {
    setup();
    const dialog = screen.getByRole('dialog', { name: 'Bind license to an agent' });
    expect(dialog.textContent).toContain('A binding is final: once bound, the license cannot be moved to another agent or unbound.');
    await screen.findByLabelText(/Sales bot/);
    expect(shownNames()).toEqual(['Sales bot', 'Support bot']);
    expect(dialog.textContent).toContain('Showing 2 of 3 agents.');
    await userEvent.click(screen.getByRole('button', { name: 'Load more' }));
    await waitFor(() => expect(shownNames()).toEqual(['Sales bot', 'Support bot', 'Billing helper']));

    const box = screen.getByLabelText('Search agents by name');
    expect((box as HTMLInputElement).maxLength).toBe(100);
    await userEvent.type(box, 'BOT');
    await waitFor(() => expect(shownNames()).toEqual(['Sales bot', 'Support bot']));
    expect(dialog.textContent).toContain('Showing 2 of 2 agents whose name contains “BOT”.');

    await userEvent.clear(box);
    await userEvent.type(box, 'nobody');
    await waitFor(() => expect(dialog.textContent).toContain('No agent’s name contains “nobody”.'));
    expect(shownNames()).toEqual([]);
  });

  it('moves from the search box to the agents with the down arrow', async () => {
    setup();
    await screen.findByLabelText(/Sales bot/);
    expect(document.activeElement).toBe(screen.getByLabelText('Search agents by name'));
    await userEvent.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(screen.getAllByRole('radio')[0]);
  });

  it('asks for confirmation, binds, and shows the agent’s new available date', async () => {
    const { bindResult } = setup();
    const bindButton = screen.getByRole('button', { name: 'Bind…' });
    expect((bindButton as HTMLButtonElement).disabled).toBe(true);

    await userEvent.type(screen.getByLabelText('Search agents by name'), 'sales');
    await waitFor(() => expect(shownNames()).toEqual(['Sales bot']));
    await userEvent.click(screen.getByLabelText(/Sales bot/));
    // The before → after is computed for the instant the agent is chosen.
    const chosenAt = Date.parse('2027-01-30T12:00:00Z');
    const clock = vi.spyOn(Date, 'now').mockReturnValue(chosenAt);
    await userEvent.click(screen.getByRole('button', { name: 'Bind to Sales bot…' }));
    clock.mockRestore();

    const confirm = screen.getByRole('dialog', { name: 'Confirm the binding' });
    expect(confirm.textContent).toContain(`Sales bot: not licensed → available until ${formatDateTime(NEW_EXPIRY)}.`);
    expect(confirm.textContent).toContain(`This license will cover ${formatDateTime(chosenAt)} → ${formatDateTime(NEW_EXPIRY)}.`);
    expect(confirm.textContent).toContain('This is final: a binding can never be changed or removed.');
    expect(bindResult).not.toHaveBeenCalled();

    await userEvent.click(within(confirm).getByRole('button', { name: 'Yes, bind to Sales bot' }));
    const done = await screen.findByRole('dialog', { name: 'License bound' });
    expect(bindResult).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(done.textContent).toContain(`Sales bot is now available until ${formatDateTime(NEW_EXPIRY)} (30 days left).`));
  });

  it('closes on Escape', async () => {
    const { onClose } = setup();
    await userEvent.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalled();
  });
});

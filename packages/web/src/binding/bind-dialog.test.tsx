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

const agentsResult = (agents: ReturnType<typeof agent>[]) => ({
  data: {
    agents: {
      __typename: 'AgentConnection',
      totalCount: agents.length,
      edges: agents.map((node) => ({ __typename: 'AgentEdge', node })),
    },
  },
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
        { request: { query: BindDialogAgentsQuery }, result: agentsResult(before) },
        { request: { query: BindAgentLicenseMutation, variables: { licenseId: 'lic-1', agentId: 'a-1' } }, result: bindResult },
        { request: { query: BindDialogAgentsQuery }, result: agentsResult(after) },
      ]}
    >
      <BindDialog license={license} onClose={onClose} />
    </MockedProvider>,
  );
  return { bindResult, onClose };
}

describe('BindDialog', () => {
  it('states that a binding is final, and searches agents by name', async () => {
    setup();
    const dialog = screen.getByRole('dialog', { name: 'Bind license to an agent' });
    expect(dialog.textContent).toContain('A binding is final: once bound, the license cannot be moved to another agent or unbound.');
    await screen.findByLabelText(/Sales bot/);
    expect(screen.getAllByRole('radio')).toHaveLength(3);

    await userEvent.type(screen.getByLabelText('Search agents by name'), 'BOT');
    expect(screen.getAllByRole('radio').map((r) => r.closest('label')?.querySelector('.agent-picker__name')?.textContent)).toEqual(['Sales bot', 'Support bot']);

    await userEvent.clear(screen.getByLabelText('Search agents by name'));
    await userEvent.type(screen.getByLabelText('Search agents by name'), 'nobody');
    expect(screen.queryAllByRole('radio')).toHaveLength(0);
    expect(dialog.textContent).toContain('No agent’s name contains “nobody”.');
  });

  it('asks for confirmation, binds, and shows the agent’s new available date', async () => {
    const { bindResult } = setup();
    const bindButton = screen.getByRole('button', { name: 'Bind…' });
    expect((bindButton as HTMLButtonElement).disabled).toBe(true);

    await userEvent.type(screen.getByLabelText('Search agents by name'), 'sales');
    await userEvent.click(await screen.findByLabelText(/Sales bot/));
    await userEvent.click(screen.getByRole('button', { name: 'Bind to Sales bot…' }));

    const confirm = screen.getByRole('dialog', { name: 'Confirm the binding' });
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

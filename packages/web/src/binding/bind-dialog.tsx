import { useQuery } from '@apollo/client/react';
import { getFragmentData, graphql, type BindDialogAgentsQuery as BindDialogAgentsQueryResult, type FragmentType } from '@licensing/schema/web';
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { AGENT_NAME_MAX_LENGTH } from '../agents/agent-name.js';
import { availabilityText } from '../agents/availability.js';
import { Dialog } from '../common/dialog.js';
import { formatDateTime, plural, pluralDays } from '../common/format.js';
import { LoadMore } from '../common/load-more.js';
import { QueryState } from '../common/query-state.js';
import { FormError } from '../common/states.js';
import { ResourceStatusBadge } from '../common/status-badge.js';
import { useDebouncedValue } from '../common/use-debounced-value.js';
import { LICENSE_MODE_LABELS, validityText } from '../licenses/license-labels.js';
import { bindingEffect, type BindingEffect } from './binding-effect.js';
import { useBindAgentLicense } from './use-bind-agent-license.js';

export const BindDialogLicenseFragment = graphql(`
  fragment BindDialog_license on License {
    id
    mode
    validityDays
    permanent
    licensee
    activateBy
  }
`);

export const BindDialogAgentsQuery = graphql(`
  query BindDialogAgents($first: Int!, $after: String, $search: String) {
    agents(first: $first, after: $after, search: $search) {
      totalCount
      edges {
        cursor
        node {
          id
          name
          status
          expiresAt
          permanent
          daysLeft
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

type AgentOption = BindDialogAgentsQueryResult['agents']['edges'][number]['node'];

const PAGE_SIZE = 20;
// Long enough to wait for the next key of a word, short enough to feel live.
const SEARCH_DELAY_MS = 250;

/** "Sales bot is now available until 3 Mar 2027, 14:00 (30 days left)." */
function availableSentence(agent: {
  readonly name: string;
  readonly permanent: boolean;
  readonly expiresAt?: string | null;
  readonly daysLeft?: number | null;
}): string {
  if (agent.permanent) return `${agent.name} is licensed permanently.`;
  if (agent.expiresAt == null) return `${agent.name} is not licensed yet.`;
  return `${agent.name} is now available until ${formatDateTime(agent.expiresAt)} (${pluralDays(agent.daysLeft ?? 0)} left).`;
}

/** An agent's license at `at`, in words: "not licensed", "expired on …", "available until …", "licensed permanently". */
function licenseStateText(state: BindingEffect['after'], at: number): string {
  if (state.permanent) return 'licensed permanently';
  if (state.expiresAt === null) return 'not licensed';
  return state.expiresAt <= at ? `expired on ${formatDateTime(state.expiresAt)}` : `available until ${formatDateTime(state.expiresAt)}`;
}

/** The window the certificate gets, in words (SPEC 3.1 / 3.2). */
function windowText(effect: BindingEffect, agentName: string, at: number): string {
  const { window } = effect;
  if (window === null) return `This license gets no window: ${agentName} is already licensed permanently.`;
  if (window.endsAt === null) return `This license covers ${agentName} from ${formatDateTime(window.startsAt)}, permanently.`;
  const span = `${formatDateTime(window.startsAt)} → ${formatDateTime(window.endsAt)}`;
  return window.startsAt > at ? `This license will cover ${span}, after ${agentName}’s current license.` : `This license will cover ${span}.`;
}

type Step =
  | { readonly kind: 'pick' }
  // `at`: when the agent was chosen, the instant the before → after is computed for.
  | { readonly kind: 'confirm'; readonly agent: AgentOption; readonly at: number }
  | { readonly kind: 'done'; readonly agent: AgentOption };

/**
 * Binds an unused agent certificate: search agents on the server and pick one, read that a binding is
 * final, confirm; then see the agent's new "available until" date.
 */
export function BindDialog({ license: ref, onClose }: { readonly license: FragmentType<typeof BindDialogLicenseFragment>; readonly onClose: () => void }) {
  const license = getFragmentData(BindDialogLicenseFragment, ref);
  const searchId = useId();
  const options = useRef<HTMLFieldSetElement>(null);
  const [search, setSearch] = useState('');
  const term = useDebouncedValue(search.trim(), SEARCH_DELAY_MS);
  const { data, previousData, error, refetch, fetchMore, networkStatus } = useQuery(BindDialogAgentsQuery, {
    variables: { first: PAGE_SIZE, search: term === '' ? null : term },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const { bind, loading, error: bindError } = useBindAgentLicense();
  const [picked, setPicked] = useState<string | null>(null);
  const [step, setStep] = useState<Step>({ kind: 'pick' });

  // While the next search runs, the last answer stays on screen (marked busy) instead of a blank list.
  const connection = (data ?? previousData)?.agents;
  const agents = connection?.edges.map((e) => e.node) ?? [];
  const searching = data === undefined || search.trim() !== term;
  // The latest answer for an agent (a binding refetches the list with its new expiry).
  const latest = (agent: AgentOption) => agents.find((a) => a.id === agent.id) ?? agent;
  const pickedAgent = agents.find((a) => a.id === picked);
  const what = `${LICENSE_MODE_LABELS[license.mode].toLowerCase()} license ${license.id} (${validityText(license).toLowerCase()})`;

  if (step.kind === 'done') {
    const agent = latest(step.agent);
    return (
      <Dialog key="done" title="License bound" onClose={onClose}>
        <p role="status">
          The {what} is now bound to <strong>{agent.name}</strong>. {availableSentence(agent)}
        </p>
        <div className="dialog__actions">
          <button type="button" className="button button--primary" onClick={onClose}>
            Close
          </button>
        </div>
      </Dialog>
    );
  }

  if (step.kind === 'confirm') {
    const { agent, at } = step;
    const effect = bindingEffect(agent, license, at);
    const before = { expiresAt: agent.expiresAt == null ? null : Date.parse(agent.expiresAt), permanent: agent.permanent };
    return (
      <Dialog key="confirm" title="Confirm the binding" onClose={onClose} busy={loading}>
        <p>
          Bind the {what} to <strong>{agent.name}</strong>?
        </p>
        <p>
          {agent.name}: {licenseStateText(before, at)} → <strong>{licenseStateText(effect.after, at)}</strong>.<br />
          {windowText(effect, agent.name, at)}
        </p>
        <p className="notice notice--warning">
          This is final: a binding can never be changed or removed. The license starts counting now, or when {agent.name}'s current license ends.
        </p>
        <FormError message={bindError} />
        <div className="dialog__actions">
          <button type="button" className="button" onClick={() => setStep({ kind: 'pick' })} disabled={loading}>
            Back
          </button>
          <button
            type="button"
            className="button button--primary"
            disabled={loading}
            data-autofocus
            onClick={async () => {
              if (await bind(license.id, agent.id)) setStep({ kind: 'done', agent });
            }}
          >
            {loading ? 'Binding…' : `Yes, bind to ${agent.name}`}
          </button>
        </div>
      </Dialog>
    );
  }

  // Down arrow from the search box goes to the list, where the arrows move between agents (radio group).
  const toList = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'ArrowDown') return;
    const target = options.current?.querySelector<HTMLInputElement>('input:checked') ?? options.current?.querySelector<HTMLInputElement>('input');
    if (!target) return;
    event.preventDefault();
    target.focus();
  };

  return (
    <Dialog key="pick" title="Bind license to an agent" onClose={onClose}>
      <p>
        Choose the agent the {what} (licensee {license.licensee}) will license.
      </p>
      <p className="notice notice--warning">A binding is final: once bound, the license cannot be moved to another agent or unbound.</p>
      <div className="field">
        <label htmlFor={searchId}>Search agents by name</label>
        <input
          id={searchId}
          type="search"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          onKeyDown={toList}
          maxLength={AGENT_NAME_MAX_LENGTH}
          autoComplete="off"
          data-autofocus
        />
      </div>
      <QueryState
        data={connection}
        error={error}
        retry={refetch}
        loading="Loading agents"
        isEmpty={(c) => c.edges.length === 0 && !searching}
        empty={term === '' ? 'There are no agents yet. Create one on the Agents page first.' : `No agent’s name contains “${term}”.`}
      >
        {(c) => (
          <>
            <fieldset ref={options} className="agent-picker" aria-busy={searching}>
              <legend className="visually-hidden">Agents</legend>
              {agents.map((agent) => (
                <label key={agent.id} className={`agent-picker__option${picked === agent.id ? ' agent-picker__option--picked' : ''}`}>
                  <input type="radio" name="agent" value={agent.id} checked={picked === agent.id} onChange={() => setPicked(agent.id)} />
                  <span className="agent-picker__name">{agent.name}</span>
                  <ResourceStatusBadge status={agent.status} />
                  <span className="muted small">{availabilityText(agent)}</span>
                </label>
              ))}
            </fieldset>
            <p className="muted small" role="status">
              {searching ? 'Searching…' : `Showing ${agents.length} of ${plural(c.totalCount, 'agent')}${term === '' ? '' : ` whose name contains “${term}”`}.`}
            </p>
          </>
        )}
      </QueryState>
      <LoadMore pageInfo={connection?.pageInfo} networkStatus={networkStatus} fetchMore={fetchMore} />
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
        <button
          type="button"
          className="button button--primary"
          disabled={!pickedAgent}
          onClick={() => pickedAgent && setStep({ kind: 'confirm', agent: pickedAgent, at: Date.now() })}
        >
          {pickedAgent ? `Bind to ${pickedAgent.name}…` : 'Bind…'}
        </button>
      </div>
    </Dialog>
  );
}

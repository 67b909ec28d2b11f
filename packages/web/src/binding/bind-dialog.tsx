import { useQuery } from '@apollo/client/react';
import { getFragmentData, graphql, type FragmentType } from '@licensing/schema/web';
import { useId, useMemo, useState } from 'react';
import { availabilityText } from '../agents/availability.js';
import { Dialog } from '../common/dialog.js';
import { formatDateTime, pluralDays } from '../common/format.js';
import { ResourceStatusBadge } from '../common/status-badge.js';
import { Empty, ErrorNotice, FormError, Loading } from '../common/states.js';
import { LICENSE_MODE_LABELS, validityText } from '../licenses/license-labels.js';
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
  query BindDialogAgents {
    agents(first: 100) {
      totalCount
      edges {
        node {
          id
          name
          status
          expiresAt
          permanent
          daysLeft
        }
      }
    }
  }
`);

/** "Sales bot is now available until 3 Mar 2027, 14:00 (30 days left)." */
function availableSentence(agent: { readonly name: string; readonly permanent: boolean; readonly expiresAt?: string | null; readonly daysLeft?: number | null }): string {
  if (agent.permanent) return `${agent.name} is licensed permanently.`;
  if (agent.expiresAt == null) return `${agent.name} is not licensed yet.`;
  return `${agent.name} is now available until ${formatDateTime(agent.expiresAt)} (${pluralDays(agent.daysLeft ?? 0)} left).`;
}

type Step = { readonly kind: 'pick' } | { readonly kind: 'confirm'; readonly agentId: string } | { readonly kind: 'done'; readonly agentId: string };

/**
 * Binds an unused agent certificate: search and pick an agent, read that a binding is final, confirm;
 * then see the agent's new "available until" date.
 */
export function BindDialog({ license: ref, onClose }: { readonly license: FragmentType<typeof BindDialogLicenseFragment>; readonly onClose: () => void }) {
  const license = getFragmentData(BindDialogLicenseFragment, ref);
  const searchId = useId();
  const { data, error, refetch } = useQuery(BindDialogAgentsQuery, { fetchPolicy: 'cache-and-network' });
  const { bind, loading, error: bindError } = useBindAgentLicense();
  const [search, setSearch] = useState('');
  const [picked, setPicked] = useState<string | null>(null);
  const [step, setStep] = useState<Step>({ kind: 'pick' });

  const agents = useMemo(() => data?.agents.edges.map((e) => e.node) ?? [], [data]);
  const matches = useMemo(() => {
    const needle = search.trim().toLocaleLowerCase();
    return needle === '' ? agents : agents.filter((a) => a.name.toLocaleLowerCase().includes(needle));
  }, [agents, search]);
  const agentById = (id: string) => agents.find((a) => a.id === id);
  const pickedAgent = picked === null ? undefined : matches.find((a) => a.id === picked);
  const what = `${LICENSE_MODE_LABELS[license.mode].toLowerCase()} license ${license.id} (${validityText(license).toLowerCase()})`;

  if (step.kind === 'done') {
    const agent = agentById(step.agentId);
    return (
      <Dialog key="done" title="License bound" onClose={onClose}>
        <p role="status">
          The {what} is now bound to <strong>{agent?.name ?? 'the agent'}</strong>.
          {agent && <> {availableSentence(agent)}</>}
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
    const agent = agentById(step.agentId);
    return (
      <Dialog key="confirm" title="Confirm the binding" onClose={onClose} busy={loading}>
        <p>
          Bind the {what} to <strong>{agent?.name}</strong>?
        </p>
        <p className="notice notice--warning">
          This is final: a binding can never be changed or removed. The license starts counting now, or when {agent?.name}'s current license ends.
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
              if (await bind(license.id, step.agentId)) setStep({ kind: 'done', agentId: step.agentId });
            }}
          >
            {loading ? 'Binding…' : `Yes, bind to ${agent?.name ?? 'this agent'}`}
          </button>
        </div>
      </Dialog>
    );
  }

  return (
    <Dialog key="pick" title="Bind license to an agent" onClose={onClose}>
      <p>
        Choose the agent the {what} (licensee {license.licensee}) will license.
      </p>
      <p className="notice notice--warning">A binding is final: once bound, the license cannot be moved to another agent or unbound.</p>
      <div className="field">
        <label htmlFor={searchId}>Search agents by name</label>
        <input id={searchId} type="search" value={search} onChange={(e) => setSearch(e.target.value)} autoComplete="off" data-autofocus />
      </div>
      {!data && error && <ErrorNotice error={error} onRetry={() => void refetch().catch(() => undefined)} />}
      {!data && !error && <Loading what="Loading agents" />}
      {data && agents.length === 0 && <Empty>There are no agents yet. Create one on the Agents page first.</Empty>}
      {data && agents.length > 0 && matches.length === 0 && <Empty>No agent’s name contains “{search.trim()}”.</Empty>}
      {matches.length > 0 && (
        <fieldset className="agent-picker">
          <legend className="visually-hidden">Agents</legend>
          {matches.map((agent) => (
            <label key={agent.id} className={`agent-picker__option${picked === agent.id ? ' agent-picker__option--picked' : ''}`}>
              <input type="radio" name="agent" value={agent.id} checked={picked === agent.id} onChange={() => setPicked(agent.id)} />
              <span className="agent-picker__name">{agent.name}</span>
              <ResourceStatusBadge status={agent.status} />
              <span className="muted small">{availabilityText(agent)}</span>
            </label>
          ))}
        </fieldset>
      )}
      {data && data.agents.totalCount > agents.length && (
        <p className="muted small">Showing the newest {agents.length} of {data.agents.totalCount} agents; search narrows them down.</p>
      )}
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
        <button
          type="button"
          className="button button--primary"
          disabled={!pickedAgent}
          onClick={() => pickedAgent && setStep({ kind: 'confirm', agentId: pickedAgent.id })}
        >
          {pickedAgent ? `Bind to ${pickedAgent.name}…` : 'Bind…'}
        </button>
      </div>
    </Dialog>
  );
}

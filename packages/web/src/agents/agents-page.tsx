import { useQuery } from '@apollo/client/react';
import { getFragmentData, graphql, type FragmentType } from '@licensing/schema/web';
import { useState, type FormEvent } from 'react';
import { useCurrentUser } from '../auth/session.js';
import { ResourceStatusBadge } from '../common/status-badge.js';
import { QueryState } from '../common/query-state.js';
import { FormError } from '../common/states.js';
import { Link, pathFor } from '../router/router.js';
import { AGENT_NAME_MAX_LENGTH } from './agent-name.js';
import { availabilityText } from './availability.js';
import { DeleteAgentDialog } from './delete-agent-dialog.js';
import { useCreateAgent } from './use-create-agent.js';
import { LoadMore, PAGE_SIZE } from '../common/load-more.js';
import { Table } from '../common/table.js';
import { Trans } from '../i18n/trans.js';
import { formatNumber } from '../common/format.js';
import { useT } from '../i18n/use-t.js';

export const AgentRowFragment = graphql(`
  fragment AgentRow_agent on Agent {
    id
    name
    status
    expiresAt
    permanent
    daysLeft
    createdAt
    licenseCount
  }
`);

const AgentsPageQuery = graphql(`
  query AgentsPage($first: Int!, $after: String) {
    agents(first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          ...AgentRow_agent
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

type Deleting = { readonly id: string; readonly name: string; readonly licenseCount: number };

function AgentRow({ agent: ref, onDelete }: { readonly agent: FragmentType<typeof AgentRowFragment>; readonly onDelete?: (agent: Deleting) => void }) {
  const t = useT();
  const agent = getFragmentData(AgentRowFragment, ref);
  return (
    <tr>
      <td>
        <Link to={pathFor({ name: 'agent', id: agent.id })}>{agent.name}</Link>
      </td>
      <td>
        <ResourceStatusBadge status={agent.status} />
      </td>
      <td>{availabilityText(agent)}</td>
      <td>{formatNumber(agent.licenseCount)}</td>
      <td className="actions">
        <Link to={pathFor({ name: 'agent', id: agent.id })} className="button button--small">
          {t('agents.settings')}
        </Link>
        {onDelete && (
          <button
            type="button"
            className="button button--small button--danger"
            onClick={() => onDelete({ id: agent.id, name: agent.name, licenseCount: agent.licenseCount })}
          >
            {t('agents.delete')}
          </button>
        )}
      </td>
    </tr>
  );
}

function CreateAgentForm() {
  const t = useT();
  const { create, loading, error } = useCreateAgent();
  const [name, setName] = useState('');
  const [created, setCreated] = useState<{ id: string; name: string } | null>(null);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const agent = await create(name.trim());
    if (agent) {
      setCreated(agent);
      setName('');
    }
  };
  return (
    <form className="card inline-form" onSubmit={submit}>
      <div className="field field--inline">
        <label htmlFor="new-agent-name">{t('agents.newName')}</label>
        <input id="new-agent-name" value={name} onChange={(e) => setName(e.target.value)} required maxLength={AGENT_NAME_MAX_LENGTH} />
      </div>
      <button type="submit" className="button button--primary" disabled={loading || name.trim() === ''}>
        {loading ? t('agents.creating') : t('agents.create')}
      </button>
      <FormError message={error} />
      {created && (
        <p role="status">
          <Trans id="agents.created" values={{ name: created.name }} components={{ 0: <Link to={pathFor({ name: 'agent', id: created.id })} /> }} />
        </p>
      )}
    </form>
  );
}

/** Agents: their license state and "available until", create and delete. */
export function AgentsPage() {
  const t = useT();
  const user = useCurrentUser();
  const canManage = user.can('MANAGE_AGENTS');
  const [deleting, setDeleting] = useState<Deleting | null>(null);
  const { data, error, refetch, fetchMore, networkStatus } = useQuery(AgentsPageQuery, {
    variables: { first: PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.agents;
  return (
    <section className="page">
      <div className="page__head">
        <h1>{t('page.agents')}</h1>
        {connection && <p className="muted">{t('agents.inAll', { count: connection.totalCount })}</p>}
      </div>
      {canManage && <CreateAgentForm />}
      <QueryState
        data={connection}
        error={error}
        retry={refetch}
        loading={t('agents.loading')}
        isEmpty={(c) => c.edges.length === 0}
        empty={<p>{canManage ? t('agents.none.manager') : t('agents.none')}</p>}
      >
        {(connection) => (
          <Table
            caption={t('page.agents')}
            columns={[t('agents.col.name'), t('agents.col.status'), t('agents.col.available'), t('agents.col.licenses')]}
            actions
          >
            {connection.edges.map((edge) => (
              <AgentRow key={edge.node.id} agent={edge.node} onDelete={canManage ? setDeleting : undefined} />
            ))}
          </Table>
        )}
      </QueryState>
      <LoadMore pageInfo={connection?.pageInfo} networkStatus={networkStatus} fetchMore={fetchMore} />
      {deleting && <DeleteAgentDialog agent={deleting} onClose={() => setDeleting(null)} onDeleted={() => setDeleting(null)} />}
    </section>
  );
}

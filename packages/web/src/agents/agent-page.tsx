import { useQuery } from '@apollo/client/react';
import { graphql, type AgentPageQuery as AgentPageQueryResult } from '@licensing/schema/web';
import { useState } from 'react';
import { useCurrentUser } from '../auth/session.js';
import { formatDateTime } from '../common/format.js';
import { ResourceStatusBadge } from '../common/status-badge.js';
import { QueryState } from '../common/query-state.js';
import { Empty } from '../common/states.js';
import { LicenseTable } from '../licenses/license-table.js';
import { Link, navigate, pathFor } from '../router/router.js';
import { CoverageTimeline } from '../timeline/coverage-timeline.js';
import { availabilityText } from './availability.js';
import { ChannelMessages } from './channel-messages.js';
import { ChannelPanel } from './channel-panel.js';
import { DeleteAgentDialog } from './delete-agent-dialog.js';
import { FlowEditor } from './flow-editor.js';
import { TestChat } from './test-chat.js';
import { Trans } from '../i18n/trans.js';
import { useT } from '../i18n/use-t.js';

type AgentPageAgent = NonNullable<AgentPageQueryResult['agent']>;

const AgentPageQuery = graphql(`
  query AgentPage($id: ID!) {
    agent(id: $id) {
      id
      name
      status
      expiresAt
      permanent
      daysLeft
      createdAt
      licenses {
        id
        ...LicenseRow_license
      }
      coverage {
        ...CoverageTimeline_window
      }
      ...ChannelPanel_agent
      ...FlowEditor_agent
    }
  }
`);

/** An agent's settings: its available date and licenses, channel, flow, test chat and received messages. */
export function AgentPage({ id }: { readonly id: string }) {
  const t = useT();
  const { data, error, refetch } = useQuery(AgentPageQuery, { variables: { id } });
  return (
    <section className="page">
      <QueryState data={data} error={error} retry={refetch} loading={t('agent.loading')}>
        {({ agent }) =>
          agent ? (
            <AgentSettings agent={agent} />
          ) : (
            <>
              <h1>{t('agent.notFound.title')}</h1>
              <p>
                <Trans id="agent.notFound.text" components={{ 0: <Link to="/agents" /> }} />
              </p>
            </>
          )
        }
      </QueryState>
    </section>
  );
}

const backToAgents = () => navigate(pathFor({ name: 'agents' }), { replace: true });

function AgentSettings({ agent }: { readonly agent: AgentPageAgent }) {
  const t = useT();
  const user = useCurrentUser();
  const [deleting, setDeleting] = useState(false);
  // The browser's clock, read once: the drawing needs minutes, not seconds.
  const [now] = useState(Date.now);
  const canManage = user.can('MANAGE_AGENTS');
  return (
    <>
      <p className="breadcrumb">
        <Link to="/agents">{t('page.agents')}</Link> / {agent.name}
      </p>
      <div className="page__head">
        <h1>{agent.name}</h1>
        <ResourceStatusBadge status={agent.status} />
        {canManage && (
          <button type="button" className="button button--danger page__head-action" onClick={() => setDeleting(true)}>
            {t('agent.deleteButton')}
          </button>
        )}
      </div>
      <dl className="facts">
        <dt>{t('agent.available')}</dt>
        <dd>{availabilityText(agent)}</dd>
        <dt>{t('agent.created')}</dt>
        <dd>{formatDateTime(agent.createdAt)}</dd>
        <dt>{t('agent.id')}</dt>
        <dd>
          <code>{agent.id}</code>
        </dd>
      </dl>

      <section className="card" aria-labelledby="agent-licenses-title">
        <h2 id="agent-licenses-title">{t('agent.licenses')}</h2>
        {agent.licenses.length === 0 ? (
          <Empty>
            <p>
              <Trans id={user.can('MANAGE_LICENSES') ? 'agent.noLicense.manager' : 'agent.noLicense.reader'} components={{ 0: <Link to="/licenses" /> }} />
            </p>
          </Empty>
        ) : (
          <LicenseTable caption={t('agent.licensesCaption', { name: agent.name })} licenses={agent.licenses} />
        )}
      </section>

      {agent.coverage.length > 0 && (
        <section className="card" aria-labelledby="agent-coverage-title">
          <h2 id="agent-coverage-title">{t('coverage.title')}</h2>
          <CoverageTimeline
            label={t('coverage.agentLabel', { name: agent.name })}
            windows={agent.coverage}
            expiresAt={agent.expiresAt ?? null}
            permanent={agent.permanent}
            now={now}
          />
        </section>
      )}

      <ChannelPanel agent={agent} />
      <FlowEditor key={agent.id} agent={agent} editable={canManage} />
      {canManage && <TestChat agent={agent} />}
      {user.can('READ_AGENT_SECRETS') && <ChannelMessages agentId={agent.id} />}

      {deleting && (
        <DeleteAgentDialog
          agent={{ id: agent.id, name: agent.name, licenseCount: agent.licenses.length }}
          onClose={() => setDeleting(false)}
          onDeleted={backToAgents}
        />
      )}
    </>
  );
}

import { useQuery } from '@apollo/client/react';
import { graphql } from '@licensing/schema/web';
import { formatDateTime } from '../common/format.js';
import { QueryState } from '../common/query-state.js';
import { LoadMore } from '../common/load-more.js';
import { Table } from '../common/table.js';
import { t as translate } from '../i18n/i18n.js';
import { useT } from '../i18n/use-t.js';

const AuditPageQuery = graphql(`
  query AuditPage($first: Int!, $after: String) {
    auditEvents(first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          at
          actorEmail
          action
          summary
          resourceType
          resourceId
          details
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const ACTIONS = [
  'LICENSE_PACKAGE_UPLOADED',
  'LICENSE_PACKAGE_REFUSED',
  'AGENT_LICENSE_BOUND',
  'AGENT_CREATED',
  'AGENT_DELETED',
  'AGENT_MESSAGE_REFUSED',
  'UNLIMITED_LICENSE_GRANTED',
  'EXPIRY_REMINDER_SENT',
  'RESOURCE_EXPIRED',
] as const;

/** "LICENSE_PACKAGE_UPLOADED" → "License package uploaded" / "已上传许可证书"; an action this app does not know shows its code. */
export function actionLabel(action: string): string {
  const known = ACTIONS.find((a) => a === action);
  return known ? translate(`audit.action.${known}`) : action;
}

/** The audit log (admins): who did what, when. */
export function AuditPage() {
  const t = useT();
  const { data, error, refetch, fetchMore, networkStatus } = useQuery(AuditPageQuery, { variables: { first: 50 }, notifyOnNetworkStatusChange: true });
  const connection = data?.auditEvents;
  return (
    <section className="page">
      <div className="page__head">
        <h1>{t('page.audit')}</h1>
        {connection && <p className="muted">{t('audit.count', { count: connection.totalCount })}</p>}
        <a className="button button--small" href="/exports/audit.csv" download>
          {t('common.exportCsv')}
        </a>
      </div>
      <QueryState data={connection} error={error} retry={refetch} loading={t('audit.loading')} isEmpty={(c) => c.edges.length === 0} empty={t('audit.empty')}>
        {(connection) => (
          <Table caption={t('audit.caption')} columns={[t('audit.col.when'), t('audit.col.who'), t('audit.col.what'), t('audit.col.details')]}>
            {connection.edges.map(({ node }) => (
              <tr key={node.id}>
                <td>{formatDateTime(node.at)}</td>
                <td>{node.actorEmail ?? <span className="muted">{t('audit.system')}</span>}</td>
                <td>
                  <strong>{actionLabel(node.action)}</strong>
                  <div>{node.summary}</div>
                </td>
                <td>
                  {Object.keys(node.details).length > 0 && (
                    <details>
                      <summary>{t('audit.show')}</summary>
                      <pre className="details">{JSON.stringify(node.details, null, 2)}</pre>
                    </details>
                  )}
                </td>
              </tr>
            ))}
          </Table>
        )}
      </QueryState>
      <LoadMore pageInfo={connection?.pageInfo} networkStatus={networkStatus} fetchMore={fetchMore} />
    </section>
  );
}

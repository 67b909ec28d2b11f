import { useQuery } from '@apollo/client/react';
import { graphql } from '@licensing/schema/web';
import { formatDateTime } from '../common/format.js';
import { QueryState } from '../common/query-state.js';
import { LoadMore } from '../common/load-more.js';
import { Table } from '../common/table.js';

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

/** "LICENSE_PACKAGE_UPLOADED" → "License package uploaded". */
export function actionLabel(action: string): string {
  const words = action.toLowerCase().replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The audit log (admins): who did what, when. */
export function AuditPage() {
  const { data, error, refetch, fetchMore, networkStatus } = useQuery(AuditPageQuery, { variables: { first: 50 }, notifyOnNetworkStatusChange: true });
  const connection = data?.auditEvents;
  return (
    <section className="page">
      <div className="page__head">
        <h1>Audit log</h1>
        {connection && <p className="muted">{connection.totalCount} events</p>}
        <a className="button button--small" href="/exports/audit.csv" download>
          Export CSV
        </a>
      </div>
      <QueryState
        data={connection}
        error={error}
        retry={refetch}
        loading="Loading the audit log"
        isEmpty={(c) => c.edges.length === 0}
        empty="Nothing has been recorded yet."
      >
        {(connection) => (
          <Table caption="Audit events, newest first" columns={['When', 'Who', 'What', 'Details']}>
            {connection.edges.map(({ node }) => (
              <tr key={node.id}>
                <td>{formatDateTime(node.at)}</td>
                <td>{node.actorEmail ?? <span className="muted">System</span>}</td>
                <td>
                  <strong>{actionLabel(node.action)}</strong>
                  <div>{node.summary}</div>
                </td>
                <td>
                  {Object.keys(node.details).length > 0 && (
                    <details>
                      <summary>Show</summary>
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

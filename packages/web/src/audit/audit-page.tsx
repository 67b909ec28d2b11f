import { useQuery } from '@apollo/client/react';
import { graphql } from '@licensing/schema/web';
import { formatDateTime } from '../common/format.js';
import { Empty, ErrorNotice, Loading } from '../common/states.js';
import { LoadMore } from '../common/load-more.js';

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
      </div>
      {!connection && error && <ErrorNotice error={error} onRetry={() => void refetch().catch(() => undefined)} />}
      {!connection && !error && <Loading what="Loading the audit log" />}
      {connection && connection.edges.length === 0 && <Empty>Nothing has been recorded yet.</Empty>}
      {connection && connection.edges.length > 0 && (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">Audit events, newest first</caption>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Who</th>
                <th scope="col">What</th>
                <th scope="col">Details</th>
              </tr>
            </thead>
            <tbody>
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
            </tbody>
          </table>
        </div>
      )}
      <LoadMore pageInfo={connection?.pageInfo} networkStatus={networkStatus} fetchMore={fetchMore} />
    </section>
  );
}

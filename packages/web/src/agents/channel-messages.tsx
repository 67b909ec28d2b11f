import { useQuery } from '@apollo/client/react';
import { graphql } from '@licensing/schema/web';
import { formatDateTime } from '../common/format.js';
import { Badge } from '../common/status-badge.js';
import { Empty, ErrorNotice, Loading } from '../common/states.js';
import { LoadMore } from '../common/load-more.js';

const ChannelMessagesQuery = graphql(`
  query ChannelMessages($agentId: ID!, $first: Int!, $after: String) {
    channelMessages(agentId: $agentId, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          text
          reply
          refused
          source
          createdAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const SOURCE_LABELS: Readonly<Record<string, string>> = { CHANNEL: 'Channel', TEST_CHAT: 'Test chat' };

/** What the agent received, refused messages included (nothing is lost while it is unlicensed). */
export function ChannelMessages({ agentId }: { readonly agentId: string }) {
  const { data, error, refetch, fetchMore, networkStatus } = useQuery(ChannelMessagesQuery, {
    variables: { agentId, first: 20 },
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.channelMessages;
  return (
    <section className="card" aria-labelledby="messages-title">
      <h2 id="messages-title">Received messages</h2>
      {!connection && error && <ErrorNotice error={error} onRetry={() => void refetch().catch(() => undefined)} />}
      {!connection && !error && <Loading what="Loading messages" />}
      {connection && connection.edges.length === 0 && <Empty>No message has reached this agent yet.</Empty>}
      {connection && connection.edges.length > 0 && (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">Messages received by the agent, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Received</th>
                <th scope="col">From</th>
                <th scope="col">Message</th>
                <th scope="col">Answer</th>
              </tr>
            </thead>
            <tbody>
              {connection.edges.map(({ node }) => (
                <tr key={node.id}>
                  <td>{formatDateTime(node.createdAt)}</td>
                  <td>{SOURCE_LABELS[node.source] ?? node.source}</td>
                  <td>{node.text === '' ? <span className="muted">(empty)</span> : node.text}</td>
                  <td>{node.refused ? <Badge tone="danger">Refused: not licensed</Badge> : node.reply}</td>
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

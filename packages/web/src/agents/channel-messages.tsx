import { useQuery } from '@apollo/client/react';
import { graphql } from '@licensing/schema/web';
import { formatDateTime } from '../common/format.js';
import { Badge } from '../common/status-badge.js';
import { QueryState } from '../common/query-state.js';
import { LoadMore } from '../common/load-more.js';
import { Table } from '../common/table.js';

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
      <QueryState
        data={connection}
        error={error}
        retry={refetch}
        loading="Loading messages"
        isEmpty={(c) => c.edges.length === 0}
        empty="No message has reached this agent yet."
      >
        {(connection) => (
          <Table caption="Messages received by the agent, newest first" columns={['Received', 'From', 'Message', 'Answer']}>
            {connection.edges.map(({ node }) => (
              <tr key={node.id}>
                <td>{formatDateTime(node.createdAt)}</td>
                <td>{SOURCE_LABELS[node.source] ?? node.source}</td>
                <td>{node.text === '' ? <span className="muted">(empty)</span> : node.text}</td>
                <td>{node.refused ? <Badge tone="danger">Refused: not licensed</Badge> : node.reply}</td>
              </tr>
            ))}
          </Table>
        )}
      </QueryState>
      <LoadMore pageInfo={connection?.pageInfo} networkStatus={networkStatus} fetchMore={fetchMore} />
    </section>
  );
}

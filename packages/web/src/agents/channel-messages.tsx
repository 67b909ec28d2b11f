import { useQuery } from '@apollo/client/react';
import { graphql } from '@licensing/schema/web';
import { formatDateTime } from '../common/format.js';
import { Badge } from '../common/status-badge.js';
import { QueryState } from '../common/query-state.js';
import { LoadMore } from '../common/load-more.js';
import { Table } from '../common/table.js';
import { t as translate } from '../i18n/i18n.js';
import { useT } from '../i18n/use-t.js';

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

const SOURCES = ['CHANNEL', 'TEST_CHAT'] as const;

/** A message's source in words; one this app does not know shows its code. */
function sourceLabel(source: string): string {
  const known = SOURCES.find((s) => s === source);
  return known ? translate(`messages.source.${known}`) : source;
}

/** What the agent received, refused messages included (nothing is lost while it is unlicensed). */
export function ChannelMessages({ agentId }: { readonly agentId: string }) {
  const t = useT();
  const { data, error, refetch, fetchMore, networkStatus } = useQuery(ChannelMessagesQuery, {
    variables: { agentId, first: 20 },
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.channelMessages;
  return (
    <section className="card" aria-labelledby="messages-title">
      <h2 id="messages-title">{t('messages.title')}</h2>
      <QueryState
        data={connection}
        error={error}
        retry={refetch}
        loading={t('messages.loading')}
        isEmpty={(c) => c.edges.length === 0}
        empty={t('messages.empty')}
      >
        {(connection) => (
          <Table
            caption={t('messages.caption')}
            columns={[t('messages.col.received'), t('messages.col.from'), t('messages.col.message'), t('messages.col.answer')]}
          >
            {connection.edges.map(({ node }) => (
              <tr key={node.id}>
                <td>{formatDateTime(node.createdAt)}</td>
                <td>{sourceLabel(node.source)}</td>
                <td>{node.text === '' ? <span className="muted">{t('messages.emptyText')}</span> : node.text}</td>
                <td>{node.refused ? <Badge tone="danger">{t('messages.refused')}</Badge> : node.reply}</td>
              </tr>
            ))}
          </Table>
        )}
      </QueryState>
      <LoadMore pageInfo={connection?.pageInfo} networkStatus={networkStatus} fetchMore={fetchMore} />
    </section>
  );
}

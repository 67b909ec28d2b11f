import { useQuery } from '@apollo/client/react';
import { graphql, type TrustedKeySource } from '@licensing/schema/web';
import { QueryState } from '../common/query-state.js';
import { Table } from '../common/table.js';
import type { MessageKey } from '../i18n/i18n.js';
import { useT } from '../i18n/use-t.js';

const TrustedKeysPageQuery = graphql(`
  query TrustedKeysPage {
    trustedKeys {
      kid
      algorithm
      fingerprint
      source
    }
  }
`);

const SOURCE_KEYS: Readonly<Record<TrustedKeySource, MessageKey>> = {
  ENVIRONMENT_FILE: 'trustedKeys.source.ENVIRONMENT_FILE',
  ENVIRONMENT_INLINE: 'trustedKeys.source.ENVIRONMENT_INLINE',
  DEVELOPMENT_KEY: 'trustedKeys.source.DEVELOPMENT_KEY',
};

/** SPEC 14: the vendor keys license signatures are checked against, to compare with what the vendor says. */
export function TrustedKeysPage() {
  const { data, error, refetch } = useQuery(TrustedKeysPageQuery);
  const t = useT();
  return (
    <section className="page">
      <div className="page__head">
        <h1>{t('page.trusted-keys')}</h1>
      </div>
      <p className="muted">{t('trustedKeys.intro')}</p>
      <QueryState
        data={data}
        error={error}
        retry={refetch}
        loading={t('trustedKeys.loading')}
        isEmpty={(d) => d.trustedKeys.length === 0}
        empty={t('trustedKeys.empty')}
      >
        {(d) => (
          <Table
            caption={t('trustedKeys.caption')}
            columns={[t('trustedKeys.col.kid'), t('trustedKeys.col.algorithm'), t('trustedKeys.col.fingerprint'), t('trustedKeys.col.source')]}
          >
            {d.trustedKeys.map((key) => (
              <tr key={key.kid}>
                <td>{key.kid}</td>
                <td>{key.algorithm}</td>
                <td>
                  <code>{key.fingerprint}</code>
                </td>
                <td>{t(SOURCE_KEYS[key.source])}</td>
              </tr>
            ))}
          </Table>
        )}
      </QueryState>
    </section>
  );
}

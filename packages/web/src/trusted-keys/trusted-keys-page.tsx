import { useQuery } from '@apollo/client/react';
import { graphql, type TrustedKeySource } from '@licensing/schema/web';
import { QueryState } from '../common/query-state.js';
import { Table } from '../common/table.js';

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

const SOURCE_LABELS: Readonly<Record<TrustedKeySource, string>> = {
  ENVIRONMENT_FILE: 'LICENSE_TRUSTED_KEYS (file)',
  ENVIRONMENT_INLINE: 'LICENSE_TRUSTED_KEYS (inline)',
  DEVELOPMENT_KEY: 'Development key made by this server',
};

/** SPEC 14: the vendor keys license signatures are checked against, to compare with what the vendor says. */
export function TrustedKeysPage() {
  const { data, error, refetch } = useQuery(TrustedKeysPageQuery);
  return (
    <section className="page">
      <div className="page__head">
        <h1>Trusted keys</h1>
      </div>
      <p className="muted">
        License packages are accepted only when signed by one of these vendor keys. Compare each fingerprint (RFC 7638 JWK thumbprint) with the one your vendor
        gives you.
      </p>
      <QueryState data={data} error={error} retry={refetch} loading="Loading trusted keys" isEmpty={(d) => d.trustedKeys.length === 0} empty="No trusted key.">
        {(d) => (
          <Table caption="Trusted vendor keys" columns={['Key id', 'Algorithm', 'Fingerprint', 'Source']}>
            {d.trustedKeys.map((key) => (
              <tr key={key.kid}>
                <td>{key.kid}</td>
                <td>{key.algorithm}</td>
                <td>
                  <code>{key.fingerprint}</code>
                </td>
                <td>{SOURCE_LABELS[key.source]}</td>
              </tr>
            ))}
          </Table>
        )}
      </QueryState>
    </section>
  );
}

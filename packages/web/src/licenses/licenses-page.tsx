import { useQuery } from '@apollo/client/react';
import { graphql, type FragmentType } from '@licensing/schema/web';
import { lazy, Suspense, useState } from 'react';
import { useCurrentUser } from '../auth/session.js';
import { BindDialog, type BindDialogLicenseFragment } from '../binding/bind-dialog.js';
import { QueryState } from '../common/query-state.js';
import { InstanceId } from './instance-id.js';
import { LicenseFilterBar, licensesCsvPath, useLicenseFilters } from './license-filters.js';
import { LicenseTable } from './license-table.js';
import { UploadPanel } from './upload-panel.js';
import { LoadMore, PAGE_SIZE } from '../common/load-more.js';
import { formatNumber } from '../common/format.js';
import { useT } from '../i18n/use-t.js';
import { Loading } from '../common/states.js';

// Loaded apart: the drawing is not needed for the first paint and keeps the initial bundle in budget.
const PlatformCoverage = lazy(() => import('../timeline/platform-coverage.js').then((m) => ({ default: m.PlatformCoverage })));

const LicensesPageQuery = graphql(`
  query LicensesPage($first: Int!, $after: String, $status: LicenseStatus, $type: LicenseType) {
    platform {
      instanceId
    }
    licenses(first: $first, after: $after, status: $status, type: $type) {
      totalCount
      edges {
        cursor
        node {
          id
          ...LicenseRow_license
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** Licenses: upload, the certificates with filters and paging, binding, and the instance id. */
export function LicensesPage() {
  const t = useT();
  const user = useCurrentUser();
  const [filters, setFilters] = useLicenseFilters();
  const [binding, setBinding] = useState<FragmentType<typeof BindDialogLicenseFragment> | null>(null);
  const { data, error, refetch, fetchMore, networkStatus } = useQuery(LicensesPageQuery, {
    variables: { first: PAGE_SIZE, ...filters },
    notifyOnNetworkStatusChange: true,
  });
  const canManage = user.can('MANAGE_LICENSES');
  const connection = data?.licenses;
  const filtered = filters.status !== null || filters.type !== null;

  return (
    <section className="page">
      <div className="page__head">
        <h1>{t('page.licenses')}</h1>
        {data && <InstanceId instanceId={data.platform.instanceId} />}
      </div>
      {canManage ? <UploadPanel /> : <p className="muted">{t('licenses.readOnly')}</p>}
      <Suspense fallback={<Loading what={t('coverage.loading')} />}>
        <PlatformCoverage />
      </Suspense>

      <LicenseFilterBar filters={filters} onChange={setFilters}>
        <a className="button button--small" href={licensesCsvPath(filters)} download>
          {t('common.exportCsv')}
        </a>
        {connection && (
          <p className="muted filters__count" role="status">
            {t('licenses.showing', { shown: formatNumber(connection.edges.length), total: formatNumber(connection.totalCount) })}
          </p>
        )}
      </LicenseFilterBar>

      <QueryState
        data={connection}
        error={error}
        retry={refetch}
        loading={t('licenses.loading')}
        isEmpty={(c) => c.edges.length === 0}
        empty={filtered ? <p>{t('licenses.noMatch')}</p> : <p>{canManage ? t('licenses.none.manager') : t('licenses.none.reader')}</p>}
      >
        {(connection) => (
          <LicenseTable caption={t('licenses.table.caption')} licenses={connection.edges.map((e) => e.node)} onBind={canManage ? setBinding : undefined} />
        )}
      </QueryState>
      <LoadMore pageInfo={connection?.pageInfo} networkStatus={networkStatus} fetchMore={fetchMore} />
      {binding && <BindDialog license={binding} onClose={() => setBinding(null)} />}
    </section>
  );
}

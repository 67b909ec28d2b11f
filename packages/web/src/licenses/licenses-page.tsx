import { useQuery } from '@apollo/client/react';
import { graphql, type FragmentType, type LicenseStatus, type LicenseType } from '@licensing/schema/web';
import { useState } from 'react';
import { useCurrentUser } from '../auth/session.js';
import { BindDialog, type BindDialogLicenseFragment } from '../binding/bind-dialog.js';
import { LICENSE_STATUS_LOOK } from '../common/status-badge.js';
import { QueryState } from '../common/query-state.js';
import { InstanceId } from './instance-id.js';
import { LICENSE_TYPE_LABELS } from './license-labels.js';
import { LicenseTable } from './license-table.js';
import { UploadPanel } from './upload-panel.js';
import { LoadMore } from '../common/load-more.js';

const PAGE_SIZE = 25;

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

const STATUSES = Object.keys(LICENSE_STATUS_LOOK) as LicenseStatus[];
const TYPES = Object.keys(LICENSE_TYPE_LABELS) as LicenseType[];

/** Licenses: upload, the certificates with filters and paging, binding, and the instance id. */
export function LicensesPage() {
  const user = useCurrentUser();
  const [status, setStatus] = useState<LicenseStatus | null>(null);
  const [type, setType] = useState<LicenseType | null>(null);
  const [binding, setBinding] = useState<FragmentType<typeof BindDialogLicenseFragment> | null>(null);
  const { data, error, refetch, fetchMore, networkStatus } = useQuery(LicensesPageQuery, {
    variables: { first: PAGE_SIZE, status, type },
    notifyOnNetworkStatusChange: true,
  });
  const canManage = user.can('MANAGE_LICENSES');
  const connection = data?.licenses;
  const filtered = status !== null || type !== null;

  return (
    <section className="page">
      <div className="page__head">
        <h1>Licenses</h1>
        {data && <InstanceId instanceId={data.platform.instanceId} />}
      </div>
      {canManage ? <UploadPanel /> : <p className="muted">Your role can read licenses; uploading and binding are for license managers and admins.</p>}

      <div className="filters" role="group" aria-label="Filter certificates">
        <div className="field field--inline">
          <label htmlFor="license-status-filter">Status</label>
          <select id="license-status-filter" value={status ?? ''} onChange={(e) => setStatus(e.target.value === '' ? null : (e.target.value as LicenseStatus))}>
            <option value="">All statuses</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {LICENSE_STATUS_LOOK[s].label}
              </option>
            ))}
          </select>
        </div>
        <div className="field field--inline">
          <label htmlFor="license-type-filter">Type</label>
          <select id="license-type-filter" value={type ?? ''} onChange={(e) => setType(e.target.value === '' ? null : (e.target.value as LicenseType))}>
            <option value="">All types</option>
            {TYPES.map((t) => (
              <option key={t} value={t}>
                {LICENSE_TYPE_LABELS[t]}
              </option>
            ))}
          </select>
        </div>
        {connection && (
          <p className="muted filters__count" role="status">
            Showing {connection.edges.length} of {connection.totalCount}
          </p>
        )}
      </div>

      <QueryState
        data={connection}
        error={error}
        retry={refetch}
        loading="Loading the certificates"
        isEmpty={(c) => c.edges.length === 0}
        empty={
          filtered ? (
            <p>No certificate matches these filters.</p>
          ) : (
            <p>No license has been uploaded yet. {canManage ? 'Upload the .lcs package your vendor sent above.' : 'Ask a license manager to upload one.'}</p>
          )
        }
      >
        {(connection) => <LicenseTable caption="License certificates" licenses={connection.edges.map((e) => e.node)} onBind={canManage ? setBinding : undefined} />}
      </QueryState>
      <LoadMore pageInfo={connection?.pageInfo} networkStatus={networkStatus} fetchMore={fetchMore} />
      {binding && <BindDialog license={binding} onClose={() => setBinding(null)} />}
    </section>
  );
}

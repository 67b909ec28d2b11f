import { getFragmentData, graphql, type FragmentType } from '@licensing/schema/web';
import type { BindDialogLicenseFragment } from '../binding/bind-dialog.js';
import { formatDateTime } from '../common/format.js';
import { LicenseStatusBadge } from '../common/status-badge.js';
import { Link, pathFor } from '../router/router.js';
import { coverageText, licenseModeLabel, licenseTypeLabel, validityText } from './license-labels.js';
import { useT } from '../i18n/use-t.js';
import { Table } from '../common/table.js';

export const LicenseRowFragment = graphql(`
  fragment LicenseRow_license on License {
    id
    type
    mode
    validityDays
    permanent
    licensee
    orderId
    status
    autoGranted
    startsAt
    queued
    endsAt
    activateBy
    uploadedAt
    agent {
      id
      name
      deleted
    }
    ...BindDialog_license
  }
`);

type LicenseRef = FragmentType<typeof LicenseRowFragment>;

interface LicenseRowProps {
  readonly license: LicenseRef;
  /** Present when the user may bind: offered on unused agent certificates. */
  readonly onBind?: (license: FragmentType<typeof BindDialogLicenseFragment>) => void;
}

interface BoundToFacts {
  readonly type: string;
  readonly agent?: { readonly id: string; readonly name: string; readonly deleted: boolean } | null;
}

function BoundTo({ license }: { readonly license: BoundToFacts }) {
  const t = useT();
  // A deleted agent has no page to open; its name stays, marked.
  if (license.agent?.deleted)
    return (
      <span>
        {license.agent.name} <span className="muted">{t('licenses.deleted')}</span>
      </span>
    );
  if (license.agent) return <Link to={pathFor({ name: 'agent', id: license.agent.id })}>{license.agent.name}</Link>;
  if (license.type === 'AGENT') return <span className="muted">{t('licenses.notBound')}</span>;
  return <span>{t('licenses.thePlatform')}</span>;
}

export function LicenseRow({ license: ref, onBind }: LicenseRowProps) {
  const t = useT();
  const license = getFragmentData(LicenseRowFragment, ref);
  const bindable = onBind && license.type === 'AGENT' && license.status === 'UNUSED';
  return (
    <tr>
      <td>
        <code className="license-id">{license.id}</code>
        {license.autoGranted && <span className="tag">{t('licenses.autoGranted')}</span>}
        {license.orderId && <div className="muted small">{t('licenses.order', { orderId: license.orderId })}</div>}
      </td>
      <td>{licenseTypeLabel(license.type)}</td>
      <td>{licenseModeLabel(license.mode)}</td>
      <td>{validityText(license)}</td>
      <td>{license.licensee}</td>
      <td>
        <BoundTo license={license} />
      </td>
      <td>
        <LicenseStatusBadge status={license.status} />
      </td>
      <td>{coverageText(license)}</td>
      <td>{formatDateTime(license.uploadedAt)}</td>
      <td>
        {bindable && (
          <button type="button" className="button button--small" onClick={() => onBind(license)}>
            {t('licenses.bindButton')}
          </button>
        )}
      </td>
    </tr>
  );
}

/** The certificates table. */
export function LicenseTable({
  licenses,
  onBind,
  caption,
}: {
  readonly licenses: readonly LicenseRef[];
  readonly onBind?: LicenseRowProps['onBind'];
  readonly caption: string;
}) {
  const t = useT();
  const columns = (['certificate', 'type', 'mode', 'validity', 'licensee', 'boundTo', 'status', 'coverage', 'uploaded'] as const).map((c) =>
    t(`licenses.col.${c}`),
  );
  return (
    <Table caption={caption} columns={columns} actions>
      {licenses.map((ref, i) => (
        <LicenseRow key={i} license={ref} onBind={onBind} />
      ))}
    </Table>
  );
}

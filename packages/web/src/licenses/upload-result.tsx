import { getFragmentData, graphql, type FragmentType } from '@licensing/schema/web';
import type { PackageProblem } from '../api/api-error.js';
import { t } from '../i18n/i18n.js';
import { useT } from '../i18n/use-t.js';
import { LicenseStatusBadge } from '../common/status-badge.js';
import { coverageText, licenseTypeLabel, validityText } from './license-labels.js';
import { problemText } from './problem-text.js';

export const UploadResultLicenseFragment = graphql(`
  fragment UploadResult_license on License {
    id
    type
    permanent
    validityDays
    autoGranted
    status
    startsAt
    queued
    endsAt
    activateBy
  }
`);

export type UploadOutcome =
  | {
      readonly kind: 'imported';
      readonly imported: readonly FragmentType<typeof UploadResultLicenseFragment>[];
      readonly skipped: readonly FragmentType<typeof UploadResultLicenseFragment>[];
    }
  | { readonly kind: 'refused'; readonly message: string; readonly problems: readonly PackageProblem[] };

/** "Certificate 3 (index 2, id “abc”)" or "The whole file": where a problem is, in words. */
export function problemPlace(problem: Pick<PackageProblem, 'index' | 'certificateId'>): string {
  if (problem.index === null) return t('upload.place.file');
  const values = { number: problem.index + 1, index: problem.index, id: problem.certificateId };
  return problem.certificateId ? t('upload.place.certificate', values) : t('upload.place.certificateNoId', values);
}

function LicenseLine({ license: ref }: { readonly license: FragmentType<typeof UploadResultLicenseFragment> }) {
  const t = useT();
  const license = getFragmentData(UploadResultLicenseFragment, ref);
  return (
    <li>
      <code>{license.id}</code>: {t('upload.line', { type: licenseTypeLabel(license.type), validity: validityText(license).toLowerCase() })}{' '}
      <LicenseStatusBadge status={license.status} /> <span className="muted">{coverageText(license)}</span>
      {license.type === 'AGENT' && license.status === 'UNUSED' && <span> {t('upload.bindHint')}</span>}
    </li>
  );
}

/** What an upload did, in words: what was imported, what was skipped, or every problem that refused it. */
export function UploadResultView({ fileName, outcome }: { readonly fileName: string; readonly outcome: UploadOutcome }) {
  const t = useT();
  if (outcome.kind === 'refused') {
    return (
      <div className="upload-result upload-result--refused" role="alert">
        <h3>{t('upload.refused.title', { file: fileName })}</h3>
        <p>{outcome.problems.length > 0 ? t('upload.refused.count', { count: outcome.problems.length }) : outcome.message}</p>
        {outcome.problems.length > 0 && (
          <ul className="upload-result__problems">
            {outcome.problems.map((problem, i) => (
              <li key={`${problem.index ?? 'file'}-${i}`}>
                <strong>{problemPlace(problem)}:</strong> {problemText(problem)}
              </li>
            ))}
          </ul>
        )}
      </div>
    );
  }
  const { imported, skipped } = outcome;
  return (
    <div className="upload-result upload-result--ok" role="status">
      <h3>{t('upload.imported.title', { file: fileName, count: imported.length, skipped: skipped.length })}</h3>
      {imported.length > 0 && (
        <>
          <p>{t('upload.imported.list')}</p>
          <ul>
            {imported.map((ref, i) => (
              <LicenseLine key={i} license={ref} />
            ))}
          </ul>
        </>
      )}
      {skipped.length > 0 && (
        <>
          <p>{t('upload.skipped.list', { count: skipped.length })}</p>
          <ul>
            {skipped.map((ref, i) => (
              <LicenseLine key={i} license={ref} />
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

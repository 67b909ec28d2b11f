import { getFragmentData, graphql, type FragmentType } from '@licensing/schema/web';
import type { PackageProblem } from '../api/api-error.js';
import { plural } from '../common/format.js';
import { LicenseStatusBadge } from '../common/status-badge.js';
import { coverageText, LICENSE_TYPE_LABELS, validityText } from './license-labels.js';

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
  if (problem.index === null) return 'The whole file';
  const id = problem.certificateId ? `, id “${problem.certificateId}”` : ', id unreadable';
  return `Certificate ${problem.index + 1} of the file (index ${problem.index}${id})`;
}

function LicenseLine({ license: ref }: { readonly license: FragmentType<typeof UploadResultLicenseFragment> }) {
  const license = getFragmentData(UploadResultLicenseFragment, ref);
  return (
    <li>
      <code>{license.id}</code>: {LICENSE_TYPE_LABELS[license.type]} license, {validityText(license).toLowerCase()}.{' '}
      <LicenseStatusBadge status={license.status} /> <span className="muted">{coverageText(license)}.</span>
      {license.type === 'AGENT' && license.status === 'UNUSED' && <span> Bind it to an agent to activate it.</span>}
    </li>
  );
}

/** What an upload did, in words: what was imported, what was skipped, or every problem that refused it. */
export function UploadResultView({ fileName, outcome }: { readonly fileName: string; readonly outcome: UploadOutcome }) {
  if (outcome.kind === 'refused') {
    return (
      <div className="upload-result upload-result--refused" role="alert">
        <h3>{fileName} was refused; nothing was imported.</h3>
        <p>
          {outcome.problems.length > 0
            ? `${plural(outcome.problems.length, 'problem was', 'problems were')} found. Ask the vendor for a corrected package:`
            : outcome.message}
        </p>
        {outcome.problems.length > 0 && (
          <ul className="upload-result__problems">
            {outcome.problems.map((problem, i) => (
              <li key={`${problem.index ?? 'file'}-${i}`}>
                <strong>{problemPlace(problem)}:</strong> {problem.message}
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
      <h3>
        {fileName}: {plural(imported.length, 'certificate')} imported
        {skipped.length > 0 ? `, ${skipped.length} skipped` : ''}.
      </h3>
      {imported.length > 0 && (
        <>
          <p>Imported:</p>
          <ul>
            {imported.map((ref, i) => (
              <LicenseLine key={i} license={ref} />
            ))}
          </ul>
        </>
      )}
      {skipped.length > 0 && (
        <>
          <p>
            Skipped, because {skipped.length === 1 ? 'it was' : 'they were'} already imported (nothing changed for {skipped.length === 1 ? 'it' : 'them'}):
          </p>
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

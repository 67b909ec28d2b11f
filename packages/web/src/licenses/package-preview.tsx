import { getFragmentData, graphql, type FragmentType, type PackagePreview_PreviewFragment } from '@licensing/schema/web';
import { formatDateTime, plural } from '../common/format.js';
import { LICENSE_TYPE_LABELS, validityText } from './license-labels.js';

export const PackagePreviewFragment = graphql(`
  fragment PackagePreview_preview on PackagePreview {
    certificates {
      id
      type
      validityDays
      permanent
      licensee
      alreadyImported
      startsAt
      endsAt
    }
    platformBefore {
      status
      expiresAt
      permanent
    }
    platformAfter {
      status
      expiresAt
      permanent
    }
  }
`);

type Preview = PackagePreview_PreviewFragment;
type PreviewCertificate = Preview['certificates'][number];
type PlatformState = Preview['platformBefore'];

/** The platform's license in words: "never licensed", "permanent", "expired on …", "until …". */
export function platformStateText(state: PlatformState): string {
  if (state.permanent) return 'permanent';
  if (state.expiresAt === null) return 'never licensed';
  return state.status === 'EXPIRED' ? `expired on ${formatDateTime(state.expiresAt)}` : `until ${formatDateTime(state.expiresAt)}`;
}

/** What importing one certificate would do, in words (SPEC 12). */
export function effectText(certificate: PreviewCertificate): string {
  if (certificate.alreadyImported) return 'Already imported: it will be skipped.';
  if (certificate.type === 'AGENT') return 'Will wait for binding to an agent.';
  if (certificate.startsAt === null) return 'Adds nothing: the platform is already permanent.';
  if (certificate.endsAt === null) return 'Makes the platform permanent.';
  return `Extends the platform to ${formatDateTime(certificate.endsAt)} (from ${formatDateTime(certificate.startsAt)}).`;
}

/** A valid package's preview: the platform before → after and each certificate's effect. */
export function PackagePreviewView({ fileName, preview: ref }: { readonly fileName: string; readonly preview: FragmentType<typeof PackagePreviewFragment> }) {
  const preview = getFragmentData(PackagePreviewFragment, ref);
  const fresh = preview.certificates.filter((c) => !c.alreadyImported).length;
  return (
    <section aria-label="Package preview" className="preview">
      <h3>
        {fileName}: {plural(fresh, 'certificate')} to import, {preview.certificates.length - fresh} already imported.
      </h3>
      <p>
        Platform license: {platformStateText(preview.platformBefore)} → {platformStateText(preview.platformAfter)}
      </p>
      <ul>
        {preview.certificates.map((c) => (
          <li key={c.id}>
            <strong>{c.id}</strong>: {LICENSE_TYPE_LABELS[c.type]} license, {validityText(c)}, for {c.licensee}. {effectText(c)}
          </li>
        ))}
      </ul>
    </section>
  );
}

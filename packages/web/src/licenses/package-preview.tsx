import { getFragmentData, graphql, type FragmentType, type PackagePreview_PreviewFragment } from '@licensing/schema/web';
import { formatDateTime } from '../common/format.js';
import { t } from '../i18n/i18n.js';
import { useT } from '../i18n/use-t.js';
import { licenseTypeLabel, validityText } from './license-labels.js';

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
  if (state.permanent) return t('preview.platform.permanent');
  if (state.expiresAt === null) return t('preview.platform.never');
  return t(state.status === 'EXPIRED' ? 'preview.platform.expiredOn' : 'preview.platform.until', { when: formatDateTime(state.expiresAt) });
}

/** What importing one certificate would do, in words (SPEC 12). */
export function effectText(certificate: PreviewCertificate): string {
  if (certificate.alreadyImported) return t('preview.effect.alreadyImported');
  if (certificate.type === 'AGENT') return t('preview.effect.waitsForBinding');
  if (certificate.startsAt === null) return t('preview.effect.absorbed');
  if (certificate.endsAt === null) return t('preview.effect.permanent');
  return t('preview.effect.extends', { until: formatDateTime(certificate.endsAt), from: formatDateTime(certificate.startsAt) });
}

/** A valid package's preview: the platform before → after and each certificate's effect. */
export function PackagePreviewView({ fileName, preview: ref }: { readonly fileName: string; readonly preview: FragmentType<typeof PackagePreviewFragment> }) {
  const preview = getFragmentData(PackagePreviewFragment, ref);
  const t = useT();
  const fresh = preview.certificates.filter((c) => !c.alreadyImported).length;
  return (
    <section aria-label={t('preview.label')} className="preview">
      <h3>{t('preview.summary', { file: fileName, fresh, skipped: preview.certificates.length - fresh })}</h3>
      <p>{t('preview.platform', { before: platformStateText(preview.platformBefore), after: platformStateText(preview.platformAfter) })}</p>
      <ul>
        {preview.certificates.map((c) => (
          <li key={c.id}>
            <strong>{c.id}</strong>
            {t('preview.certificate', { type: licenseTypeLabel(c.type), validity: validityText(c), licensee: c.licensee, effect: effectText(c) })}
          </li>
        ))}
      </ul>
    </section>
  );
}

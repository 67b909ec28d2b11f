import { getFragmentData, graphql, type FragmentType } from '@licensing/schema/web';
import { Link, pathFor } from '../router/router.js';
import { bannerKey, bannerText, byUrgency, URGENCY_CLASS, urgencyOf } from './urgency.js';
import { useT } from '../i18n/use-t.js';

export const ExpiryBannerFragment = graphql(`
  fragment ExpiryBanner_resource on ExpiringResource {
    resourceType
    resourceId
    name
    status
    expiresAt
    daysLeft
  }
`);

interface BannerListProps {
  readonly resources: readonly FragmentType<typeof ExpiryBannerFragment>[];
  /** Keys (see bannerKey) the user dismissed for this session. */
  readonly dismissed: ReadonlySet<string>;
  readonly onDismiss: (key: string) => void;
}

/** One banner per expired or soon-expiring resource, most urgent first, each saying it in words. */
export function BannerList({ resources, dismissed, onDismiss }: BannerListProps) {
  const t = useT();
  const shown = resources
    .map((ref) => getFragmentData(ExpiryBannerFragment, ref))
    .filter((r) => !dismissed.has(bannerKey(r)))
    .sort(byUrgency);
  if (shown.length === 0) return null;
  return (
    <section className="banners" aria-label={t('banner.label')}>
      <ul className="banners__list">
        {shown.map((resource) => {
          const key = bannerKey(resource);
          const text = bannerText(resource);
          const urgency = urgencyOf(resource);
          const to = pathFor(resource.resourceType === 'PLATFORM' ? { name: 'licenses' } : { name: 'agent', id: resource.resourceId });
          return (
            <li key={key} className={`banner ${URGENCY_CLASS[urgency]}`} data-urgency={urgency}>
              <Link to={to} className="banner__text">
                {text} <span className="banner__action">{resource.resourceType === 'PLATFORM' ? t('banner.renew') : t('banner.openAgent')}</span>
              </Link>
              <button type="button" className="banner__dismiss" onClick={() => onDismiss(key)} aria-label={t('banner.dismissLabel', { text })}>
                {t('banner.dismiss')}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

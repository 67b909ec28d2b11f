import { getFragmentData, graphql, type FragmentType } from '@licensing/schema/web';
import { useCurrentUser } from '../auth/session.js';
import { useLogout } from '../auth/use-logout.js';
import { formatDateTime } from '../common/format.js';
import { InstanceId } from '../licenses/instance-id.js';
import { UploadPanel } from '../licenses/upload-panel.js';
import { Trans } from '../i18n/trans.js';
import { LocaleSwitcher } from '../i18n/locale-switcher.js';
import { useT } from '../i18n/use-t.js';

export const RenewalPagePlatformFragment = graphql(`
  fragment RenewalPage_platform on Platform {
    status
    expiresAt
    instanceId
  }
`);

/**
 * SPEC 6: while the platform license is not active, this is the whole app: what happened, when, and
 * the upload right here. The gate above shows the app again as soon as an upload makes it active.
 */
export function RenewalPage({ platform: ref }: { readonly platform: FragmentType<typeof RenewalPagePlatformFragment> }) {
  const platform = getFragmentData(RenewalPagePlatformFragment, ref);
  const t = useT();
  const user = useCurrentUser();
  const { logout, loading } = useLogout();
  const neverActivated = platform.status === 'UNLICENSED' || platform.expiresAt == null;
  return (
    <main className="renewal">
      <div className="renewal__card card">
        {neverActivated ? (
          <>
            <h1>{t('renewal.never.title')}</h1>
            <p>{t('renewal.never.text')}</p>
          </>
        ) : (
          <>
            <h1>{t('renewal.expired.title')}</h1>
            <p>
              <Trans id="renewal.expired.text" values={{ when: formatDateTime(platform.expiresAt!) }} components={{ 0: <strong /> }} />
            </p>
          </>
        )}
        <p>{t('renewal.instanceIdIntro')}</p>
        <InstanceId instanceId={platform.instanceId} />
        {user.can('MANAGE_LICENSES') ? <UploadPanel /> : <p className="notice notice--info">{t('renewal.cannotUpload')}</p>}
        <p className="renewal__signout">
          {t('common.signedInAs', { email: user.email })}{' '}
          <button type="button" className="button button--link" onClick={() => void logout()} disabled={loading}>
            {t('common.signOut')}
          </button>{' '}
          <LocaleSwitcher />
        </p>
      </div>
    </main>
  );
}

import { getFragmentData, graphql, type FragmentType } from '@licensing/schema/web';
import { useCurrentUser } from '../auth/session.js';
import { useLogout } from '../auth/use-logout.js';
import { formatDateTime } from '../common/format.js';
import { InstanceId } from '../licenses/instance-id.js';
import { UploadPanel } from '../licenses/upload-panel.js';

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
  const user = useCurrentUser();
  const { logout, loading } = useLogout();
  const neverActivated = platform.status === 'UNLICENSED' || platform.expiresAt == null;
  return (
    <main className="renewal">
      <div className="renewal__card card">
        {neverActivated ? (
          <>
            <h1>This platform has not been activated</h1>
            <p>Its license was never activated. Upload a license package from your vendor to activate it.</p>
          </>
        ) : (
          <>
            <h1>The platform license has expired</h1>
            <p>
              The platform license expired on <strong>{formatDateTime(platform.expiresAt!)}</strong>. Renew it: upload a new license package from your vendor.
              Until then the platform cannot be managed; licensed agents keep answering their channels.
            </p>
          </>
        )}
        <p>Your vendor issues packages for this installation's instance id:</p>
        <InstanceId instanceId={platform.instanceId} />
        {user.can('MANAGE_LICENSES') ? (
          <UploadPanel />
        ) : (
          <p className="notice notice--info">Your role cannot upload licenses. Ask a license manager or an admin to upload the package.</p>
        )}
        <p className="renewal__signout">
          Signed in as {user.email}.{' '}
          <button type="button" className="button button--link" onClick={() => void logout()} disabled={loading}>
            Sign out
          </button>
        </p>
      </div>
    </main>
  );
}

import { useQuery } from '@apollo/client/react';
import { graphql } from '@licensing/schema/web';
import { useEffect, useRef, type ReactNode } from 'react';
import type { ApiEvents } from '../api/api-events.js';
import { QueryState } from '../common/query-state.js';
import { useUpload } from '../licenses/upload-context.js';
import { RenewalPage } from '../renewal/renewal-page.js';
import { useT } from '../i18n/use-t.js';

const PlatformGateQuery = graphql(`
  query PlatformGate {
    platform {
      status
      ...RenewalPage_platform
    }
  }
`);

const RENEWAL_POLL_MS = 30_000;

/**
 * SPEC 6: while the platform is not ACTIVE the app is nothing but the renewal page. Any
 * PLATFORM_LICENSE_INACTIVE answer (the license ran out while the app was open) re-asks the platform's
 * state, which flips this gate; a successful upload refetches it and flips it back.
 */
export function PlatformGate({ events, children }: { readonly events: ApiEvents; readonly children: ReactNode }) {
  const t = useT();
  const { data, error, refetch, startPolling, stopPolling } = useQuery(PlatformGateQuery);
  const known = data !== undefined;
  const active = data?.platform.status === 'ACTIVE';
  // An old upload result (say, a refused package from weeks ago) must not greet the admin on the
  // renewal page when the license runs out; the result of an upload made there survives the flip back.
  const upload = useUpload();
  const wasActive = useRef(active);
  useEffect(() => {
    if (wasActive.current && known && !active) upload.reset();
    wasActive.current = active;
  }, [known, active, upload]);
  // The renewal page has no live events of its own: a package uploaded elsewhere (another tab, another
  // admin) is noticed by asking again now and then.
  useEffect(() => {
    if (!known || active) return;
    startPolling(RENEWAL_POLL_MS);
    return () => stopPolling();
  }, [known, active, startPolling, stopPolling]);
  useEffect(
    () =>
      events.subscribe((event) => {
        if (event === 'platform-inactive') void refetch().catch(() => undefined);
      }),
    [events, refetch],
  );
  if (data) return data.platform.status === 'ACTIVE' ? <>{children}</> : <RenewalPage platform={data.platform} />;
  return (
    <main className="page">
      <QueryState data={data} error={error} retry={refetch} loading={t('gate.loadingPlatform')}>
        {() => null}
      </QueryState>
    </main>
  );
}

import { useMutation } from '@apollo/client/react';
import { graphql } from '@licensing/schema/web';
import { refetchAfter, type RootField } from '../api/stale-fields.js';
import { useApiAction } from '../api/use-api-action.js';

export const BindAgentLicenseMutation = graphql(`
  mutation BindAgentLicense($licenseId: ID!, $agentId: ID!) {
    bindAgentLicense(licenseId: $licenseId, agentId: $agentId) {
      id
      ...LicenseRow_license
    }
  }
`);

/**
 * What a binding changes besides the license itself (which the answer updates in the cache): the agent's
 * expiry (the dialog's agent list shows the new date) and coverage (its page), filtered license lists,
 * and the banners.
 */
const AFTER_BIND: readonly RootField[] = ['agents', 'agent', 'licenses', 'expiringResources'];

/** Binds an unused agent license to an agent: final, activates it now (SPEC 3.3). */
export function useBindAgentLicense() {
  const [mutate] = useMutation(BindAgentLicenseMutation);
  const { run, loading, error } = useApiAction();
  const bind = async (licenseId: string, agentId: string): Promise<boolean> =>
    (await run(() => mutate({ variables: { licenseId, agentId }, ...refetchAfter(AFTER_BIND) }))).ok;
  return { bind, loading, error };
}

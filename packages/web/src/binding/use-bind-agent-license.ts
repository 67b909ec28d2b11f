import { useMutation } from '@apollo/client/react';
import { graphql } from '@licensing/schema/web';
import { activeQueryNames } from '../api/active-queries.js';
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
 * expiry (the dialog's agent list shows the new date), filtered license lists, and the banners.
 */
const AFTER_BIND = ['BindDialogAgents', 'LicensesPage', 'ExpiringBanners'];

/** Binds an unused agent license to an agent: final, activates it now (SPEC 3.3). */
export function useBindAgentLicense() {
  const [mutate, { client }] = useMutation(BindAgentLicenseMutation);
  const { run, loading, error } = useApiAction();
  const bind = async (licenseId: string, agentId: string): Promise<boolean> =>
    (await run(() => mutate({ variables: { licenseId, agentId }, refetchQueries: activeQueryNames(client, AFTER_BIND), awaitRefetchQueries: true }))).ok;
  return { bind, loading, error };
}

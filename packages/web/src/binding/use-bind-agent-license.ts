import { useMutation } from '@apollo/client/react';
import { graphql } from '@licensing/schema/web';
import { useState } from 'react';
import { activeQueryNames } from '../api/active-queries.js';
import { errorMessage } from '../api/error-message.js';

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
  const [mutate, { loading, client }] = useMutation(BindAgentLicenseMutation);
  const [error, setError] = useState<string | null>(null);
  const bind = async (licenseId: string, agentId: string): Promise<boolean> => {
    setError(null);
    try {
      await mutate({ variables: { licenseId, agentId }, refetchQueries: activeQueryNames(client, AFTER_BIND), awaitRefetchQueries: true });
      return true;
    } catch (e) {
      setError(errorMessage(e));
      return false;
    }
  };
  return { bind, loading, error };
}

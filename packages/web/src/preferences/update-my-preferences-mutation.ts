import { graphql } from '@licensing/schema/web';

// A module of its own so the header can save the locale without pulling the preferences hooks into the first download.
export const UpdateMyPreferencesMutation = graphql(`
  mutation UpdateMyPreferences($input: UpdateMyPreferencesInput!) {
    updateMyPreferences(input: $input) {
      id
      emailReminders
      locale
    }
  }
`);

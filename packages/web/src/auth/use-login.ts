import { useMutation } from '@apollo/client/react';
import { graphql } from '@licensing/schema/web';
import { apiErrorCode } from '../api/api-error.js';
import { errorMessage } from '../api/error-message.js';
import { useApiAction } from '../api/use-api-action.js';
import { t } from '../i18n/i18n.js';
import { useSession } from './session.js';

// Named SignIn: the error link leaves this operation's UNAUTHENTICATED (a wrong password) to the form.
const SignInMutation = graphql(`
  mutation SignIn($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      user {
        ...Session_user
      }
    }
  }
`);

/** At sign-in, UNAUTHENTICATED means wrong credentials, not a lost session. */
function signInError(error: unknown): string {
  return apiErrorCode(error) === 'UNAUTHENTICATED' ? t('error.UNAUTHENTICATED.login') : errorMessage(error);
}

/** Signs in; the server sets the HttpOnly session cookie, and the token in the answer is not kept. */
export function useLogin() {
  const { signedIn } = useSession();
  const [mutate, { client }] = useMutation(SignInMutation);
  const { run, loading, error } = useApiAction(signInError);
  const login = async (email: string, password: string): Promise<boolean> => {
    const result = await run(async () => {
      const { data } = await mutate({ variables: { email, password } });
      // A fresh cache for the new user (an earlier user's data must not show).
      await client.clearStore();
      return data;
    });
    if (!result.ok || !result.value) return false;
    signedIn(result.value.login.user);
    return true;
  };
  return { login, loading, error };
}

import { useMutation } from '@apollo/client/react';
import { graphql } from '@licensing/schema/web';
import { useState } from 'react';
import { errorMessage } from '../api/error-message.js';
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

/** Signs in; the server sets the HttpOnly session cookie, and the token in the answer is not kept. */
export function useLogin() {
  const { signedIn } = useSession();
  const [mutate, { loading, client }] = useMutation(SignInMutation);
  const [error, setError] = useState<string | null>(null);
  const login = async (email: string, password: string): Promise<boolean> => {
    setError(null);
    try {
      const { data } = await mutate({ variables: { email, password } });
      if (!data) return false;
      // A fresh cache for the new user (an earlier user's data must not show).
      await client.clearStore();
      signedIn(data.login.user);
      return true;
    } catch (e) {
      setError(errorMessage(e));
      return false;
    }
  };
  return { login, loading, error };
}

import { useMutation } from '@apollo/client/react';
import { graphql } from '@licensing/schema/web';
import { navigate } from '../router/router.js';
import { useSession } from './session.js';

const SignOutMutation = graphql(`
  mutation SignOut {
    logout
  }
`);

/** Ends the session on the server (the cookie is cleared) and forgets everything cached. */
export function useLogout() {
  const { signedOut } = useSession();
  const [mutate, { loading }] = useMutation(SignOutMutation);
  const logout = async (): Promise<void> => {
    try {
      await mutate();
    } catch {
      // Signing out locally is still right when the server cannot be reached or the session already ended.
    }
    await signedOut(null);
    navigate('/sign-in', { replace: true });
  };
  return { logout, loading };
}

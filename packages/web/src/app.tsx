import { useEffect, useState, type FormEvent } from 'react';
import { graphql } from './graphql-fetch.js';

interface Me {
  email: string;
  role: string;
}

/** Sign-in and the signed-in user; the admin SPA grows from here. */
export function App() {
  const [me, setMe] = useState<Me | null | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    graphql<{ me: Me }>('{ me { email role } }').then((result) => setMe(result.data?.me ?? null));
  }, []);

  async function signIn(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const result = await graphql<{ login: { user: Me } }>(
      'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { user { email role } } }',
      { email: form.get('email'), password: form.get('password') },
    );
    setError(result.error);
    if (result.data) setMe(result.data.login.user);
  }

  async function signOut() {
    await graphql('mutation { logout }');
    setMe(null);
  }

  if (me === undefined) return <p>Loading…</p>;
  if (me === null) {
    return (
      <main>
        <h1>License management</h1>
        <form onSubmit={signIn}>
          <label>
            Email <input name="email" type="email" autoComplete="username" required />
          </label>
          <label>
            Password <input name="password" type="password" autoComplete="current-password" required />
          </label>
          <button type="submit">Sign in</button>
          {error && <p role="alert">{error}</p>}
        </form>
      </main>
    );
  }
  return (
    <main>
      <h1>License management</h1>
      <p>
        Signed in as {me.email} ({me.role}).
      </p>
      <button onClick={signOut}>Sign out</button>
    </main>
  );
}

import { useState, type FormEvent } from 'react';
import { FormError } from '../common/states.js';
import { navigate } from '../router/router.js';
import { useLogin } from './use-login.js';

/** The sign-in form; every other page needs a session. */
export function SignInPage({ next, notice }: { readonly next: string | null; readonly notice: string | null }) {
  const { login, loading, error } = useLogin();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (await login(email.trim(), password)) navigate(next ?? '/licenses', { replace: true });
  };

  return (
    <main className="sign-in">
      <form className="card sign-in__card" onSubmit={submit} aria-labelledby="sign-in-title">
        <h1 id="sign-in-title">License management</h1>
        <p className="muted">Sign in to manage this platform's licenses and agents.</p>
        {notice && (
          <p className="notice notice--info" role="status">
            {notice}
          </p>
        )}
        <div className="field">
          <label htmlFor="sign-in-email">Email</label>
          <input
            id="sign-in-email"
            name="email"
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            autoFocus
          />
        </div>
        <div className="field">
          <label htmlFor="sign-in-password">Password</label>
          <input
            id="sign-in-password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </div>
        <FormError message={error} />
        <button type="submit" className="button button--primary button--wide" disabled={loading}>
          {loading ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </main>
  );
}

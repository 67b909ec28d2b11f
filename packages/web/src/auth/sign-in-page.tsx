import { useState, type FormEvent } from 'react';
import { FormError } from '../common/states.js';
import { navigate } from '../router/router.js';
import { useLogin } from './use-login.js';
import { LocaleSwitcher } from '../i18n/locale-switcher.js';
import { useT } from '../i18n/use-t.js';

/** The sign-in form; every other page needs a session. */
export function SignInPage({ next, notice }: { readonly next: string | null; readonly notice: string | null }) {
  const t = useT();
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
        <LocaleSwitcher className="locale-switcher sign-in__locale" />
        <h1 id="sign-in-title">{t('app.name')}</h1>
        <p className="muted">{t('signIn.intro')}</p>
        {notice && (
          <p className="notice notice--info" role="status">
            {notice}
          </p>
        )}
        <div className="field">
          <label htmlFor="sign-in-email">{t('signIn.email')}</label>
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
          <label htmlFor="sign-in-password">{t('signIn.password')}</label>
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
          {loading ? t('signIn.submitting') : t('term.signIn')}
        </button>
      </form>
    </main>
  );
}

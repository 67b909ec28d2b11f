import { useQuery } from '@apollo/client/react';
import { graphql, type Locale } from '@licensing/schema/web';
import { useState } from 'react';
import { useCurrentUser } from '../auth/session.js';
import { QueryState } from '../common/query-state.js';
import { FormError } from '../common/states.js';
import { useUpdateMyPreferences } from './use-update-my-preferences.js';

const TEXT = {
  title: 'Preferences',
  loading: 'Loading your preferences',
  mail: 'Reminder mails',
  emailReminders: 'Email me license reminders and expiries',
  notConfigured: 'Email is not configured on this server: no reminder is mailed until an administrator sets it up.',
  notRecipient: 'Reminder mails go to admins and license managers only.',
  language: 'Language',
  languageHint: 'For your mails and the app.',
  saved: 'Saved.',
};

/** Each language in its own words, so anyone can find theirs. */
export const LOCALE_NAMES: Readonly<Record<Locale, string>> = {
  en: 'English',
  zh_CN: '中文',
};

export const PreferencesPageQuery = graphql(`
  query PreferencesPage {
    me {
      id
      emailReminders
      locale
    }
    emailConfigured
  }
`);

/** Preferences (everyone signed in): reminder mails on or off, and the language. Each change saves at once. */
export function PreferencesPage() {
  const { data, error, refetch } = useQuery(PreferencesPageQuery);
  const { update, loading, error: saveError } = useUpdateMyPreferences();
  const [saved, setSaved] = useState(false);
  const user = useCurrentUser();
  const save = async (input: Parameters<typeof update>[0]) => {
    setSaved(false);
    setSaved(await update(input));
  };
  return (
    <section className="page">
      <h1>{TEXT.title}</h1>
      <QueryState data={data} error={error} retry={refetch} loading={TEXT.loading}>
        {({ me, emailConfigured }) => (
          <div className="card">
            <h2>{TEXT.mail}</h2>
            {!emailConfigured && (
              <p className="notice notice--info" role="note">
                {TEXT.notConfigured}
              </p>
            )}
            <label className="checkbox">
              <input type="checkbox" checked={me.emailReminders} disabled={loading} onChange={(e) => void save({ emailReminders: e.target.checked })} />{' '}
              {TEXT.emailReminders}
            </label>
            {!user.can('MANAGE_LICENSES') && <p className="muted">{TEXT.notRecipient}</p>}
            <h2>{TEXT.language}</h2>
            <div className="field">
              <label htmlFor="preferences-locale">{TEXT.language}</label>
              <select id="preferences-locale" value={me.locale} disabled={loading} onChange={(e) => void save({ locale: e.target.value as Locale })}>
                {(Object.keys(LOCALE_NAMES) as Locale[]).map((locale) => (
                  <option key={locale} value={locale} lang={locale.replace('_', '-')}>
                    {LOCALE_NAMES[locale]}
                  </option>
                ))}
              </select>
              <p className="muted small">{TEXT.languageHint}</p>
            </div>
            <FormError message={saveError} />
            <p role="status">{saved ? TEXT.saved : ''}</p>
          </div>
        )}
      </QueryState>
    </section>
  );
}

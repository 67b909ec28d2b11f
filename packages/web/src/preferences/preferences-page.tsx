import { useQuery } from '@apollo/client/react';
import { graphql, type Locale } from '@licensing/schema/web';
import { useState } from 'react';
import { useCurrentUser } from '../auth/session.js';
import { QueryState } from '../common/query-state.js';
import { FormError } from '../common/states.js';
import { activateLocale, rememberLocale } from '../i18n/i18n.js';
import { useLocale, useT } from '../i18n/use-t.js';
import { fromApiLocale, toApiLocale } from '../i18n/user-locale.js';
import { useUpdateMyPreferences } from './use-update-my-preferences.js';

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
  const t = useT();
  // Until the user chooses, the select shows the language the app is in (the browser's).
  const activeLocale = useLocale();
  const save = async (input: Parameters<typeof update>[0]) => {
    setSaved(false);
    setSaved(await update(input));
  };
  const chooseLocale = (locale: Locale) => {
    // The app follows at once, like the header's switcher; the saved choice is for mails and the next sign-in.
    const appLocale = fromApiLocale(locale) ?? 'en';
    rememberLocale(appLocale);
    void activateLocale(appLocale);
    void save({ locale });
  };
  return (
    <section className="page">
      <h1>{t('page.preferences')}</h1>
      <QueryState data={data} error={error} retry={refetch} loading={t('preferences.loading')}>
        {({ me, emailConfigured }) => (
          <div className="card">
            <h2>{t('preferences.mail')}</h2>
            {!emailConfigured && (
              <p className="notice notice--info" role="note">
                {t('preferences.notConfigured')}
              </p>
            )}
            <label className="checkbox">
              <input type="checkbox" checked={me.emailReminders} disabled={loading} onChange={(e) => void save({ emailReminders: e.target.checked })} />{' '}
              {t('preferences.emailReminders')}
            </label>
            {!user.can('MANAGE_LICENSES') && <p className="muted">{t('preferences.notRecipient')}</p>}
            <h2>{t('preferences.language')}</h2>
            <div className="field">
              <label htmlFor="preferences-locale">{t('preferences.language')}</label>
              <select
                id="preferences-locale"
                value={me.locale ?? toApiLocale(activeLocale)}
                disabled={loading}
                onChange={(e) => chooseLocale(e.target.value as Locale)}
              >
                {(Object.keys(LOCALE_NAMES) as Locale[]).map((locale) => (
                  <option key={locale} value={locale} lang={locale.replace('_', '-')}>
                    {LOCALE_NAMES[locale]}
                  </option>
                ))}
              </select>
              <p className="muted small">{t('preferences.languageHint')}</p>
            </div>
            <FormError message={saveError} />
            <p role="status">{saved ? t('preferences.saved') : ''}</p>
          </div>
        )}
      </QueryState>
    </section>
  );
}

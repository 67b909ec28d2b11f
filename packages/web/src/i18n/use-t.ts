import { LinguiContext } from '@lingui/react';
import { useContext, useMemo } from 'react';
import { i18n, t, type Locale } from './i18n.js';

/**
 * The active locale's `t` for a component; the component renders again when the locale changes.
 * Outside an I18nProvider (component tests that do not choose a locale) it reads the English default.
 */
export function useT(): typeof t {
  const context = useContext(LinguiContext);
  const locale = context?.i18n.locale;
  // A new function per locale, so effects and memos that use it follow a switch.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `locale` is the dependency that matters: `t` reads the shared instance.
  return useMemo((): typeof t => (key, values) => t(key, values), [locale]);
}

/** The active locale, following switches. */
export function useLocale(): Locale {
  const context = useContext(LinguiContext);
  return (context?.i18n.locale ?? i18n.locale) as Locale;
}

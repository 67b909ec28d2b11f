import { useId } from 'react';
import { activateLocale, isLocale, LOCALES, rememberLocale, type Locale } from './i18n.js';
import { useLocale, useT } from './use-t.js';

/**
 * Changes the language at once and remembers it in this browser (header, sign-in and renewal pages);
 * `onChosen` lets the signed-in header also save it as the user's own.
 */
export function LocaleSwitcher({ className = 'locale-switcher', onChosen }: { readonly className?: string; readonly onChosen?: (locale: Locale) => void }) {
  const t = useT();
  const locale = useLocale();
  const id = useId();
  return (
    <span className={className}>
      <label htmlFor={id} className="visually-hidden">
        {t('locale.label')}
      </label>
      <select
        id={id}
        value={locale}
        onChange={(e) => {
          const next = e.target.value;
          if (!isLocale(next)) return;
          rememberLocale(next);
          void activateLocale(next);
          onChosen?.(next);
        }}
      >
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {t(`locale.${l}`)}
          </option>
        ))}
      </select>
    </span>
  );
}

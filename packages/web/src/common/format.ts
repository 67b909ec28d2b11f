import { i18n } from '../i18n/i18n.js';

// Dates are shown in the active locale and the reader's time zone; instants come from the API as ISO strings, or
// are computed in ms since the epoch.
const formats = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat>();

function cached<F extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat>(key: string, make: (locale: string) => F): F {
  const locale = i18n.locale;
  let format = formats.get(`${locale}|${key}`);
  if (!format) {
    format = make(locale);
    formats.set(`${locale}|${key}`, format);
  }
  return format as F;
}

/** "Mar 3, 2027" / "2027年3月3日". */
export function formatDate(instant: string | number): string {
  return cached('date', (l) => new Intl.DateTimeFormat(l, { dateStyle: 'medium' })).format(new Date(instant));
}

/** "Mar 3, 2027, 2:05 PM" / "2027年3月3日 14:05": license expiries are instants, so the time matters. */
export function formatDateTime(instant: string | number): string {
  return cached('date-time', (l) => new Intl.DateTimeFormat(l, { dateStyle: 'medium', timeStyle: 'short' })).format(new Date(instant));
}

/** "1,234" / "1,234". */
export function formatNumber(value: number): string {
  return cached('number', (l) => new Intl.NumberFormat(l)).format(value);
}

/** "in 6 days" / "6天后", "tomorrow" is never said: a count reads the same in every row. */
export function formatInDays(days: number): string {
  return cached('in-days', (l) => new Intl.RelativeTimeFormat(l, { numeric: 'always' })).format(days, 'day');
}

// Dates are shown in the reader's locale and time zone; instants come from the API as ISO strings, or
// are computed in ms since the epoch.
const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const dateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** "3 Mar 2027" (locale-dependent). */
export function formatDate(instant: string | number): string {
  return dateFormat.format(new Date(instant));
}

/** "3 Mar 2027, 14:05" (locale-dependent): license expiries are instants, so the time matters. */
export function formatDateTime(instant: string | number): string {
  return dateTimeFormat.format(new Date(instant));
}

/** "1 day", "6 days". */
export function pluralDays(days: number): string {
  return days === 1 ? '1 day' : `${days} days`;
}

/** "1 certificate", "3 certificates". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

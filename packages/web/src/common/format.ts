// Dates are shown in the reader's locale and time zone; instants come from the API as ISO strings.
const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const dateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** "3 Mar 2027" (locale-dependent). */
export function formatDate(iso: string): string {
  return dateFormat.format(new Date(iso));
}

/** "3 Mar 2027, 14:05" (locale-dependent): license expiries are instants, so the time matters. */
export function formatDateTime(iso: string): string {
  return dateTimeFormat.format(new Date(iso));
}

/** "1 day", "6 days". */
export function pluralDays(days: number): string {
  return days === 1 ? '1 day' : `${days} days`;
}

/** "1 certificate", "3 certificates". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

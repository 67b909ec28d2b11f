import { UUID_PATTERN } from '@licensing/lcs';

/** True for ids this server makes; anything else cannot name a row, so lookups skip the database. */
export function isUuid(value: string): boolean {
  return UUID_PATTERN.test(value);
}

/** `id` when it is a UUID; otherwise throws `notFound(id)`, since no row can have it. */
export function requireUuid(id: string, notFound: (id: string) => Error): string {
  if (!isUuid(id)) throw notFound(id);
  return id;
}

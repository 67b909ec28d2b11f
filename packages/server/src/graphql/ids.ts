const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True for ids this server makes; anything else cannot name a row, so lookups skip the database. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

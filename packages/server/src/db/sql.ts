import type { EntityManager, Knex } from '@mikro-orm/postgresql';

/**
 * MikroORM makes node-postgres return timestamps as text (it hydrates entities itself), so raw rows get
 * their timestamp columns — by this schema's naming, `*_at` and `activate_by` — turned into Dates here.
 */
const isTimestampColumn = (name: string): boolean => name.endsWith('_at') || name === 'activate_by';

function withDates<T extends object>(row: Record<string, unknown>): T {
  for (const [key, value] of Object.entries(row)) {
    if (typeof value === 'string' && isTimestampColumn(key)) row[key] = new Date(value);
  }
  return row as T;
}

/**
 * Runs SQL on the EntityManager's connection, inside its transaction when it has one. Used where a
 * set-based statement beats the unit of work: bulk imports, row locks, joined list pages.
 * Parameters are bound (`?` becomes `$n`), never spliced into the text: a 10 000-certificate import
 * sends megabytes as one parameter. Lists travel as one JSON parameter (`?::jsonb`), since knex would
 * expand an array into a list of parameters.
 */
export async function sql<T extends object = Record<string, unknown>>(em: EntityManager, text: string, params: readonly unknown[] = []): Promise<T[]> {
  const knex = em.getTransactionContext<Knex.Transaction>() ?? em.getConnection().getKnex();
  const result = (await knex.raw(text, [...params] as Knex.RawBinding[])) as { rows: Record<string, unknown>[] };
  return result.rows.map((row) => withDates<T>(row));
}

export function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && (error as { code: unknown }).code === '23505';
}

import type { EntityManager, Knex } from '@mikro-orm/postgresql';

/** Which columns of a row arrive as timestamps; named by each query, never guessed from names. */
export interface SqlOptions<T> {
  readonly dates?: readonly (keyof T)[];
}

/**
 * Runs SQL on the EntityManager's connection, inside its transaction when it has one. Only owning
 * repositories call it, where a set-based statement beats the unit of work: bulk imports, row locks,
 * joined list pages. Columns are aliased to the entity's property names (`expires_at AS "expiresAt"`),
 * so rows are typed from the entity. MikroORM makes node-postgres return timestamps as text (it
 * hydrates entities itself), so each query lists its timestamp columns in `dates`.
 * Parameters are bound (`?` becomes `$n`), never spliced into the text: a 10 000-certificate import
 * sends megabytes as one parameter. Lists travel as one JSON parameter (`?::jsonb`), since knex would
 * expand an array into a list of parameters.
 */
export async function sql<T extends object = Record<string, unknown>>(
  em: EntityManager,
  text: string,
  params: readonly unknown[] = [],
  options: SqlOptions<T> = {},
): Promise<T[]> {
  const knex = em.getTransactionContext<Knex.Transaction>() ?? em.getConnection().getKnex();
  const result = (await knex.raw(text, [...params] as Knex.RawBinding[])) as { rows: Record<string, unknown>[] };
  const dates = (options.dates ?? []) as readonly string[];
  if (dates.length > 0) {
    for (const row of result.rows) {
      for (const key of dates) {
        const value = row[key];
        if (typeof value === 'string') row[key] = new Date(value);
      }
    }
  }
  return result.rows as T[];
}

/** `count(*)` arrives as text (a bigint); one place turns it into a number. */
export async function count(em: EntityManager, text: string, params: readonly unknown[] = []): Promise<number> {
  const [row] = await sql<{ total: string }>(em, text, params);
  return Number(row?.total ?? 0);
}

export function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === '23505';
}

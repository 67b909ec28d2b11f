import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from '../../db/sql.js';

/** The `license_clock` and `clock_incident` tables: the only code that reads or writes them. */
export const clockRepository = {
  async read(em: EntityManager): Promise<Date> {
    const [row] = await sql<{ highWater: Date }>(em, 'SELECT high_water AS "highWater" FROM license_clock WHERE id = 1', [], { dates: ['highWater'] });
    if (!row) throw new Error('the license_clock row is missing');
    return row.highWater;
  },

  /**
   * Moves the mark to `at` if that is later and returns the new mark, or null when it was already at
   * or past `at` (then nothing is written or locked). GREATEST in the statement itself, so replicas
   * advancing at once never move it back.
   */
  async advance(em: EntityManager, at: Date): Promise<Date | null> {
    const [row] = await sql<{ highWater: Date }>(
      em,
      'UPDATE license_clock SET high_water = GREATEST(high_water, ?) WHERE id = 1 AND high_water < ? RETURNING high_water AS "highWater"',
      [at, at],
      { dates: ['highWater'] },
    );
    return row?.highWater ?? null;
  },

  /** Sets the mark to `at`, earlier or later: only the test hook does this (SPEC 14). */
  async reset(em: EntityManager, at: Date): Promise<void> {
    await sql(em, 'UPDATE license_clock SET high_water = ? WHERE id = 1', [at]);
  },

  /** Records the incident at `highWater`; true for the one caller that recorded it first. */
  async claimIncident(em: EntityManager, highWater: Date, observedAt: Date): Promise<boolean> {
    const rows = await sql(em, 'INSERT INTO clock_incident (high_water, observed_at) VALUES (?, ?) ON CONFLICT DO NOTHING RETURNING high_water', [
      highWater,
      observedAt,
    ]);
    return rows.length === 1;
  },
};

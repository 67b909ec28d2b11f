import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from '../../db/sql.js';

export type CounterLabels = Readonly<Record<string, string>>;

export interface CounterRow {
  readonly name: string;
  readonly labels: CounterLabels;
  readonly value: number;
}

/** The `metric_counter` table: the only code that reads or writes it. */
export const metricCounterRepository = {
  /** Adds to one counter, inside the caller's transaction when it has one. */
  async add(em: EntityManager, name: string, labels: CounterLabels, delta: number): Promise<void> {
    await sql(
      em,
      'INSERT INTO metric_counter (name, labels, value) VALUES (?, ?::jsonb, ?) ON CONFLICT (name, labels) DO UPDATE SET value = metric_counter.value + EXCLUDED.value',
      [name, JSON.stringify(labels), delta],
    );
  },

  async all(em: EntityManager): Promise<CounterRow[]> {
    const rows = await sql<{ name: string; labels: CounterLabels; value: string }>(em, 'SELECT name, labels, value FROM metric_counter');
    return rows.map((r) => ({ name: r.name, labels: r.labels, value: Number(r.value) }));
  },
};

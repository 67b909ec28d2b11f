import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { Transaction } from '../../db/transaction.js';
import { metricCounterRepository, type CounterLabels, type CounterRow } from './metric-counter.repository.js';

/**
 * Business counters shared by every replica (SPEC 13: the same values whichever replica answers).
 * Rare events (uploads) add to the database inside their own transaction, so a rolled-back change counts
 * nothing. Hot paths (channel messages) count in memory and add the sums every few seconds, before each
 * scrape this replica answers and at shutdown: one UPDATE per label set per interval instead of one per
 * message, at the price of other replicas' last few seconds appearing a little later.
 */
export class MetricCounters {
  private pending = new Map<string, { name: string; labels: CounterLabels; delta: number }>();
  private timer: NodeJS.Timeout | null = null;
  private flushing: Promise<void> = Promise.resolve();

  constructor(
    private readonly em: () => EntityManager,
    private readonly logger: Logger,
  ) {}

  /** Counts in memory; reaches the database with the next flush. */
  add(name: string, labels: CounterLabels, delta = 1): void {
    const key = `${name}\0${JSON.stringify(labels)}`;
    const entry = this.pending.get(key);
    if (entry) entry.delta += delta;
    else this.pending.set(key, { name, labels, delta });
  }

  /** Counts inside a transaction: committed with it, or not at all. */
  addIn(tx: Transaction, name: string, labels: CounterLabels, delta = 1): Promise<void> {
    return metricCounterRepository.add(tx.em, name, labels, delta);
  }

  /** Writes what was counted in memory; one flush at a time. */
  flush(): Promise<void> {
    this.flushing = this.flushing.then(async () => {
      if (this.pending.size === 0) return;
      const batch = [...this.pending.values()];
      this.pending = new Map();
      const em = this.em();
      try {
        await em.transactional(async (tx) => {
          for (const { name, labels, delta } of batch) await metricCounterRepository.add(tx, name, labels, delta);
        });
      } catch (error) {
        for (const { name, labels, delta } of batch) this.add(name, labels, delta);
        this.logger.warn({ err: error }, 'could not write metric counters; will retry');
      }
    });
    return this.flushing;
  }

  /** Every counter, after writing this replica's own. */
  async read(): Promise<CounterRow[]> {
    await this.flush();
    return metricCounterRepository.all(this.em());
  }

  start(intervalMs: number): void {
    this.timer = setInterval(() => void this.flush(), intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.flush();
  }
}

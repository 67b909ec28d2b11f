import type { EntityManager } from '@mikro-orm/postgresql';

type Effect = () => Promise<void> | void;

/**
 * One database transaction and what must happen once it has committed. Code that changes something
 * registers the consequences where it makes the change (`tx.afterCommit(...)`): cache drops, bus
 * messages, expiry events. They run after COMMIT, in registration order, and never after a rollback.
 */
export class Transaction {
  private readonly effects: Effect[] = [];
  private readonly keys = new Set<string>();

  constructor(readonly em: EntityManager) {}

  /**
   * Runs `effect` after the commit. With a `key`, only the first effect registered under it runs: a
   * change touching many rows asks for one cache drop, not one per row.
   */
  afterCommit(effect: Effect, key?: string): void {
    if (key !== undefined) {
      if (this.keys.has(key)) return;
      this.keys.add(key);
    }
    this.effects.push(effect);
  }

  /** @internal Called by `inTransaction` once the commit succeeded. */
  async committed(): Promise<void> {
    for (const effect of this.effects) await effect();
  }
}

/** Runs `work` in a transaction on a fork of `em`, then the after-commit effects it registered. */
export async function inTransaction<T>(em: EntityManager, work: (tx: Transaction) => Promise<T>): Promise<T> {
  let tx: Transaction | undefined;
  const result = await em.transactional((txEm) => work((tx = new Transaction(txEm))));
  await tx?.committed();
  return result;
}

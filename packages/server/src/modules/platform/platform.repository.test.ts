import { beforeAll, describe, expect, it } from 'vitest';
import { inTransaction } from '../../db/transaction.js';
import { databasePerFile, rolledBack } from '../../test-support/repository-database.js';
import { platformRepository } from './platform.repository.js';

const INSTANCE = '11111111-2222-4333-8444-555555555555';
const NOW = new Date('2027-01-01T00:00:00Z');
const LATER = new Date('2027-02-01T00:00:00Z');

const orm = databasePerFile();
beforeAll(() => platformRepository.ensure(orm().em.fork(), INSTANCE, NOW).then(() => undefined));

describe('platformRepository', () => {
  it('makes the row once: a second ensure keeps the first instance id', async () => {
    const again = await platformRepository.ensure(orm().em.fork(), '99999999-2222-4333-8444-555555555555', NOW);
    expect(again).toEqual({ instanceId: INSTANCE, expiresAt: null, permanent: false });
  });

  it('extends the license under the lock, visible in the transaction and gone after a rollback', async () => {
    await rolledBack(orm(), async (tx) => {
      expect(await platformRepository.lock(tx)).toEqual({ instanceId: INSTANCE, expiresAt: null, permanent: false });
      await platformRepository.extendLicense(tx, { expiresAt: LATER, permanent: false });
      expect(await platformRepository.read(tx.em)).toEqual({ instanceId: INSTANCE, expiresAt: LATER, permanent: false });
    });
    expect((await platformRepository.read(orm().em.fork())).expiresAt).toBeNull();
  });

  it('makes a second locker wait until the first commits, then see its extension', async () => {
    const order: string[] = [];
    let releaseFirst!: () => void;
    const firstHolds = new Promise<void>((resolve) => (releaseFirst = resolve));
    let firstLocked!: () => void;
    const locked = new Promise<void>((resolve) => (firstLocked = resolve));
    const first = inTransaction(orm().em.fork(), async (tx) => {
      await platformRepository.lock(tx);
      firstLocked();
      await firstHolds;
      await platformRepository.extendLicense(tx, { expiresAt: LATER, permanent: false });
      order.push('first commits');
    });
    await locked;
    const second = inTransaction(orm().em.fork(), async (tx) => {
      const seen = await platformRepository.lock(tx);
      order.push('second locks');
      await platformRepository.extendLicense(tx, { expiresAt: null, permanent: false });
      return seen;
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    releaseFirst();
    const [, seen] = await Promise.all([first, second]);
    expect(order).toEqual(['first commits', 'second locks']);
    expect(seen.expiresAt).toEqual(LATER);
  });
});

import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DAY_MS } from '@licensing/lcs';
import type { Transaction } from '../../db/transaction.js';
import { databasePerFile, insertAgent, rolledBack } from '../../test-support/repository-database.js';
import { agentRepository } from './agent.repository.js';

const NOW = new Date('2027-01-01T00:00:00Z');
const day = (n: number) => new Date(NOW.getTime() + n * DAY_MS);

const orm = databasePerFile();

const agent = (tx: Transaction, name: string): Promise<string> => insertAgent(tx, name, NOW);

describe('agentRepository', () => {
  it('locks an agent for a license change and extends it; the snapshot follows', async () => {
    await rolledBack(orm(), async (tx) => {
      const id = await agent(tx, 'Ada');
      expect(await agentRepository.lockForLicense(tx, id)).toEqual({ id, name: 'Ada', expiresAt: null, permanent: false, deletedAt: null });
      await agentRepository.extendLicense(tx, id, { expiresAt: day(30), permanent: false });
      expect(await agentRepository.lockForLicense(tx, id)).toMatchObject({ expiresAt: day(30), permanent: false });
      expect(await agentRepository.snapshots(tx.em, id)).toEqual([
        { id, channelToken: `lmc_${id}`, flow: { greeting: 'hi', rules: [], fallback: '?' }, expiresAt: day(30), permanent: false },
      ]);
    });
  });

  it('answers null for an unknown agent', async () => {
    await rolledBack(orm(), async (tx) => {
      expect(await agentRepository.lockForLicense(tx, randomUUID())).toBeNull();
    });
  });

  it('lists live timed agents expiring by t, soonest first: not permanent, deleted or later ones', async () => {
    await rolledBack(orm(), async (tx) => {
      const ids: string[] = [];
      for (const name of ['soon', 'sooner', 'later', 'permanent', 'deleted']) ids.push(await agent(tx, name));
      const [soon, sooner, later, permanent, deleted] = ids;
      await agentRepository.extendLicense(tx, soon!, { expiresAt: day(5), permanent: false });
      await agentRepository.extendLicense(tx, sooner!, { expiresAt: day(-1), permanent: false });
      await agentRepository.extendLicense(tx, later!, { expiresAt: day(40), permanent: false });
      await agentRepository.extendLicense(tx, permanent!, { expiresAt: null, permanent: true });
      await agentRepository.extendLicense(tx, deleted!, { expiresAt: day(2), permanent: false });
      (await agentRepository.lockLive(tx, deleted!))!.deletedAt = NOW;
      await tx.em.flush();
      expect(await agentRepository.expiringBefore(tx.em, day(30))).toEqual([
        { id: sooner, name: 'sooner', expiresAt: day(-1) },
        { id: soon, name: 'soon', expiresAt: day(5) },
      ]);
      expect(await agentRepository.findLive(tx.em, deleted!)).toBeNull();
    });
  });
});

import { describe, expect, it } from 'vitest';
import { DAY_MS } from '@licensing/lcs';
import { databasePerFile, insertAgent, rolledBack } from '../../test-support/repository-database.js';
import { agentRepository } from '../agent/index.js';
import { EXPIRED, reminderRepository, type ReminderKey } from './reminder.repository.js';

const NOW = new Date('2027-01-01T00:00:00Z');
const day = (n: number) => new Date(NOW.getTime() + n * DAY_MS);

const orm = databasePerFile();

describe('reminderRepository', () => {
  it('claims each key once: a second claim, or an overlapping one, returns only what is new', async () => {
    await rolledBack(orm(), async (tx) => {
      const key = (threshold: number): ReminderKey => ({ resourceType: 'AGENT', resourceId: 'a1', expiresAt: day(7), threshold });
      expect(await reminderRepository.claim(tx, [key(7), key(1)], NOW)).toEqual([key(7), key(1)]);
      expect(await reminderRepository.claim(tx, [key(7)], NOW)).toEqual([]);
      expect(await reminderRepository.claim(tx, [key(1), key(EXPIRED)], NOW)).toEqual([key(EXPIRED)]);
    });
  });

  it('finds agents inside the look-ahead, and expired ones only until their EXPIRED event is claimed', async () => {
    await rolledBack(orm(), async (tx) => {
      const ids: string[] = [];
      for (const name of ['soon', 'expired', 'far']) ids.push(await insertAgent(tx, name, NOW));
      const [soon, expired, far] = ids;
      await agentRepository.extendLicense(tx, soon!, { expiresAt: day(3), permanent: false });
      await agentRepository.extendLicense(tx, expired!, { expiresAt: day(-2), permanent: false });
      await agentRepository.extendLicense(tx, far!, { expiresAt: day(90), permanent: false });
      const due = () => reminderRepository.agentsDue(tx.em, NOW, day(30)).then((rows) => rows.map((r) => r.name).sort());
      expect(await due()).toEqual(['expired', 'soon']);
      await reminderRepository.claim(tx, [{ resourceType: 'AGENT', resourceId: expired!, expiresAt: day(-2), threshold: EXPIRED }], NOW);
      expect(await due()).toEqual(['soon']);
    });
  });
});

import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Transaction } from '../../db/transaction.js';
import { databasePerFile, insertAgent, rolledBack } from '../../test-support/repository-database.js';
import { licenseRepository as repo, type NewCertificate } from './license.repository.js';

const NOW = new Date('2027-01-01T00:00:00Z');

const orm = databasePerFile();

const certificate = (id: string, type: NewCertificate['type'] = 'AGENT'): NewCertificate => ({
  id,
  type,
  mode: 'SUBSCRIPTION',
  validityDays: 30,
  permanent: false,
  licensee: 'Acme',
  orderId: null,
  issuer: 'Vendor',
  issuedAt: NOW,
  activateBy: null,
  keyId: null,
  uploadId: null,
  uploadedAt: NOW,
  grantedBy: null,
});

const agent = (tx: Transaction): Promise<string> => insertAgent(tx, 'Ada', NOW);

describe('licenseRepository', () => {
  it('inserts a bulk of certificates in the given order: newest-first pages run backwards through it', async () => {
    await rolledBack(orm(), async (tx) => {
      const ids = Array.from({ length: 1200 }, (_, i) => `cert-${String(1199 - i).padStart(4, '0')}`);
      await repo.insertCertificates(
        tx,
        ids.map((id) => certificate(id)),
      );
      const page = await repo.page(tx.em, {}, NOW, 3, null);
      expect(page.map((r) => r.id)).toEqual(ids.slice(-4).reverse());
      expect(await repo.existingIds(tx.em, [ids[0]!, 'cert-unknown'])).toEqual(new Set([ids[0]]));
      expect(await repo.countByType(tx.em)).toEqual(new Map([['AGENT', 1200]]));
    });
  });

  it('reads a certificate with its activation and agent as camelCase values, dates as Dates', async () => {
    await rolledBack(orm(), async (tx) => {
      const agentId = await agent(tx);
      await repo.insertCertificates(tx, [certificate('cert-bound')]);
      const endsAt = new Date('2027-01-31T00:00:00Z');
      await repo.insertActivations(tx, [{ certificateId: 'cert-bound', agentId, activatedAt: NOW, startsAt: NOW, endsAt }]);
      expect(await repo.lockForBinding(tx, 'cert-bound')).toMatchObject({
        id: 'cert-bound',
        validityDays: 30,
        issuedAt: NOW,
        activatedAt: NOW,
        startsAt: NOW,
        endsAt,
        agentId,
        agentName: 'Ada',
        agentDeletedAt: null,
      });
      expect((await repo.ofAgents(tx.em, [agentId])).map((r) => r.id)).toEqual(['cert-bound']);
      expect(await repo.countOfAgents(tx.em, [agentId, randomUUID()])).toEqual(new Map([[agentId, 1]]));
    });
  });

  it('claims a grant of a window to an agent once (ON CONFLICT), and lists who is still owed it', async () => {
    await rolledBack(orm(), async (tx) => {
      const [first, second] = [await agent(tx), await agent(tx)];
      await repo.insertCertificates(tx, [
        certificate('unlimited', 'PLATFORM_UNLIMITED_AGENTS'),
        { ...certificate('grant-1'), validityDays: null, grantedBy: 'unlimited' },
      ]);
      const later = new Date(NOW.getTime() + 1000);
      expect(await repo.agentsOwedGrant(tx.em, 'unlimited', later, null)).toEqual([first, second]);
      expect(await repo.claimGrant(tx, 'unlimited', first, 'grant-1')).toBe(true);
      expect(await repo.claimGrant(tx, 'unlimited', first, 'grant-1')).toBe(false);
      expect(await repo.agentsOwedGrant(tx.em, 'unlimited', later, null)).toEqual([second]);
      expect(await repo.agentsOwedGrant(tx.em, 'unlimited', later, [first])).toEqual([]);
    });
  });
});

import { describe, expect, it } from 'vitest';
import type { Certificate as VerifiedCertificate, CertificateType, Validity } from '@licensing/lcs';
import { UNLICENSED } from '../expiry/index.js';
import { E, T, d, permanent, timed } from '../expiry/expiry.fixtures.js';
import { planPackage } from './package-plan.rules.js';

const cert = (id: string, type: CertificateType, validity: Validity): VerifiedCertificate => ({
  id,
  type,
  mode: 'SUBSCRIPTION',
  validity,
  licensee: 'ACME',
  orderId: null,
  issuer: 'vendor',
  issuedAt: T,
  activateBy: null,
  keyId: 'k1',
  platformId: 'p',
});
const days = (n: number): Validity => ({ permanent: false, days: n });
const NONE: ReadonlySet<string> = new Set();

describe('planPackage (SPEC 3.1-3.3, 5)', () => {
  it('activates platform types in package order and leaves agent certificates for binding', () => {
    const plan = planPackage(
      [cert('p1', 'PLATFORM', days(30)), cert('a1', 'AGENT', days(10)), cert('u1', 'PLATFORM_UNLIMITED_AGENTS', days(5))],
      UNLICENSED,
      NONE,
      T,
    );
    expect(plan.certificates.map((c) => [c.certificate.id, c.activates, c.window])).toEqual([
      ['p1', true, { startsAt: T, endsAt: d(30) }],
      ['a1', false, null],
      ['u1', true, { startsAt: d(30), endsAt: d(35) }],
    ]);
    expect(plan.platformBefore).toEqual(UNLICENSED);
    expect(plan.platformAfter).toEqual({ expiresAt: d(35), permanent: false });
  });

  it('skips already-imported certificates: no window, no extension', () => {
    const plan = planPackage([cert('p1', 'PLATFORM', days(30)), cert('p2', 'PLATFORM', days(7))], timed, new Set(['p1']), T);
    expect(plan.certificates.map((c) => [c.alreadyImported, c.activates, c.window])).toEqual([
      [true, false, null],
      [false, true, { startsAt: E, endsAt: d(17) }],
    ]);
    expect(plan.platformAfter.expiresAt).toEqual(d(17));
  });

  it('changes nothing when every certificate was already imported', () => {
    const plan = planPackage([cert('p1', 'PLATFORM', days(30))], timed, new Set(['p1']), T);
    expect(plan.platformAfter).toEqual(timed);
  });

  it('stacks after E at E - 1 s and starts at now from E on (the boundary second)', () => {
    const before = planPackage([cert('p1', 'PLATFORM', days(1))], timed, NONE, new Date(E.getTime() - 1000));
    expect(before.certificates[0]!.window).toEqual({ startsAt: E, endsAt: d(11) });
    const atE = planPackage([cert('p1', 'PLATFORM', days(1))], timed, NONE, E);
    expect(atE.certificates[0]!.window).toEqual({ startsAt: E, endsAt: d(11) });
    const after = new Date(E.getTime() + 1000);
    expect(planPackage([cert('p1', 'PLATFORM', days(1))], timed, NONE, after).platformAfter.expiresAt).toEqual(new Date(after.getTime() + 86_400_000));
  });

  it('absorbs timed certificates on a permanent platform (activated, no window)', () => {
    const plan = planPackage([cert('p1', 'PLATFORM', days(30))], permanent, NONE, T);
    expect(plan.certificates[0]).toMatchObject({ activates: true, window: null });
    expect(plan.platformAfter).toEqual(permanent);
  });

  it('makes the platform permanent from now with a permanent certificate', () => {
    const plan = planPackage([cert('p1', 'PLATFORM', { permanent: true }), cert('p2', 'PLATFORM', days(3))], timed, NONE, T);
    expect(plan.certificates.map((c) => c.window)).toEqual([{ startsAt: T, endsAt: null }, null]);
    expect(plan.platformAfter).toEqual(permanent);
  });
});

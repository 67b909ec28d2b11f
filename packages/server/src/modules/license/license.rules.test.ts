import { describe, expect, it } from 'vitest';
import { DAY_MS } from '@licensing/lcs';
import { UNLICENSED } from '../expiry/index.js';
import { E, T, d, permanent, timed } from '../expiry/expiry.fixtures.js';
import {
  activate,
  activateAll,
  bindRefusal,
  certificateStatus,
  isQueued,
  unlimitedAgentsActive,
  unlimitedGrant,
  type CertificateFacts,
} from './license.rules.js';

const days = (n: number) => ({ permanent: false as const, days: n });

describe('activate (SPEC 3.1, 3.2)', () => {
  it('starts at t on an unlicensed resource', () => {
    const result = activate(UNLICENSED, days(30), T);
    expect(result.window).toEqual({ startsAt: T, endsAt: d(30) });
    expect(result.resource).toEqual({ expiresAt: d(30), permanent: false });
    expect(result.extended).toBe(true);
  });

  it('stacks after the current expiry on an active resource (renewing early loses nothing)', () => {
    const result = activate(timed, days(30), T);
    expect(result.window).toEqual({ startsAt: E, endsAt: d(40) });
    expect(result.resource.expiresAt).toEqual(d(40));
  });

  it('stacks after E when activated at E - 1 s, starts at t when activated at E or later', () => {
    const justBefore = new Date(E.getTime() - 1000);
    expect(activate(timed, days(1), justBefore).window?.startsAt).toEqual(E);
    expect(activate(timed, days(1), E).window).toEqual({ startsAt: E, endsAt: d(11) });
    const after = new Date(E.getTime() + 1000);
    expect(activate(timed, days(1), after).window).toEqual({ startsAt: after, endsAt: new Date(after.getTime() + DAY_MS) });
  });

  it('makes the resource permanent from t with a permanent certificate, over a timed one', () => {
    const result = activate(timed, { permanent: true }, T);
    expect(result.window).toEqual({ startsAt: T, endsAt: null });
    expect(result.resource).toEqual(permanent);
  });

  it('records a timed certificate on a permanent resource with no window and no change', () => {
    const result = activate(permanent, days(30), T);
    expect(result.window).toBeNull();
    expect(result.resource).toEqual(permanent);
    expect(result.extended).toBe(false);
  });

  it('applies several certificates in order: two 30-day certificates add 60 days', () => {
    const result = activateAll(UNLICENSED, [days(30), days(30)], T);
    expect(result.resource.expiresAt).toEqual(d(60));
    expect(result.activations.map((a) => a.window)).toEqual([
      { startsAt: T, endsAt: d(30) },
      { startsAt: d(30), endsAt: d(60) },
    ]);
  });
});

const facts = (over: Partial<CertificateFacts>): CertificateFacts => ({
  type: 'AGENT',
  activatedAt: null,
  startsAt: null,
  endsAt: null,
  activateBy: null,
  agentDeletedAt: null,
  ...over,
});

describe('certificateStatus (SPEC 4)', () => {
  it('is UNUSED while unbound, EXPIRED from activateBy on', () => {
    const cert = facts({ activateBy: E });
    expect(certificateStatus(cert, new Date(E.getTime() - 1000))).toBe('UNUSED');
    expect(certificateStatus(cert, E)).toBe('EXPIRED');
    expect(certificateStatus(facts({}), d(1000))).toBe('UNUSED');
  });

  it('is ACTIVATED until its window ends, EXPIRED at the end second', () => {
    const cert = facts({ activatedAt: T, startsAt: T, endsAt: E });
    expect(certificateStatus(cert, new Date(E.getTime() - 1000))).toBe('ACTIVATED');
    expect(certificateStatus(cert, E)).toBe('EXPIRED');
    expect(certificateStatus(cert, new Date(E.getTime() + 1000))).toBe('EXPIRED');
  });

  it('is ACTIVATED for a window that starts later (queued)', () => {
    expect(certificateStatus(facts({ activatedAt: T, startsAt: E, endsAt: d(40) }), T)).toBe('ACTIVATED');
  });

  it('stays ACTIVATED when permanent or absorbed by a permanent resource', () => {
    expect(certificateStatus(facts({ activatedAt: T, startsAt: T, endsAt: null }), d(50_000))).toBe('ACTIVATED');
    expect(certificateStatus(facts({ activatedAt: T }), d(50_000))).toBe('ACTIVATED');
  });

  it('is EXPIRED once its agent is deleted', () => {
    const cert = facts({ activatedAt: T, startsAt: T, endsAt: d(30), agentDeletedAt: d(5) });
    expect(certificateStatus(cert, new Date(d(5).getTime() - 1000))).toBe('ACTIVATED');
    expect(certificateStatus(cert, d(5))).toBe('EXPIRED');
  });
});

describe('bindRefusal (SPEC 3.3)', () => {
  const agent = { deletedAt: null };
  it('allows an unbound agent certificate before activateBy', () => {
    expect(bindRefusal({ type: 'AGENT', activatedAt: null, activateBy: E }, agent, new Date(E.getTime() - 1000))).toBeNull();
  });
  it('refuses at activateBy and after', () => {
    expect(bindRefusal({ type: 'AGENT', activatedAt: null, activateBy: E }, agent, E)).toBe('ACTIVATION_DEADLINE_PASSED');
  });
  it('refuses a second binding, a platform certificate and a deleted agent', () => {
    expect(bindRefusal({ type: 'AGENT', activatedAt: T, activateBy: null }, agent, T)).toBe('ALREADY_BOUND');
    expect(bindRefusal({ type: 'PLATFORM', activatedAt: T, activateBy: null }, agent, T)).toBe('NOT_AGENT_LICENSE');
    expect(bindRefusal({ type: 'PLATFORM_UNLIMITED_AGENTS', activatedAt: T, activateBy: null }, agent, T)).toBe('NOT_AGENT_LICENSE');
    expect(bindRefusal({ type: 'AGENT', activatedAt: null, activateBy: null }, { deletedAt: T }, T)).toBe('AGENT_DELETED');
  });
});

describe('unlimited agents (SPEC 3.4)', () => {
  const window = { startsAt: E, endsAt: d(100) };
  const agent = { expiresAt: null, permanent: false, deletedAt: null, alreadyGranted: false };

  it('grants nothing before the window starts, grants at its first second, nothing at its end', () => {
    expect(unlimitedGrant(window, agent, new Date(E.getTime() - 1000))).toBeNull();
    expect(unlimitedGrant(window, agent, E)).toEqual({ startsAt: E, endsAt: d(100), resource: { expiresAt: d(100), permanent: false } });
    expect(unlimitedGrant(window, agent, d(100))).toBeNull();
  });

  it('grants [now, e) to an agent created inside the window', () => {
    expect(unlimitedGrant(window, agent, d(50))).toEqual({ startsAt: d(50), endsAt: d(100), resource: { expiresAt: d(100), permanent: false } });
  });

  it('keeps a later expiry: the agent expiry becomes max(its expiry, e)', () => {
    const later = { ...agent, expiresAt: d(200) };
    expect(unlimitedGrant(window, later, d(50))?.resource).toEqual({ expiresAt: d(200), permanent: false });
  });

  it('grants once per agent and never to deleted agents', () => {
    expect(unlimitedGrant(window, { ...agent, alreadyGranted: true }, d(50))).toBeNull();
    expect(unlimitedGrant(window, { ...agent, deletedAt: d(1) }, d(50))).toBeNull();
  });

  it('makes agents permanent under a permanent window', () => {
    expect(unlimitedGrant({ startsAt: T, endsAt: null }, agent, d(1))?.resource).toEqual({ expiresAt: null, permanent: true });
  });

  it('says whether any window is open now', () => {
    expect(unlimitedAgentsActive([window], new Date(E.getTime() - 1000))).toBe(false);
    expect(unlimitedAgentsActive([window], E)).toBe(true);
    expect(unlimitedAgentsActive([window], new Date(d(100).getTime() - 1000))).toBe(true);
    expect(unlimitedAgentsActive([window], d(100))).toBe(false);
  });
});

describe('isQueued', () => {
  it('is true until the window starts, false from its first second and without a window', () => {
    expect(isQueued(E, new Date(E.getTime() - 1000))).toBe(true);
    expect(isQueued(E, E)).toBe(false);
    expect(isQueued(null, T)).toBe(false);
  });
});

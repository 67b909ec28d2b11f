import { describe, expect, it } from 'vitest';
import { DAY_MS } from '../common/time.js';
import { bindingEffect } from './binding-effect.js';

const t = Date.parse('2027-01-10T12:00:00Z');
const iso = (ms: number) => new Date(ms).toISOString();
const timed = { validityDays: 30, permanent: false };
const forever = { validityDays: null, permanent: true };
const expiring = (at: number) => ({ expiresAt: iso(at), permanent: false });

describe('bindingEffect', () => {
  it('starts at t on an agent that expired a second before t', () => {
    expect(bindingEffect(expiring(t - 1000), timed, t)).toEqual({
      window: { startsAt: t, endsAt: t + 30 * DAY_MS },
      after: { expiresAt: t + 30 * DAY_MS, permanent: false },
    });
  });

  it('starts at t on an agent that expires exactly at t', () => {
    expect(bindingEffect(expiring(t), timed, t).window).toEqual({ startsAt: t, endsAt: t + 30 * DAY_MS });
  });

  it('queues behind an agent that expires a second after t: renewing early loses no time', () => {
    expect(bindingEffect(expiring(t + 1000), timed, t)).toEqual({
      window: { startsAt: t + 1000, endsAt: t + 1000 + 30 * DAY_MS },
      after: { expiresAt: t + 1000 + 30 * DAY_MS, permanent: false },
    });
  });

  it('starts at t on an agent never licensed', () => {
    expect(bindingEffect({ expiresAt: null, permanent: false }, timed, t).window).toEqual({ startsAt: t, endsAt: t + 30 * DAY_MS });
  });

  it('makes the agent permanent from t with a permanent certificate', () => {
    expect(bindingEffect(expiring(t + DAY_MS), forever, t)).toEqual({ window: { startsAt: t, endsAt: null }, after: { expiresAt: null, permanent: true } });
  });

  it('gives a timed certificate no window on a permanent agent', () => {
    expect(bindingEffect({ expiresAt: null, permanent: true }, timed, t)).toEqual({ window: null, after: { expiresAt: null, permanent: true } });
  });

  it('records a permanent certificate on a permanent agent from t', () => {
    expect(bindingEffect({ expiresAt: null, permanent: true }, forever, t).window).toEqual({ startsAt: t, endsAt: null });
  });
});

import { describe, expect, it } from 'vitest';
import { DAY_MS } from '../common/time.js';
import { REMINDER_THRESHOLDS, timelineDomain, windowStatus } from './timeline-layout.js';

const NOW = Date.parse('2027-01-10T00:00:00Z');
const iso = (ms: number) => new Date(ms).toISOString();

describe('windowStatus', () => {
  const timed = (from: number, to: number) => ({ startsAt: iso(from), endsAt: iso(to), permanent: false });

  it('is queued until its start, current until its end, ended from its end on', () => {
    expect(windowStatus(timed(NOW + 1000, NOW + DAY_MS), NOW)).toBe('QUEUED');
    expect(windowStatus(timed(NOW, NOW + DAY_MS), NOW)).toBe('CURRENT');
    expect(windowStatus(timed(NOW - DAY_MS, NOW + 1000), NOW)).toBe('CURRENT');
    expect(windowStatus(timed(NOW - DAY_MS, NOW), NOW)).toBe('ENDED');
  });

  it('keeps a permanent window current once started', () => {
    expect(windowStatus({ startsAt: iso(NOW - DAY_MS), endsAt: null, permanent: true }, NOW)).toBe('CURRENT');
    expect(windowStatus({ startsAt: iso(NOW + DAY_MS), endsAt: null, permanent: true }, NOW)).toBe('QUEUED');
  });
});

describe('timelineDomain', () => {
  it('spans the windows, now and the first reminder before the expiry, padded', () => {
    const expiry = NOW + 10 * DAY_MS;
    const [from, to] = timelineDomain([{ startsAt: iso(NOW - 5 * DAY_MS), endsAt: iso(expiry), permanent: false }], expiry, NOW);
    // From 35 days before now (45 before the expiry) to the expiry: 45 days, padded by 3 % = 1.35 days.
    expect(from).toBe(expiry - 45 * DAY_MS - 1.35 * DAY_MS);
    expect(to).toBe(expiry + 1.35 * DAY_MS);
  });

  it('pads by at least a day', () => {
    expect(timelineDomain([], null, NOW)).toEqual([NOW - DAY_MS, NOW + DAY_MS]);
  });
});

describe('REMINDER_THRESHOLDS', () => {
  it('is SPEC 7’s schedule', () => {
    expect(REMINDER_THRESHOLDS).toEqual([45, 30, 15, 7, 6, 5, 4, 3, 2, 1]);
  });
});

import { describe, expect, it } from 'vitest';
import { DEFAULT_REMINDER_THRESHOLDS_DAYS as T } from '../../config/config.js';
import { DAY_MS } from '@licensing/lcs';
import { dueThreshold, expiryDue, isExpiringWithin } from './reminder.rules.js';

const E = new Date('2027-06-15T09:30:00Z');
const before = (days: number, seconds = 0) => new Date(E.getTime() - days * DAY_MS - seconds * 1000);

describe('dueThreshold (SPEC 7)', () => {
  it('is null before the 45-day window, 45 from its first second', () => {
    expect(dueThreshold(E, T, before(45, 1))).toBeNull();
    expect(dueThreshold(E, T, before(45))).toBe(45);
  });

  it('switches at each window boundary second', () => {
    const boundaries: [number, number | null, number][] = [
      // [days before E, threshold just before the boundary, threshold at it]
      [30, 45, 30],
      [15, 30, 15],
      [7, 15, 7],
      [6, 7, 6],
      [5, 6, 5],
      [4, 5, 4],
      [3, 4, 3],
      [2, 3, 2],
      [1, 2, 1],
    ];
    for (const [days, justBefore, at] of boundaries) {
      expect(dueThreshold(E, T, before(days, 1))).toBe(justBefore);
      expect(dueThreshold(E, T, before(days))).toBe(at);
    }
  });

  it('keeps the 1-day window until E - 1 s and is null from E on', () => {
    expect(dueThreshold(E, T, new Date(E.getTime() - 1000))).toBe(1);
    expect(dueThreshold(E, T, E)).toBeNull();
    expect(dueThreshold(E, T, new Date(E.getTime() + 1000))).toBeNull();
  });

  it('walks day by day from E - 46 d to E, giving each threshold in turn, once', () => {
    const seen: number[] = [];
    for (let hour = 46 * 24; hour >= 0; hour -= 1) {
      const due = dueThreshold(E, T, new Date(E.getTime() - hour * 3_600_000));
      if (due !== null && seen.at(-1) !== due) seen.push(due);
    }
    expect(seen).toEqual([...T]);
  });

  it('skips a window the server was down for: after E - 30 d only 30 and later are due', () => {
    // Down from E - 46 d to E - 29 d: the 45-day window is never returned again.
    const firstSeen = dueThreshold(E, T, before(29));
    expect(firstSeen).toBe(30);
  });

  it('starts afresh for a renewed expiry', () => {
    const renewed = new Date(E.getTime() + 30 * DAY_MS);
    expect(dueThreshold(E, T, before(3))).toBe(3);
    // 33 days left on the new expiry: inside its 45-day window, whose reminder was never sent.
    expect(dueThreshold(renewed, T, before(3))).toBe(45);
  });

  it('honours configured thresholds', () => {
    expect(dueThreshold(E, [10, 2], before(10))).toBe(10);
    expect(dueThreshold(E, [10, 2], before(2, 1))).toBe(10);
    expect(dueThreshold(E, [10, 2], before(2))).toBe(2);
  });
});

describe('expiryDue and isExpiringWithin', () => {
  it('is due from E on, even late', () => {
    expect(expiryDue(E, new Date(E.getTime() - 1000))).toBe(false);
    expect(expiryDue(E, E)).toBe(true);
    expect(expiryDue(E, before(-400))).toBe(true);
  });

  it('counts a resource as expiring within N days at E - N d, not a second earlier', () => {
    expect(isExpiringWithin(E, 45, before(45))).toBe(true);
    expect(isExpiringWithin(E, 45, before(45, 1))).toBe(false);
    expect(isExpiringWithin(E, 45, before(-10))).toBe(true);
  });
});

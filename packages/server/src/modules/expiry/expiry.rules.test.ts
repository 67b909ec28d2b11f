import { describe, expect, it } from 'vitest';
import { E, T, d, permanent, s, timed } from './expiry.fixtures.js';
import { UNLICENSED, daysLeft, expiryMovedLater, resourceStatus } from './expiry.rules.js';

describe('resourceStatus and daysLeft (SPEC 2)', () => {
  it('is UNLICENSED with no daysLeft before any license', () => {
    expect(resourceStatus(UNLICENSED, T)).toBe('UNLICENSED');
    expect(daysLeft(UNLICENSED, T)).toBeNull();
  });

  it('is ACTIVE at E - 1 s with 1 day left, EXPIRED at E and E + 1 s with 0', () => {
    const at = (offset: number) => new Date(E.getTime() + offset * 1000);
    expect([resourceStatus(timed, at(-1)), daysLeft(timed, at(-1))]).toEqual(['ACTIVE', 1]);
    expect([resourceStatus(timed, at(0)), daysLeft(timed, at(0))]).toEqual(['EXPIRED', 0]);
    expect([resourceStatus(timed, at(1)), daysLeft(timed, at(1))]).toEqual(['EXPIRED', 0]);
  });

  it('rounds days up: exactly 10 days is 10, 10 days + 1 s is 11, 9 days + 1 s is 10', () => {
    expect(daysLeft(timed, T)).toBe(10);
    expect(daysLeft(timed, s(-1))).toBe(11);
    expect(daysLeft(timed, new Date(d(1).getTime() - 1000))).toBe(10);
  });

  it('is ACTIVE with no daysLeft when permanent', () => {
    expect(resourceStatus(permanent, d(100_000))).toBe('ACTIVE');
    expect(daysLeft(permanent, T)).toBeNull();
  });
});

describe('expiryMovedLater', () => {
  it('is true when the expiry moves later by a second or the resource becomes permanent', () => {
    expect(expiryMovedLater(timed, { expiresAt: new Date(E.getTime() + 1000), permanent: false })).toBe(true);
    expect(expiryMovedLater(UNLICENSED, timed)).toBe(true);
    expect(expiryMovedLater(timed, permanent)).toBe(true);
  });
  it('is false when nothing moved later', () => {
    expect(expiryMovedLater(timed, timed)).toBe(false);
    expect(expiryMovedLater(timed, { expiresAt: d(5), permanent: false })).toBe(false);
    expect(expiryMovedLater(permanent, permanent)).toBe(false);
  });
});

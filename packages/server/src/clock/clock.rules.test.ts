import { describe, expect, it } from 'vitest';
import { clockStatus, licenseTime } from './clock.rules.js';

const MARK = new Date('2030-01-12T00:00:00Z');
const before = (seconds: number): Date => new Date(MARK.getTime() - seconds * 1000);
const after = (seconds: number): Date => new Date(MARK.getTime() + seconds * 1000);

describe('licenseTime (SPEC 14: max(clock, high-water))', () => {
  it('is the clock while there is no mark', () => {
    expect(licenseTime(before(10), null)).toEqual(before(10));
  });

  it('is the mark while the clock reads before it, by a second or by a year', () => {
    expect(licenseTime(before(1), MARK)).toEqual(MARK);
    expect(licenseTime(before(365 * 86_400), MARK)).toEqual(MARK);
  });

  it('is the clock from the second it reads the mark on', () => {
    expect(licenseTime(MARK, MARK)).toEqual(MARK);
    expect(licenseTime(after(1), MARK)).toEqual(after(1));
  });

  it('returns a new instant, never one of its arguments', () => {
    const clock = after(5);
    expect(licenseTime(clock, MARK)).not.toBe(clock);
  });
});

describe('clockStatus (SPEC 14: more than the tolerance behind is ROLLED_BACK)', () => {
  it('is OK up to exactly the tolerance behind, ROLLED_BACK one second more', () => {
    expect(clockStatus(before(3600), MARK, 3600)).toBe('OK');
    expect(clockStatus(before(3601), MARK, 3600)).toBe('ROLLED_BACK');
  });

  it('is OK at and after the mark, and without a mark', () => {
    expect(clockStatus(MARK, MARK, 3600)).toBe('OK');
    expect(clockStatus(after(1), MARK, 3600)).toBe('OK');
    expect(clockStatus(before(10 * 86_400), null, 3600)).toBe('OK');
  });

  it('with tolerance 0, flags the first second behind', () => {
    expect(clockStatus(MARK, MARK, 0)).toBe('OK');
    expect(clockStatus(before(1), MARK, 0)).toBe('ROLLED_BACK');
  });
});

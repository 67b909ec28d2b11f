import { describe, expect, it } from 'vitest';
import { formatDateTime } from '../common/format.js';
import { clockBannerText } from './clock-banner.js';

const MARK = '2030-01-12T00:00:00.000Z';
const before = (ms: number): string => new Date(Date.parse(MARK) - ms).toISOString();

describe('clockBannerText (SPEC 14)', () => {
  it('says nothing while the clock is OK', () => {
    expect(clockBannerText({ status: 'OK', highWater: MARK, observedAt: before(1000) })).toBeNull();
  });

  it('says by how many whole days the clock is behind, and when licenses are judged', () => {
    expect(clockBannerText({ status: 'ROLLED_BACK', highWater: MARK, observedAt: before(2 * 86_400_000 + 5_000) })).toBe(
      `The system clock is behind the license clock by 2 days; licenses are judged at ${formatDateTime(MARK)}.`,
    );
  });

  it('counts hours under a day', () => {
    expect(clockBannerText({ status: 'ROLLED_BACK', highWater: MARK, observedAt: before(3_601_000) })).toContain('by 1 hour;');
    expect(clockBannerText({ status: 'ROLLED_BACK', highWater: MARK, observedAt: before(5 * 3_600_000) })).toContain('by 5 hours;');
  });
});

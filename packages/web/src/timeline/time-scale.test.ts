import { describe, expect, it } from 'vitest';
import { timeScale } from './time-scale.js';

const DAY = 86_400_000;
const t0 = Date.parse('2027-01-01T00:00:00Z');

describe('timeScale', () => {
  const x = timeScale([t0, t0 + 100 * DAY], [100, 600]);

  it('maps the ends of the domain to the ends of the range', () => {
    expect(x(t0)).toBe(100);
    expect(x(t0 + 100 * DAY)).toBe(600);
  });

  it('is linear in between: one day is a hundredth of the width', () => {
    expect(x(t0 + DAY)).toBe(105);
    expect(x(t0 + 50 * DAY)).toBe(350);
    expect(x(t0 + 50 * DAY + 1000)).toBeCloseTo(350 + 5 / 86_400, 10);
  });

  it('extrapolates outside the domain', () => {
    expect(x(t0 - 10 * DAY)).toBe(50);
    expect(x(t0 + 110 * DAY)).toBe(650);
  });

  it('can run right to left', () => {
    const reversed = timeScale([t0, t0 + 10 * DAY], [500, 0]);
    expect(reversed(t0)).toBe(500);
    expect(reversed(t0 + 2 * DAY)).toBe(400);
  });

  it('maps a domain of one instant to the middle of the range', () => {
    const point = timeScale([t0, t0], [0, 800]);
    expect(point(t0)).toBe(400);
    expect(point(t0 + DAY)).toBe(400);
  });
});

/** A closed interval [from, to]: instants in milliseconds for a domain, pixels for a range. */
export type Interval = readonly [number, number];

/**
 * A linear scale from instants (ms since the epoch) to x positions: `domain[0]` maps to `range[0]`,
 * `domain[1]` to `range[1]`, and instants outside the domain extrapolate along the same line. A domain
 * of one instant maps everything to the middle of the range (there is no line to draw along).
 * Hand-written: a chart library would cost more bytes than the whole timeline.
 */
export function timeScale(domain: Interval, range: Interval): (instant: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  if (d1 === d0) return () => (r0 + r1) / 2;
  const k = (r1 - r0) / (d1 - d0);
  return (instant) => r0 + (instant - d0) * k;
}

import { licenseTime } from './clock.rules.js';

/** The one source of "now" for every license rule, so tests can move time. */
export interface Clock {
  now(): Date;
}

/**
 * The license clock (SPEC 9, 14): what the system clock reads — which a test hook may freeze at an
 * instant — never earlier than the high-water mark. The mark lives in memory so that the channel's
 * per-message check costs no query; the license-time service keeps it in step with its row.
 */
export class ControllableClock implements Clock {
  private frozenAt: Date | null = null;
  private highWater: Date | null = null;

  /** License time: max(clock, high-water). */
  now(): Date {
    return licenseTime(this.reading(), this.highWater);
  }

  /** What the system clock reads (or the frozen instant), before the high-water mark is applied. */
  reading(): Date {
    return this.frozenAt === null ? new Date() : new Date(this.frozenAt.getTime());
  }

  /** This replica's copy of the high-water mark; null until it is loaded. */
  mark(): Date | null {
    return this.highWater === null ? null : new Date(this.highWater.getTime());
  }

  /** Freezes the reading at `instant`, or returns to the real clock when null. */
  set(instant: Date | null): void {
    this.frozenAt = instant === null ? null : new Date(instant.getTime());
  }

  /** Moves the mark later, never earlier: advances from several sources may arrive in any order. */
  raiseMark(instant: Date): void {
    if (this.highWater === null || instant.getTime() > this.highWater.getTime()) this.highWater = new Date(instant.getTime());
  }

  /** Replaces the mark with the stored one: at start, and after the test hook reset the row. */
  replaceMark(instant: Date): void {
    this.highWater = new Date(instant.getTime());
  }
}

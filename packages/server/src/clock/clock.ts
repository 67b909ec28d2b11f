/** The one source of "now" for every license rule, so tests can move time. */
export interface Clock {
  now(): Date;
}

/** The real clock, which a test hook may freeze at an instant (SPEC 9). */
export class ControllableClock implements Clock {
  private frozenAt: Date | null = null;

  now(): Date {
    return this.frozenAt === null ? new Date() : new Date(this.frozenAt.getTime());
  }

  /** Freezes time at `instant`, or returns to the real clock when null. */
  set(instant: Date | null): void {
    this.frozenAt = instant === null ? null : new Date(instant.getTime());
  }
}

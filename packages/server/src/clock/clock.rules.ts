/** SPEC 14: whether the system clock agrees with the license clock. */
export type ClockStatus = 'OK' | 'ROLLED_BACK';

/**
 * SPEC 14: the instant licenses are judged at, max(clock, high-water). A clock set back never gives a
 * license time back; a clock that moves on carries license time with it. No mark yet: the clock.
 */
export function licenseTime(clock: Date, highWater: Date | null): Date {
  return new Date(highWater === null ? clock.getTime() : Math.max(clock.getTime(), highWater.getTime()));
}

/**
 * SPEC 14: ROLLED_BACK when the clock reads more than `toleranceSeconds` before the high-water mark.
 * The tolerance absorbs ordinary clock corrections (NTP steps, replicas a little apart).
 */
export function clockStatus(clock: Date, highWater: Date | null, toleranceSeconds: number): ClockStatus {
  if (highWater === null) return 'OK';
  return highWater.getTime() - clock.getTime() > toleranceSeconds * 1000 ? 'ROLLED_BACK' : 'OK';
}

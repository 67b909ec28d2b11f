import type { ServerProcess } from './process.js';

/** One server process of a multi-replica test, on a database shared with the others. */
export interface Replica {
  readonly url: string;
  readonly process: ServerProcess;
}

/** The server's default REMINDER_THRESHOLDS_DAYS (SPEC 7). */
export const REMINDER_THRESHOLDS = [45, 30, 15, 7, 6, 5, 4, 3, 2, 1];

/** Thresholds a walk starting `daysLeft` days before expiry meets: the window it starts in, and each later one. */
export function expectedThresholds(daysLeft: number): number[] {
  const first = [...REMINDER_THRESHOLDS].reverse().find((t) => t >= daysLeft);
  return first === undefined ? [...REMINDER_THRESHOLDS] : REMINDER_THRESHOLDS.filter((t) => t <= first);
}

import { DAILY_REMINDER_DAYS, REMINDER_DAYS } from '../banners/urgency.js';
import { DAY_MS } from '../common/time.js';
import type { Interval } from './time-scale.js';

/** Where a window stands at `now`: over, running, or waiting behind the current expiry (SPEC 3.1). */
export type WindowStatus = 'ENDED' | 'CURRENT' | 'QUEUED';

interface WindowFacts {
  readonly startsAt: string;
  readonly endsAt?: string | null;
  readonly permanent: boolean;
}

export function windowStatus(window: WindowFacts, now: number): WindowStatus {
  if (Date.parse(window.startsAt) > now) return 'QUEUED';
  if (!window.permanent && window.endsAt != null && Date.parse(window.endsAt) <= now) return 'ENDED';
  return 'CURRENT';
}

/** SPEC 7's reminders, in days before the expiry: 45, 30, 15, then 7, 6, …, 1. */
export const REMINDER_THRESHOLDS: readonly number[] = [...REMINDER_DAYS, ...Array.from({ length: DAILY_REMINDER_DAYS }, (_, i) => DAILY_REMINDER_DAYS - i)];

/**
 * The span of time the timeline shows: every window's start and end, now, and the expiry with its first
 * reminder, padded by 3 % (at least a day) so that no marker sits on the edge.
 */
export function timelineDomain(windows: readonly WindowFacts[], expiresAt: number | null, now: number): Interval {
  const instants = [now];
  for (const window of windows) {
    instants.push(Date.parse(window.startsAt));
    if (window.endsAt != null) instants.push(Date.parse(window.endsAt));
  }
  if (expiresAt !== null) instants.push(expiresAt - REMINDER_DAYS[0] * DAY_MS, expiresAt);
  const from = Math.min(...instants);
  const to = Math.max(...instants);
  const pad = Math.max((to - from) * 0.03, DAY_MS);
  return [from - pad, to + pad];
}

import { DAY_MS } from '../common/time.js';

interface ResourceFacts {
  readonly expiresAt?: string | null;
  readonly permanent: boolean;
}

interface LicenseFacts {
  readonly validityDays?: number | null;
  readonly permanent: boolean;
}

/** What binding a certificate at an instant would do, as the server will compute it. */
export interface BindingEffect {
  /** The certificate's window; null when a permanent agent absorbs a timed certificate. endsAt null: forever. */
  readonly window: { readonly startsAt: number; readonly endsAt: number | null } | null;
  /** The agent afterwards: its expiry (null when permanent) and whether it is permanent. */
  readonly after: { readonly expiresAt: number | null; readonly permanent: boolean };
}

/**
 * SPEC 3.1 / 3.2 for the bind dialog's "before → after", the same arithmetic as the server's
 * `activate` (license.rules.ts): a timed certificate bound at `at` on an agent expiring at E covers
 * [max(at, E), + days) (E taken as `at` when unlicensed or expired); a permanent one makes the agent
 * permanent from `at`; a timed one on a permanent agent gets no window. A preview only: the server
 * decides at the instant of the binding.
 */
export function bindingEffect(agent: ResourceFacts, license: LicenseFacts, at: number): BindingEffect {
  if (agent.permanent) return { window: license.permanent ? { startsAt: at, endsAt: null } : null, after: { expiresAt: null, permanent: true } };
  if (license.permanent) return { window: { startsAt: at, endsAt: null }, after: { expiresAt: null, permanent: true } };
  const expiry = agent.expiresAt == null ? null : Date.parse(agent.expiresAt);
  const startsAt = expiry !== null && expiry > at ? expiry : at;
  const endsAt = startsAt + (license.validityDays ?? 0) * DAY_MS;
  return { window: { startsAt, endsAt }, after: { expiresAt: endsAt, permanent: false } };
}

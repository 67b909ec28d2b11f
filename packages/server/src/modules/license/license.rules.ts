import { DAY_MS } from '@licensing/lcs';
import type { ResourceLicense } from '../expiry/index.js';

/**
 * SPEC 3-4 as pure functions: every certificate decision is computed here from stored facts and `now`.
 * No ORM, no I/O. (SPEC 2, a resource's status, is `expiry/expiry.rules.ts`.)
 */
export type CertificateStatus = 'UNUSED' | 'ACTIVATED' | 'EXPIRED';

export type CertificateValidity = { readonly permanent: true } | { readonly permanent: false; readonly days: number };

/** The result of applying one certificate to a resource. */
export interface Activation {
  /** The certificate's window; null when absorbed by a permanent resource (SPEC 3.2). */
  readonly window: { readonly startsAt: Date; readonly endsAt: Date | null } | null;
  readonly resource: ResourceLicense;
  /** True when the resource's expiry moved later (or it became permanent). */
  readonly extended: boolean;
}

/**
 * SPEC 3.1 / 3.2: a timed certificate activated at t starts at max(t, E) (E taken as t when the resource
 * is unlicensed or expired) and lasts its days; a permanent one makes the resource permanent from t; a
 * timed one on a permanent resource is recorded with no window.
 */
export function activate(resource: ResourceLicense, validity: CertificateValidity, at: Date): Activation {
  if (resource.permanent) {
    return {
      window: validity.permanent ? { startsAt: at, endsAt: null } : null,
      resource,
      extended: false,
    };
  }
  if (validity.permanent) {
    return { window: { startsAt: at, endsAt: null }, resource: { expiresAt: null, permanent: true }, extended: true };
  }
  const base = resource.expiresAt !== null && resource.expiresAt.getTime() > at.getTime() ? resource.expiresAt : at;
  const endsAt = new Date(base.getTime() + validity.days * DAY_MS);
  return { window: { startsAt: base, endsAt }, resource: { expiresAt: endsAt, permanent: false }, extended: true };
}

/** Applies certificates one after another, in order (platform certificates in upload order, SPEC 3.3). */
export function activateAll(
  resource: ResourceLicense,
  validities: readonly CertificateValidity[],
  at: Date,
): { readonly activations: readonly Activation[]; readonly resource: ResourceLicense } {
  const activations: Activation[] = [];
  let current = resource;
  for (const validity of validities) {
    const activation = activate(current, validity, at);
    activations.push(activation);
    current = activation.resource;
  }
  return { activations, resource: current };
}

/** The stored facts about one certificate that its status depends on. */
export interface CertificateFacts {
  readonly type: 'PLATFORM' | 'AGENT' | 'PLATFORM_UNLIMITED_AGENTS';
  readonly activatedAt: Date | null;
  readonly startsAt: Date | null;
  readonly endsAt: Date | null;
  readonly activateBy: Date | null;
  /** When the bound agent was deleted, if it was. */
  readonly agentDeletedAt: Date | null;
}

/** SPEC 4. */
export function certificateStatus(cert: CertificateFacts, now: Date): CertificateStatus {
  if (cert.activatedAt === null) {
    if (cert.activateBy !== null && now.getTime() >= cert.activateBy.getTime()) return 'EXPIRED';
    return 'UNUSED';
  }
  if (cert.agentDeletedAt !== null && now.getTime() >= cert.agentDeletedAt.getTime()) return 'EXPIRED';
  if (cert.endsAt !== null && now.getTime() >= cert.endsAt.getTime()) return 'EXPIRED';
  // A timed certificate absorbed by a permanent resource has no window, and never ends.
  return 'ACTIVATED';
}

export type BindRefusal = 'ALREADY_BOUND' | 'NOT_AGENT_LICENSE' | 'ACTIVATION_DEADLINE_PASSED' | 'AGENT_DELETED';

/** SPEC 3.3: why a certificate may not be bound to an agent now, or null when it may. */
export function bindRefusal(
  cert: { readonly type: CertificateFacts['type']; readonly activatedAt: Date | null; readonly activateBy: Date | null },
  agent: { readonly deletedAt: Date | null },
  now: Date,
): BindRefusal | null {
  if (cert.type !== 'AGENT') return 'NOT_AGENT_LICENSE';
  if (cert.activatedAt !== null) return 'ALREADY_BOUND';
  if (agent.deletedAt !== null) return 'AGENT_DELETED';
  if (cert.activateBy !== null && now.getTime() >= cert.activateBy.getTime()) return 'ACTIVATION_DEADLINE_PASSED';
  return null;
}

/** True for a certificate whose window starts after `now`: queued behind the current expiry ("starts on"). */
export function isQueued(startsAt: Date | null, now: Date): boolean {
  return startsAt !== null && startsAt.getTime() > now.getTime();
}

/** An unlimited-agents certificate's window [startsAt, endsAt); endsAt null when permanent. */
export interface UnlimitedWindow {
  readonly startsAt: Date;
  readonly endsAt: Date | null;
}

export function isInsideWindow(window: UnlimitedWindow, now: Date): boolean {
  return now.getTime() >= window.startsAt.getTime() && (window.endsAt === null || now.getTime() < window.endsAt.getTime());
}

/**
 * SPEC 3.4: the grant an agent is owed by an unlimited window at `now`, or null. An agent is owed one
 * grant per window: while now is inside it, when the agent exists (created before now, not deleted) and
 * holds no grant of that window yet. The grant's window is [now, e) and the agent's expiry becomes
 * max(its expiry, e) — or permanent when the window is permanent.
 */
export function unlimitedGrant(
  window: UnlimitedWindow,
  agent: ResourceLicense & { readonly deletedAt: Date | null; readonly alreadyGranted: boolean },
  now: Date,
): { readonly startsAt: Date; readonly endsAt: Date | null; readonly resource: ResourceLicense } | null {
  if (!isInsideWindow(window, now) || agent.deletedAt !== null || agent.alreadyGranted) return null;
  if (window.endsAt === null) {
    return { startsAt: now, endsAt: null, resource: { expiresAt: null, permanent: true } };
  }
  if (agent.permanent) return { startsAt: now, endsAt: window.endsAt, resource: agent };
  const current = agent.expiresAt;
  const expiresAt = current !== null && current.getTime() > window.endsAt.getTime() ? current : window.endsAt;
  return { startsAt: now, endsAt: window.endsAt, resource: { expiresAt, permanent: false } };
}

/** True while `now` is inside any of the windows (SPEC 9 `Platform.unlimitedAgents`). */
export function unlimitedAgentsActive(windows: readonly UnlimitedWindow[], now: Date): boolean {
  return windows.some((w) => isInsideWindow(w, now));
}

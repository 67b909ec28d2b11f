import type { Viewer } from './viewer.js';

const TTL_MS = 30_000;
const MAX_ENTRIES = 10_000;

/**
 * Recently authenticated tokens, so that a request costs no database round trip for its viewer.
 * Entries live 30 s at most (never past the token's own expiry); every change to a user's access
 * (sign-out, revocation, disabling, a new role) drops that user's entries here and, over the bus, on
 * every other replica — the 30 s bound only matters if the bus itself is down.
 */
export class ViewerCache {
  private readonly entries = new Map<string, { viewer: Viewer; until: number }>();

  get(tokenHash: string, nowMs: number): Viewer | null {
    const entry = this.entries.get(tokenHash);
    if (!entry) return null;
    if (entry.until > nowMs) return entry.viewer;
    this.entries.delete(tokenHash);
    return null;
  }

  set(tokenHash: string, viewer: Viewer, nowMs: number, tokenExpiresAt: Date | null): void {
    // A bound on memory, not an eviction policy: refilling costs one query per token.
    if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
    const until = Math.min(nowMs + TTL_MS, tokenExpiresAt?.getTime() ?? Number.POSITIVE_INFINITY);
    this.entries.set(tokenHash, { viewer, until });
  }

  forgetUser(userId: string): void {
    for (const [hash, entry] of this.entries) {
      if (entry.viewer.userId === userId) this.entries.delete(hash);
    }
  }
}

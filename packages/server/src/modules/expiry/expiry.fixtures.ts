import { DAY_MS } from '@licensing/lcs';

// Instants and licenses shared by the rule tests of the expiry and license modules.
export const T = new Date('2027-03-01T12:00:00Z');
export const s = (seconds: number): Date => new Date(T.getTime() + seconds * 1000);
export const d = (days: number): Date => new Date(T.getTime() + days * DAY_MS);
export const E = d(10);
export const timed = { expiresAt: E, permanent: false };
export const permanent = { expiresAt: null, permanent: true };

import { createHash, randomBytes } from 'node:crypto';

/** A new secret: a readable prefix says what it is, 32 random bytes make it unguessable. */
export function newSecret(prefix: 'lms' | 'lmt'): string {
  return `${prefix}_${randomBytes(32).toString('base64url')}`;
}

/** Secrets are stored only as their SHA-256, so a database leak reveals no usable token. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

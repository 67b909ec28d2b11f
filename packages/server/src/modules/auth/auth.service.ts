import { randomUUID } from 'node:crypto';
import argon2 from 'argon2';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput } from '../../graphql/domain-error.js';
import { isUuid } from '../../graphql/ids.js';
import { MIN_PASSWORD_LENGTH } from '../../config/config.js';
import { sql } from '../../db/sql.js';
import type { Role } from './access.rules.js';
import type { Locale } from './locale.js';
import { AccessToken } from './access-token.entity.js';
import { tooManyAttempts, userNotFound, wrongCredentials } from './auth.errors.js';
import { LoginFailure } from './login-failure.entity.js';
import { SIGN_IN_RATE_LIMIT, rateLimitWindowStart, signInRetryAfterSeconds } from './rate-limit.rules.js';
import { SESSION_TTL_MS } from './session-cookie.js';
import { hashSecret, newSecret } from './token.js';
import { User } from './user.entity.js';
import { ViewerCache } from './viewer-cache.js';
import type { Viewer } from './viewer.js';

/**
 * Sign-in, sessions, API tokens and user management. Security timing (sessions, rate limits) runs on
 * the wall clock, not the license clock, so moving license time in tests never signs anyone out.
 */
export class AuthService {
  // Verified against when the email is unknown, so both failures take the same time.
  private readonly decoyHash: Promise<string> = argon2.hash(randomUUID());

  constructor(
    private readonly viewers: ViewerCache = new ViewerCache(),
    /** Tells the other replicas that a user's access changed (they drop their cached viewers). */
    private readonly announce: (userId: string) => Promise<void> = async () => {},
  ) {}

  /** Drops a user's cached viewers here and on every replica; call after the change has committed. */
  private async accessChanged(userId: string): Promise<void> {
    this.viewers.forgetUser(userId);
    await this.announce(userId);
  }

  async login(em: EntityManager, emailInput: string, password: string, address: string): Promise<{ token: string; user: User }> {
    const email = emailInput.trim().toLowerCase();
    const now = new Date();
    const since = rateLimitWindowStart(SIGN_IN_RATE_LIMIT, now);
    // Per (account, address) and per address: guessing from one address never locks the account elsewhere.
    const [forPair, forAddress] = await Promise.all([
      em.find(LoginFailure, { email, address, at: { $gt: since } }, { fields: ['at'] }),
      em.find(LoginFailure, { address, at: { $gt: since } }, { fields: ['at'] }),
    ]);
    const retryAfter = signInRetryAfterSeconds(SIGN_IN_RATE_LIMIT, { forPair: forPair.map((f) => f.at), forAddress: forAddress.map((f) => f.at) }, now);
    if (retryAfter > 0) throw tooManyAttempts(retryAfter);

    const user = await em.findOne(User, { email });
    const valid = await argon2.verify(user?.passwordHash ?? (await this.decoyHash), password);
    if (!user || !valid || user.disabledAt !== null) {
      em.persist(em.create(LoginFailure, { email, address, at: now }));
      await em.flush();
      throw wrongCredentials();
    }
    await em.nativeDelete(LoginFailure, { email, address });
    const token = newSecret('lms');
    em.persist(
      em.create(AccessToken, {
        id: randomUUID(),
        user,
        kind: 'SESSION',
        tokenHash: hashSecret(token),
        createdAt: now,
        expiresAt: new Date(now.getTime() + SESSION_TTL_MS),
      }),
    );
    await em.flush();
    return { token, user };
  }

  /** The viewer a secret belongs to, or null when it is unknown, revoked, expired or its user disabled. */
  async authenticate(em: EntityManager, secret: string): Promise<Viewer | null> {
    const tokenHash = hashSecret(secret);
    const nowMs = Date.now();
    const cached = this.viewers.get(tokenHash, nowMs);
    if (cached) return cached;
    const [row] = await sql<Pick<AccessToken, 'id' | 'expiresAt'> & Pick<User, 'email' | 'role'> & { userId: string }>(
      em,
      `SELECT t.id, t.expires_at AS "expiresAt", u.id AS "userId", u.email, u.role FROM access_token t JOIN app_user u ON u.id = t.user_id
        WHERE t.token_hash = ? AND t.revoked_at IS NULL AND u.disabled_at IS NULL`,
      [tokenHash],
      { dates: ['expiresAt'] },
    );
    if (!row || (row.expiresAt !== null && nowMs >= row.expiresAt.getTime())) return null;
    const viewer: Viewer = { userId: row.userId, email: row.email, role: row.role, tokenId: row.id };
    this.viewers.set(tokenHash, viewer, nowMs, row.expiresAt);
    return viewer;
  }

  async logout(em: EntityManager, viewer: Viewer): Promise<void> {
    await em.nativeUpdate(AccessToken, { id: viewer.tokenId, kind: 'SESSION' }, { revokedAt: new Date() });
    await this.accessChanged(viewer.userId);
  }

  async createApiToken(em: EntityManager, viewer: Viewer, name: string): Promise<{ token: string; record: AccessToken }> {
    const token = newSecret('lmt');
    const record = em.create(AccessToken, {
      id: randomUUID(),
      user: em.getReference(User, viewer.userId),
      kind: 'API',
      name: name.trim(),
      tokenHash: hashSecret(token),
      createdAt: new Date(),
    });
    await em.persist(record).flush();
    return { token, record };
  }

  listApiTokens(em: EntityManager, viewer: Viewer): Promise<AccessToken[]> {
    return em.find(AccessToken, { user: viewer.userId, kind: 'API' }, { orderBy: { createdAt: 'desc', id: 'desc' } });
  }

  /** Revokes one of the viewer's API tokens; true when it existed and was live. */
  async revokeApiToken(em: EntityManager, viewer: Viewer, id: string): Promise<boolean> {
    if (!isUuid(id)) return false;
    const changed = await em.nativeUpdate(AccessToken, { id, user: viewer.userId, kind: 'API', revokedAt: null }, { revokedAt: new Date() });
    if (changed > 0) await this.accessChanged(viewer.userId);
    return changed > 0;
  }

  async createUser(em: EntityManager, input: { email: string; password: string; role: Role }): Promise<User> {
    const email = input.email.trim().toLowerCase();
    if (input.password.length < MIN_PASSWORD_LENGTH) {
      throw badInput(`The password must be at least ${MIN_PASSWORD_LENGTH} characters long.`);
    }
    if (await em.count(User, { email })) throw badInput(`A user with the email ${email} already exists.`);
    const user = em.create(User, {
      id: randomUUID(),
      email,
      passwordHash: await argon2.hash(input.password),
      role: input.role,
      createdAt: new Date(),
    });
    await em.persist(user).flush();
    return user;
  }

  async user(em: EntityManager, id: string): Promise<User> {
    const user = await em.findOne(User, { id });
    if (!user) throw userNotFound();
    return user;
  }

  /** Sets the caller's own mail and language preferences; null or absent fields keep their value. */
  async updatePreferences(em: EntityManager, userId: string, input: { emailReminders?: boolean | null; locale?: Locale | null }): Promise<User> {
    const user = await this.user(em, userId);
    if (input.emailReminders !== undefined && input.emailReminders !== null) user.emailReminders = input.emailReminders;
    if (input.locale !== undefined && input.locale !== null) user.locale = input.locale;
    await em.flush();
    return user;
  }

  listUsers(em: EntityManager): Promise<User[]> {
    return em.find(User, {}, { orderBy: { createdAt: 'desc', id: 'desc' } });
  }

  /** Changes a role; refuses to leave the platform without an active admin. */
  async changeRole(em: EntityManager, id: string, role: Role): Promise<User> {
    const user = await em.transactional(async (tx) => {
      const found = await this.lockUser(tx, id);
      if (found.role === 'ADMIN' && role !== 'ADMIN') await this.ensureAnotherAdmin(tx, found.id);
      found.role = role;
      return found;
    });
    await this.accessChanged(user.id);
    return user;
  }

  /** Disables a user and ends every session and token they hold. */
  async disableUser(em: EntityManager, id: string, viewer: Viewer): Promise<User> {
    if (id === viewer.userId) throw badInput('You cannot disable your own account.');
    const user = await em.transactional(async (tx) => {
      const found = await this.lockUser(tx, id);
      if (found.role === 'ADMIN') await this.ensureAnotherAdmin(tx, found.id);
      found.disabledAt ??= new Date();
      await tx.nativeUpdate(AccessToken, { user: found.id, revokedAt: null }, { revokedAt: new Date() });
      return found;
    });
    await this.accessChanged(user.id);
    return user;
  }

  private async lockUser(em: EntityManager, id: string): Promise<User> {
    if (!isUuid(id)) throw userNotFound();
    const user = await em.findOne(User, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!user) throw userNotFound();
    return user;
  }

  private async ensureAnotherAdmin(em: EntityManager, exceptId: string): Promise<void> {
    // Lock every admin row so two concurrent demotions cannot both pass this check.
    const admins = await em.find(User, { role: 'ADMIN', disabledAt: null, id: { $ne: exceptId } }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (admins.length === 0) throw badInput('This is the last active admin; make another admin first.');
  }
}

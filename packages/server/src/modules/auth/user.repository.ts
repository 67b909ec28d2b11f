import type { EntityManager } from '@mikro-orm/postgresql';
import { rolesWith, type Permission } from './access.rules.js';
import type { Locale } from './locale.js';
import { User } from './user.entity.js';

/** A user who receives reminder mails, in their language. */
export interface MailRecipient {
  readonly id: string;
  readonly email: string;
  readonly locale: Locale | null;
}

/** Reads of `app_user` that other modules need (the auth service writes it). */
export const userRepository = {
  /** Ids of the enabled users whose role grants `permission`, e.g. who is told about expiries. */
  async withPermission(em: EntityManager, permission: Permission): Promise<string[]> {
    const users = await em.find(User, { disabledAt: null, role: { $in: rolesWith(permission) } }, { fields: ['id'], disableIdentityMap: true });
    return users.map((u) => u.id);
  },

  /** SPEC 10: who is mailed a license reminder — enabled users whose role grants `permission` and who kept mail on. */
  async mailRecipients(em: EntityManager, permission: Permission): Promise<MailRecipient[]> {
    const users = await em.find(
      User,
      { disabledAt: null, emailReminders: true, role: { $in: rolesWith(permission) } },
      { fields: ['id', 'email', 'locale'], orderBy: { id: 'asc' }, disableIdentityMap: true },
    );
    return users.map((u) => ({ id: u.id, email: u.email, locale: u.locale }));
  },

  /** The emails of some users, by id (for the audit log's actors). */
  async emailsOf(em: EntityManager, ids: readonly string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const users = await em.find(User, { id: { $in: [...new Set(ids)] } }, { fields: ['id', 'email'] });
    return new Map(users.map((u) => [u.id, u.email]));
  },
};

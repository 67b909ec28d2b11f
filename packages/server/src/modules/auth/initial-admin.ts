import { randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { Config } from '../../config/config.js';
import { sql } from '../../db/sql.js';
import { AuthService } from './auth.service.js';
import { User } from './user.entity.js';

const DEFAULT_ADMIN_EMAIL = 'admin@example.com';
// Serialises first-start bootstrap across replicas starting together on an empty database.
const BOOTSTRAP_LOCK_KEY = 7_310_222;

/**
 * SPEC 8: the first start on an empty database creates an admin from ADMIN_EMAIL / ADMIN_PASSWORD, or
 * with a random password printed once. Later starts change nothing.
 */
export async function ensureInitialAdmin(em: EntityManager, config: Config, logger: Logger): Promise<void> {
  await em.transactional(async (tx) => {
    await sql(tx, 'SELECT pg_advisory_xact_lock(?)', [BOOTSTRAP_LOCK_KEY]);
    if ((await tx.count(User, {})) > 0) return;
    const email = config.adminEmail ?? DEFAULT_ADMIN_EMAIL;
    const password = config.adminPassword ?? randomBytes(12).toString('base64url');
    await new AuthService().createUser(tx, { email, password, role: 'ADMIN' });
    if (config.adminPassword === null) {
      // Printed on stdout rather than logged, so it appears once and plainly, never in a log pipeline's fields.
      process.stdout.write(
        `\n  First start: created the admin user\n    email:    ${email}\n    password: ${password}\n  This password is shown only once. Sign in and keep it safe.\n\n`,
      );
    } else {
      logger.info({ email }, 'created the initial admin user from ADMIN_EMAIL / ADMIN_PASSWORD');
    }
  });
}

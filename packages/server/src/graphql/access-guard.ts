import type { MiddlewareFn } from 'type-graphql';
import type { Clock } from '../clock/clock.js';
import { signInRequired } from '../modules/auth/auth.errors.js';
import { platformInactive } from '../modules/platform/platform.errors.js';
import type { PlatformService } from '../modules/platform/platform.service.js';
import { resourceStatus } from '../modules/license/license.rules.js';
import type { GraphQLContext } from './context.js';

/** Root operations anyone may call (SPEC 8). */
const PUBLIC_OPERATIONS = new Set(['login']);

/**
 * Root operations that keep working while the platform is not ACTIVE (SPEC 6): signing in and out,
 * the current user, platform status, reading licenses, uploading and binding, listing agents for
 * binding, expiring resources and notifications, and agent messaging.
 */
export const OPERATIONS_ALLOWED_WHILE_PLATFORM_INACTIVE: ReadonlySet<string> = new Set([
  'login',
  'logout',
  'me',
  'platform',
  'licenses',
  'license',
  'uploadLicensePackage',
  'bindAgentLicense',
  'agents',
  'expiringResources',
  'notifications',
  'unreadNotificationCount',
  'markNotificationsRead',
  'sendMessage',
]);

/**
 * Runs before every root query, mutation and subscription: anonymous callers may only sign in, and
 * while the platform license is not ACTIVE only the allow-list above runs. Role checks live in
 * `auth-checker.ts`; together they are the whole of the API's access control.
 */
export function createAccessGuard(platform: PlatformService, clock: Clock): MiddlewareFn<GraphQLContext> {
  return async ({ context, info }, next) => {
    if (info.path.prev !== undefined) return next();
    const operation = info.fieldName;
    if (PUBLIC_OPERATIONS.has(operation)) return next();
    if (context.viewer === null) throw signInRequired();
    if (!OPERATIONS_ALLOWED_WHILE_PLATFORM_INACTIVE.has(operation)) {
      const license = await platform.license(context.em);
      if (resourceStatus(license, clock.now()) !== 'ACTIVE') throw platformInactive(license.expiresAt);
    }
    return next();
  };
}

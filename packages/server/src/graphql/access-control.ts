import type { AuthCheckerFn, MiddlewareFn } from 'type-graphql';
import type { Clock } from '../clock/clock.js';
import { can, type Permission } from '../modules/auth/access.rules.js';
import { signInRequired } from '../modules/auth/auth.errors.js';
import { resourceStatus } from '../modules/license/license.rules.js';
import { platformInactive } from '../modules/platform/platform.errors.js';
import type { PlatformService } from '../modules/platform/platform.service.js';
import type { GraphQLContext } from './context.js';

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
 * The one authorization checker behind every `@Authorized(permission)`, in SPEC order: anonymous
 * callers get UNAUTHENTICATED; while the platform license is not ACTIVE, root operations outside the
 * allow-list get PLATFORM_LICENSE_INACTIVE whatever the role; then the role must grant the permission
 * (false → FORBIDDEN, see format-error.ts).
 */
export function createAuthChecker(platform: PlatformService, clock: Clock): AuthCheckerFn<GraphQLContext, Permission> {
  return async ({ context, info }, permissions) => {
    const viewer = context.viewer;
    if (viewer === null) throw signInRequired();
    if (info.path.prev === undefined && !OPERATIONS_ALLOWED_WHILE_PLATFORM_INACTIVE.has(info.fieldName)) {
      const license = await platform.license(context.em);
      if (resourceStatus(license, clock.now()) !== 'ACTIVE') throw platformInactive(license.expiresAt);
    }
    return permissions.every((permission) => can(viewer.role, permission));
  };
}

/** Root operations anyone may call (SPEC 8). */
const PUBLIC_OPERATIONS: ReadonlySet<string> = new Set(['login']);

/**
 * Runs before every root field: a root operation without `@Authorized` is still closed to anonymous
 * callers, so forgetting the decorator never opens data to the world.
 */
export const requireSignIn: MiddlewareFn<GraphQLContext> = ({ context, info }, next) => {
  if (info.path.prev === undefined && !PUBLIC_OPERATIONS.has(info.fieldName) && context.viewer === null) throw signInRequired();
  return next();
};

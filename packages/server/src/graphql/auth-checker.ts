import type { AuthCheckerFn } from 'type-graphql';
import { can, type Permission } from '../modules/auth/access.rules.js';
import { signInRequired } from '../modules/auth/auth.errors.js';
import type { GraphQLContext } from './context.js';

/**
 * The one authorization checker behind every `@Authorized(permission)`: anonymous callers get
 * UNAUTHENTICATED, signed-in callers without the permission get FORBIDDEN (see format-error.ts).
 */
export const authChecker: AuthCheckerFn<GraphQLContext, Permission> = ({ context }, permissions) => {
  if (context.viewer === null) throw signInRequired();
  return permissions.every((permission) => can(context.viewer!.role, permission));
};

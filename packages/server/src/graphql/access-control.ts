import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';
import type { AuthCheckerFn } from 'type-graphql';
import type { Clock } from '../clock/clock.js';
import { can, type Permission } from '../modules/auth/access.rules.js';
import { signInRequired } from '../modules/auth/auth.errors.js';
import { resourceStatus } from '../modules/expiry/expiry.rules.js';
import { platformInactive } from '../modules/platform/platform.errors.js';
import type { PlatformService } from '../modules/platform/platform.service.js';
import type { Viewer } from '../modules/auth/viewer.js';
import type { GraphQLContext } from './context.js';

/**
 * Root operations that keep working while the platform is not ACTIVE (SPEC 6): signing in and out,
 * the current user, platform status, reading licenses, uploading (and previewing an upload) and binding, listing agents for
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
  'previewLicensePackage',
  'bindAgentLicense',
  'agents',
  'expiringResources',
  'notifications',
  'unreadNotificationCount',
  'markNotificationsRead',
  'sendMessage',
]);

/** Who asks, through which root operation (null below the root), with their request's EntityManager. */
export interface AccessRequest {
  readonly em: GraphQLContext['em'];
  readonly viewer: Viewer | null;
  readonly rootField: string | null;
}

/**
 * The one access check, in SPEC order: anonymous callers get UNAUTHENTICATED; while the platform
 * license is not ACTIVE, root operations outside the allow-list get PLATFORM_LICENSE_INACTIVE whatever
 * the role; then the role must grant the permissions (false → FORBIDDEN, see format-error.ts). Behind
 * every `@Authorized(permission)` and the HTTP exports, which name the GraphQL read they mirror.
 */
export type AccessCheck = (request: AccessRequest, permissions: readonly Permission[]) => Promise<boolean>;

export function createAccessCheck(platform: PlatformService, clock: Clock): AccessCheck {
  return async ({ em, viewer, rootField }, permissions) => {
    if (viewer === null) throw signInRequired();
    if (rootField !== null && !OPERATIONS_ALLOWED_WHILE_PLATFORM_INACTIVE.has(rootField)) {
      const license = await platform.license(em);
      if (resourceStatus(license, clock.now()) !== 'ACTIVE') throw platformInactive(license.expiresAt);
    }
    return permissions.every((permission) => can(viewer.role, permission));
  };
}

/** The access check as type-graphql's auth checker. */
export function createAuthChecker(platform: PlatformService, clock: Clock): AuthCheckerFn<GraphQLContext, Permission> {
  const check = createAccessCheck(platform, clock);
  return ({ context, info }, permissions) =>
    check({ em: context.em, viewer: context.viewer, rootField: info.path.prev === undefined ? info.fieldName : null }, permissions);
}

/** Root fields anyone may call (SPEC 8). */
const PUBLIC_ROOT_FIELDS: ReadonlySet<string> = new Set(['login', '__typename']);

/** The root field names an operation selects, through fragments at the root too. */
function rootFieldNames(selections: SelectionSetNode, fragments: Record<string, FragmentDefinitionNode>): string[] {
  return selections.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return [selection.name.value];
    if (selection.kind === Kind.INLINE_FRAGMENT) return rootFieldNames(selection.selectionSet, fragments);
    const fragment = fragments[selection.name.value];
    return fragment ? rootFieldNames(fragment.selectionSet, fragments) : [];
  });
}

/**
 * Checks once per HTTP operation (not per field, which would wrap every resolver) that an anonymous
 * caller selects nothing but sign-in, so a root field that forgot `@Authorized` is still closed.
 * WebSocket connections are refused earlier, at connect (4401).
 */
export const signInPlugin: ApolloServerPlugin<GraphQLContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ contextValue, operation, document }) {
        if (contextValue.viewer !== null || !operation) return;
        const fragments = Object.fromEntries(
          document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
        );
        if (rootFieldNames(operation.selectionSet, fragments).some((name) => !PUBLIC_ROOT_FIELDS.has(name))) {
          const error = signInRequired();
          // Answered like a resolver's refusal (HTTP 200), not as a server failure.
          throw new GraphQLError(error.message, { originalError: error, extensions: { code: error.code, http: { status: 200 } } });
        }
      },
    };
  },
};

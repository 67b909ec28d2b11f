import type { Role } from '@licensing/schema/web';
import { t } from '../i18n/i18n.js';

/** What the UI may offer; mirrors the server's grants (SPEC 8), which still decide on every request. */
export type Permission = 'MANAGE_LICENSES' | 'MANAGE_AGENTS' | 'READ_AGENT_SECRETS' | 'ADMINISTER';

const GRANTS: Readonly<Record<Role, readonly Permission[]>> = {
  ADMIN: ['MANAGE_LICENSES', 'MANAGE_AGENTS', 'READ_AGENT_SECRETS', 'ADMINISTER'],
  LICENSE_MANAGER: ['MANAGE_LICENSES'],
  OPERATOR: ['MANAGE_AGENTS', 'READ_AGENT_SECRETS'],
  VIEWER: [],
};

/** True when the role may do this; used to show only the actions the role allows. */
export function can(role: Role, permission: Permission): boolean {
  return GRANTS[role].includes(permission);
}

/** A role in words, in the active locale. */
export function roleLabel(role: Role): string {
  return t(`role.${role}`);
}

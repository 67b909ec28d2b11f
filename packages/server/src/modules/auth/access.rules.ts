/** Roles of SPEC 8 and what each may do; the only table of who-may-what in the server. */
export const ROLES = ['ADMIN', 'LICENSE_MANAGER', 'OPERATOR', 'VIEWER'] as const;
export type Role = (typeof ROLES)[number];

export type Permission = 'READ' | 'MANAGE_LICENSES' | 'MANAGE_AGENTS' | 'READ_AGENT_SECRETS' | 'ADMINISTER';

const GRANTS: Readonly<Record<Role, readonly Permission[]>> = {
  ADMIN: ['READ', 'MANAGE_LICENSES', 'MANAGE_AGENTS', 'READ_AGENT_SECRETS', 'ADMINISTER'],
  LICENSE_MANAGER: ['READ', 'MANAGE_LICENSES'],
  OPERATOR: ['READ', 'MANAGE_AGENTS', 'READ_AGENT_SECRETS'],
  VIEWER: ['READ'],
};

export function can(role: Role, permission: Permission): boolean {
  return GRANTS[role].includes(permission);
}

/** Roles that receive license notifications: those who may act on them (SPEC 7). */
export function rolesWith(permission: Permission): Role[] {
  return ROLES.filter((role) => can(role, permission));
}

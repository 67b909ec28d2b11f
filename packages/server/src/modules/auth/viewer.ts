import type { Role } from './access.rules.js';

/** Who is making a request, resolved once from its bearer token or session cookie. */
export interface Viewer {
  readonly userId: string;
  readonly email: string;
  readonly role: Role;
  readonly tokenId: string;
}

// The auth module's public surface.
export { can } from './access.rules.js';
export { userRepository } from './user.repository.js';
export type { Viewer } from './viewer.js';

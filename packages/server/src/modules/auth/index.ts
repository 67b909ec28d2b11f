// The auth module's public surface.
export { can } from './access.rules.js';
export { userRepository } from './user.repository.js';
export type { Viewer } from './viewer.js';
export { LOCALES, type Locale } from './locale.js';
export type { MailRecipient } from './user.repository.js';

// The platform module's public surface.
export { platformRepository } from './platform.repository.js';
export { PlatformType } from './platform.types.js';

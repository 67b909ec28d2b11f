// The platform module's public surface.
export { platformInactive } from './platform.errors.js';
export { platformRepository, type PlatformLicense } from './platform.repository.js';
export { PlatformService } from './platform.service.js';
export { PlatformType } from './platform.types.js';

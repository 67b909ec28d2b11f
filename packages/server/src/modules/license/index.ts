// The license module's public surface.
export { LicenseService } from './license.service.js';

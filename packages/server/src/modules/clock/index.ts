// The clock module's public surface: the high-water mark of license time (SPEC 14).
export { PlatformClockResolver } from './clock.resolver.js';
export { LicenseTimeService, type ClockIncident, type ClockState, type IncidentHook } from './license-time.service.js';

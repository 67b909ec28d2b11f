import type { Clock } from './clock/clock.js';
import type { Config } from './config/config.js';
import { AuthService } from './modules/auth/auth.service.js';
import { PlatformService } from './modules/platform/platform.service.js';

/** The server's services, made once per server instance and handed to resolvers and routes. */
export interface Services {
  readonly clock: Clock;
  readonly auth: AuthService;
  readonly platform: PlatformService;
}

export function createServices(_config: Config, clock: Clock): Services {
  return {
    clock,
    auth: new AuthService(),
    platform: new PlatformService(clock),
  };
}

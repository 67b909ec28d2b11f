/**
 * P1's baseline, run as a process of its own (see lib/server.ts): the whole product, started as
 * `main.ts` starts it, on the measured server's database, with one method replaced before it starts —
 * `ChannelService.mayConverse`, the license check, always allows. Everything else is the product's own:
 * the listener, the request pipeline in front of the route (timing, request log, security headers), the
 * directory of agents (kept fresh over the bus), the token check, the flow, the `channel_message` row.
 */
import { ChannelService } from '@licensing/server';

// The check is a protected method; replacing it on the prototype leaves every other line of the product as it ships.
Object.defineProperty(ChannelService.prototype, 'mayConverse', { value: (): boolean => true });

// The product as main.ts starts it (and stops it on SIGTERM), now with that method replaced.
await import('@licensing/server/main');

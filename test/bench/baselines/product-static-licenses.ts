/**
 * P2's baseline, run as a process of its own (see lib/server.ts): the whole product, started as
 * `main.ts` starts it, on the measured server's database, with one method replaced before it starts —
 * the `licenses` query's resolver answers 50 prebuilt rows. Everything in front of the resolver is the
 * product's own: the listener, the request pipeline (timing, request log, security headers), Apollo with
 * its plugins and validation rules, the token check and `@Authorized`, argument validation, and the
 * same 50 × 16 fields serialised. Left out is what P2 measures: reading the page and its count from
 * PostgreSQL, judging each certificate's status at the current instant, making cursors.
 */
import { LicenseResolver } from '@licensing/server';
import { STATIC_LICENSES } from './static-rows.js';

Object.defineProperty(LicenseResolver.prototype, 'licenses', { value: async () => STATIC_LICENSES });

// The product as main.ts starts it (and stops it on SIGTERM), now with that method replaced.
await import('@licensing/server/main');

import { Args, Query, Resolver } from 'type-graphql';
import { ConnectionArgs, toConnection } from '../../graphql/connection.js';
import { LicenseConnection, LicenseType } from '../license/license.types.js';

const NOW = new Date('2027-01-01T00:00:00Z');

/** Fifty fixed licenses, built once: the P2 baseline has no database and no rule work at all. */
const STATIC_ROWS = Array.from({ length: 50 }, (_, i) => ({
  seq: String(50 - i),
  node: Object.assign(new LicenseType(), {
    id: `bench-static-${i}`,
    type: 'AGENT' as const,
    mode: 'SUBSCRIPTION' as const,
    validityDays: 30,
    permanent: false,
    licensee: 'Bench Customer Ltd',
    orderId: null,
    issuer: 'Bench Vendor',
    issuedAt: NOW,
    uploadedAt: NOW,
    activateBy: null,
    status: 'UNUSED' as const,
    autoGranted: false,
    startsAt: null,
    queued: false,
    endsAt: null,
    agent: null,
  }),
}));

/**
 * Benchmarks only (`LICENSE_BENCH_HOOKS=1`, served at /__bench__/graphql): `licenses` answers the same
 * query shape as the real one from a static list, the ceiling `pnpm bench` compares P2 against.
 */
@Resolver()
export class BenchResolver {
  @Query(() => LicenseConnection, { description: 'Fifty static licenses (benchmark baseline).' })
  licenses(@Args(() => ConnectionArgs) args: ConnectionArgs) {
    return toConnection(STATIC_ROWS, Math.min(args.first, 50), 50, (row) => row.node);
  }
}

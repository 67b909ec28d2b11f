import { trustedKeyFingerprints, type TrustedKeys } from '@licensing/lcs';
import { Authorized, Query, Resolver } from 'type-graphql';
import { TrustedKeyType } from './trusted-key.types.js';
import type { TrustedKeySource } from './vendor-keys.js';

/** SPEC 14: the trusted vendor keys, so an admin can compare them with what the vendor says. */
@Resolver(() => TrustedKeyType)
export class TrustedKeyResolver {
  constructor(
    private readonly keys: TrustedKeys,
    private readonly source: TrustedKeySource,
  ) {}

  @Authorized('ADMINISTER')
  @Query(() => [TrustedKeyType], { description: 'The vendor public keys license signatures are checked against (admin).' })
  async trustedKeys(): Promise<TrustedKeyType[]> {
    return (await trustedKeyFingerprints(this.keys)).map((key) => ({ ...key, source: this.source }));
  }
}

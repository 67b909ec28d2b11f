import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import type { TrustedKeySource } from './vendor-keys.js';

export const TrustedKeySourceEnum: { [S in TrustedKeySource]: S } = {
  ENVIRONMENT_FILE: 'ENVIRONMENT_FILE',
  ENVIRONMENT_INLINE: 'ENVIRONMENT_INLINE',
  DEVELOPMENT_KEY: 'DEVELOPMENT_KEY',
};
registerEnumType(TrustedKeySourceEnum, {
  name: 'TrustedKeySource',
  description: 'Where a trusted vendor key came from.',
  valuesConfig: {
    ENVIRONMENT_FILE: { description: 'The JWKS file LICENSE_TRUSTED_KEYS names.' },
    ENVIRONMENT_INLINE: { description: 'The JWKS written inline in LICENSE_TRUSTED_KEYS.' },
    DEVELOPMENT_KEY: { description: 'A key this server made in DATA_DIR because LICENSE_TRUSTED_KEYS is unset (never in production).' },
  },
});

@ObjectType('TrustedKey', { simpleResolvers: true, description: 'A vendor public key this server accepts license signatures from (SPEC 14).' })
export class TrustedKeyType {
  @Field(() => ID, { description: 'The key id (`kid`) certificates name in their header.' })
  kid!: string;

  @Field(() => String, { description: 'The signature algorithm, EdDSA (Ed25519).' })
  algorithm!: string;

  @Field(() => String, { description: 'RFC 7638 JWK thumbprint (SHA-256, base64url): compare it with the one the vendor publishes.' })
  fingerprint!: string;

  @Field(() => TrustedKeySourceEnum, { description: 'Where the key came from.' })
  source!: TrustedKeySource;
}

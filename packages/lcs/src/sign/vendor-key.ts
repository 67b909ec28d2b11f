// The vendor's Ed25519 signing key: made once with `lcs keygen`, kept secret by the vendor; its
// public half goes to every platform (LICENSE_TRUSTED_KEYS).
import { exportJWK, generateKeyPair, importJWK, type CryptoKey, type JWK } from 'jose';
import { isJsonObject } from '../format/certificate-rules.js';
import { LCS_ALGORITHM } from '../format/types.js';

/** Key ids this library makes: the jti character set, so they are safe in files, URLs and logs. */
export const KEY_ID_PATTERN = /^[A-Za-z0-9._:-]{1,128}$/;

export interface VendorKeyPair {
  /** Secret: signs certificates. Has `kid`, `d` and `x`. */
  readonly privateJwk: JWK;
  /** For platforms: `{ keys: [publicJwk] }`, to set as LICENSE_TRUSTED_KEYS. */
  readonly publicJwks: { keys: JWK[] };
}

export async function generateVendorKeyPair(kid: string): Promise<VendorKeyPair> {
  if (typeof kid !== 'string' || !KEY_ID_PATTERN.test(kid)) {
    throw new Error(`Key id must be 1 to 128 characters of A-Z a-z 0-9 . _ : -, got ${JSON.stringify(kid)}`);
  }
  const { privateKey } = await generateKeyPair(LCS_ALGORITHM, { crv: 'Ed25519', extractable: true });
  const exported = await exportJWK(privateKey);
  if (typeof exported.x !== 'string' || typeof exported.d !== 'string') throw new Error('Key generation returned no Ed25519 key');
  const publicJwk: JWK = { kty: 'OKP', crv: 'Ed25519', x: exported.x, kid, alg: LCS_ALGORITHM, use: 'sig' };
  return { privateJwk: { ...publicJwk, d: exported.d }, publicJwks: { keys: [publicJwk] } };
}

export interface SigningKey {
  readonly kid: string;
  readonly key: CryptoKey;
}

// Imported keys by JWK object: signing many certificates with one JWK imports it once.
const importedKeys = new WeakMap<object, Promise<SigningKey>>();

/** Checks and imports a private vendor JWK. Throws a clear Error when it is not one. */
export function importSigningKey(privateJwk: JWK): Promise<SigningKey> {
  if (!isJsonObject(privateJwk)) return Promise.reject(new Error('The vendor private key must be a JWK object'));
  let imported = importedKeys.get(privateJwk);
  if (imported === undefined) {
    imported = importUncached(privateJwk);
    importedKeys.set(privateJwk, imported);
  }
  return imported;
}

async function importUncached(jwk: JWK): Promise<SigningKey> {
  const { kid, kty, crv, x, d } = jwk;
  if (kty !== 'OKP' || crv !== 'Ed25519') throw new Error('The vendor private key must be an Ed25519 JWK (kty "OKP", crv "Ed25519")');
  if (typeof d !== 'string') throw new Error('The vendor key has no private part "d": signing needs the private key, not the public one');
  if (typeof x !== 'string') throw new Error('The vendor private key has no public part "x"');
  if (typeof kid !== 'string' || kid.length === 0) throw new Error('The vendor private key has no "kid": platforms find the key by it');
  try {
    return { kid, key: await importJWK({ kty: 'OKP', crv: 'Ed25519', x, d }, LCS_ALGORITHM) };
  } catch (error) {
    throw new Error(`The vendor private key could not be imported: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

// The platform's trusted vendor public keys (LICENSE_TRUSTED_KEYS), imported once so that
// verifying thousands of certificates never re-imports a key.
import { calculateJwkThumbprint, importJWK, type CryptoKey } from 'jose';
import { isJsonObject } from '../format/certificate-rules.js';
import { LCS_ALGORITHM } from '../format/types.js';

const keysByKid = new WeakMap<object, ReadonlyMap<string, CryptoKey>>();
// The public value of each key, for fingerprints an admin compares with what the vendor publishes.
const publicByKid = new WeakMap<object, ReadonlyMap<string, string>>();

/** Opaque: made only by importTrustedKeys. */
export interface TrustedKeys {
  readonly keyCount: number;
}

function fail(message: string): never {
  throw new Error(`Invalid trusted key set: ${message}`);
}

/**
 * Parses and imports a JWK Set (object or JSON text) of Ed25519 public keys. Throws a clear Error
 * for a bad set: it is configuration, so the operator must fix it rather than have it ignored.
 */
export async function importTrustedKeys(jwks: unknown): Promise<TrustedKeys> {
  let set: unknown = jwks;
  if (typeof jwks === 'string') {
    try {
      set = JSON.parse(jwks.replace(/^\uFEFF/, ''));
    } catch {
      fail('it is not JSON (expected { "keys": [ { "kty": "OKP", "crv": "Ed25519", "x": "...", "kid": "..." } ] })');
    }
  }
  if (isJsonObject(set) && typeof set['kty'] === 'string') {
    if (Object.hasOwn(set, 'd')) fail('this is a private key ("d" present): give the platform only the vendor\'s public key set');
    fail('this is a single JWK, not a JWK Set: wrap it as { "keys": [ <key> ] }');
  }
  if (!isJsonObject(set) || !Array.isArray(set['keys'])) {
    fail('expected a JWK Set, an object { "keys": [ ... ] }');
  }
  const keys: readonly unknown[] = set['keys'];
  if (keys.length === 0) fail('it holds no keys');

  // Check every key first (synchronously, so errors name the first bad key), then import together.
  const checked: { kid: string; x: string }[] = [];
  const seen = new Set<string>();
  keys.forEach((jwk, position) => {
    const where = `key ${position}`;
    if (!isJsonObject(jwk)) fail(`${where} is not a JSON object`);
    const kid = jwk['kid'];
    if (typeof kid !== 'string' || kid.length === 0) fail(`${where} has no "kid" (every trusted key needs an id)`);
    const named = `${where} ("${kid}")`;
    if (Object.hasOwn(jwk, 'd')) {
      fail(`${named} is a private key ("d" present): give the platform only the vendor's public key set, and keep the private key secret`);
    }
    if (jwk['kty'] !== 'OKP' || jwk['crv'] !== 'Ed25519') fail(`${named} must be an Ed25519 key (kty "OKP", crv "Ed25519")`);
    const x = jwk['x'];
    if (typeof x !== 'string') fail(`${named} has no public key value "x"`);
    if (jwk['alg'] !== undefined && jwk['alg'] !== LCS_ALGORITHM) fail(`${named} has alg ${JSON.stringify(jwk['alg'])}; expected "EdDSA"`);
    if (jwk['use'] !== undefined && jwk['use'] !== 'sig') fail(`${named} has use ${JSON.stringify(jwk['use'])}; expected "sig"`);
    if (seen.has(kid)) fail(`kid "${kid}" appears twice`);
    seen.add(kid);
    checked.push({ kid, x });
  });

  const cryptoKeys = await Promise.all(
    checked.map(async ({ kid, x }) => {
      try {
        // Only the public members: key_ops / ext in the file must not change how the key is used.
        return await importJWK({ kty: 'OKP', crv: 'Ed25519', x }, LCS_ALGORITHM);
      } catch (error) {
        return fail(`key "${kid}" could not be imported: ${error instanceof Error ? error.message : String(error)}`);
      }
    }),
  );
  const imported = new Map<string, CryptoKey>();
  checked.forEach(({ kid }, position) => {
    const key = cryptoKeys[position];
    if (key !== undefined) imported.set(kid, key);
  });

  const trusted: TrustedKeys = Object.freeze({ keyCount: imported.size });
  keysByKid.set(trusted, imported);
  publicByKid.set(trusted, new Map(checked.map(({ kid, x }) => [kid, x])));
  return trusted;
}

/** True for a value made by importTrustedKeys. */
export function isTrustedKeys(value: unknown): value is TrustedKeys {
  return typeof value === 'object' && value !== null && keysByKid.has(value);
}

/** The key ids, in the order they were given. */
export function trustedKeyIds(keys: TrustedKeys): string[] {
  return [...keysOf(keys).keys()];
}

/** A trusted key as an admin sees it: its id, algorithm and RFC 7638 JWK thumbprint (SHA-256, base64url). */
export interface TrustedKeyFingerprint {
  readonly kid: string;
  readonly algorithm: string;
  readonly fingerprint: string;
}

/** Every trusted key's fingerprint, in the order the keys were given. */
export async function trustedKeyFingerprints(keys: TrustedKeys): Promise<TrustedKeyFingerprint[]> {
  keysOf(keys);
  const publics = publicByKid.get(keys) ?? new Map<string, string>();
  return Promise.all(
    [...publics].map(async ([kid, x]) => ({
      kid,
      algorithm: LCS_ALGORITHM,
      fingerprint: await calculateJwkThumbprint({ kty: 'OKP', crv: 'Ed25519', x }, 'sha256'),
    })),
  );
}

/** The imported key for a kid; undefined when not trusted. */
export function findTrustedKey(keys: TrustedKeys, kid: string): CryptoKey | undefined {
  return keysOf(keys).get(kid);
}

function keysOf(keys: TrustedKeys): ReadonlyMap<string, CryptoKey> {
  const map = keysByKid.get(keys);
  if (map === undefined) throw new TypeError('Not a TrustedKeys value: make one with importTrustedKeys()');
  return map;
}

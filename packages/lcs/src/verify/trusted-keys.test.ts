import { describe, expect, it } from 'vitest';
import { generateVendorKeyPair } from '../sign/vendor-key.js';
import { readVector, readVectorJson } from '../test-support/test-certificates.js';
import { importTrustedKeys, trustedKeyFingerprints, trustedKeyIds } from './trusted-keys.js';

const PUBLIC_KEY = { kty: 'OKP', crv: 'Ed25519', x: 'tAMPwUBclgYjlKYRGcmtSc6P1GPCT2GY22Fvg_JvulI', kid: 'k1' };

describe('importTrustedKeys', () => {
  it('imports a JWK Set given as an object or as JSON text, keeping the key order', async () => {
    expect(trustedKeyIds(await importTrustedKeys(readVectorJson('trusted-keys.jwks.json')))).toEqual(['test-vendor-1', 'test-vendor-2']);
    expect(trustedKeyIds(await importTrustedKeys(readVector('trusted-keys.jwks.json').toString('utf8')))).toEqual(['test-vendor-1', 'test-vendor-2']);
  });

  it('accepts what generateVendorKeyPair gives platforms (with alg and use)', async () => {
    const { publicJwks } = await generateVendorKeyPair('acme-2026');
    expect(trustedKeyIds(await importTrustedKeys(publicJwks))).toEqual(['acme-2026']);
  });

  it.each([
    ['not JSON', 'not json', 'not JSON'],
    ['a bare key', PUBLIC_KEY, 'a single JWK, not a JWK Set'],
    ['a bare private key', { ...PUBLIC_KEY, d: 'VpwOPzfWy4SGYLNxOhKxQBk8Kb0fWtK2uC88vKIzwP4' }, 'private key ("d" present)'],
    ['an array', [PUBLIC_KEY], 'expected a JWK Set'],
    ['no keys', { keys: [] }, 'holds no keys'],
    ['a non-object key', { keys: ['x'] }, 'key 0 is not a JSON object'],
    ['a key without kid', { keys: [{ ...PUBLIC_KEY, kid: undefined }] }, 'has no "kid"'],
    ['a private key', { keys: [{ ...PUBLIC_KEY, d: 'VpwOPzfWy4SGYLNxOhKxQBk8Kb0fWtK2uC88vKIzwP4' }] }, 'is a private key ("d" present)'],
    ['an RSA key', { keys: [{ kty: 'RSA', n: 'x', e: 'AQAB', kid: 'r' }] }, 'must be an Ed25519 key'],
    ['an X25519 key', { keys: [{ ...PUBLIC_KEY, crv: 'X25519' }] }, 'must be an Ed25519 key'],
    ['a key without x', { keys: [{ ...PUBLIC_KEY, x: undefined }] }, 'has no public key value "x"'],
    ['another alg', { keys: [{ ...PUBLIC_KEY, alg: 'RS256' }] }, 'expected "EdDSA"'],
    ['an encryption key', { keys: [{ ...PUBLIC_KEY, use: 'enc' }] }, 'expected "sig"'],
    ['a duplicate kid', { keys: [PUBLIC_KEY, PUBLIC_KEY] }, 'kid "k1" appears twice'],
    ['a broken x', { keys: [{ ...PUBLIC_KEY, x: 'AAAA' }] }, 'could not be imported'],
  ])('refuses %s with a clear message', async (_name, jwks, message) => {
    await expect(importTrustedKeys(jwks)).rejects.toThrow(message);
    await expect(importTrustedKeys(jwks)).rejects.toThrow(/^Invalid trusted key set: /);
  });

  it('refuses a value that importTrustedKeys did not make', () => {
    expect(() => trustedKeyIds({ keyCount: 1 })).toThrow(TypeError);
  });
});

describe('trustedKeyFingerprints', () => {
  it('gives the RFC 7638 thumbprint of each key, in order (RFC 8037 A.3 example key)', async () => {
    const rfcKey = { kty: 'OKP', crv: 'Ed25519', x: '11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo', kid: 'rfc8037' };
    const other = await generateVendorKeyPair('other');
    const keys = await importTrustedKeys({ keys: [rfcKey, ...other.publicJwks.keys] });
    const prints = await trustedKeyFingerprints(keys);
    expect(prints[0]).toEqual({ kid: 'rfc8037', algorithm: 'EdDSA', fingerprint: 'kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k' });
    expect(prints.map((p) => p.kid)).toEqual(['rfc8037', 'other']);
  });
});

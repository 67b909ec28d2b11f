import fc from 'fast-check';
import { decodeProtectedHeader, type JWK } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_TIMESTAMP_SECONDS } from '../format/certificate-rules.js';
import { CERTIFICATE_MODES, CERTIFICATE_TYPES, type Certificate } from '../format/types.js';
import { importTrustedKeys, type TrustedKeys } from '../verify/trusted-keys.js';
import { verifyPackage } from '../verify/verify-package.js';
import { assemblePackage } from './assemble-package.js';
import { checkCertificateClaims, claimsToPayload, signCertificate, type CertificateClaims } from './sign-certificate.js';
import { generateVendorKeyPair, importSigningKey } from './vendor-key.js';

const PLATFORM = '11111111-2222-4333-8444-555555555555';
const NOW = new Date('2026-06-01T00:00:00Z');

let privateJwk: JWK;
let trustedKeys: TrustedKeys;

beforeAll(async () => {
  const pair = await generateVendorKeyPair('vendor-2026');
  privateJwk = pair.privateJwk;
  trustedKeys = await importTrustedKeys(pair.publicJwks);
});

function claims(overrides: Partial<CertificateClaims> = {}): CertificateClaims {
  return {
    id: 'cert-1',
    type: 'PLATFORM',
    mode: 'SUBSCRIPTION',
    validity: { permanent: false, days: 365 },
    licensee: 'ACME Ltd',
    issuer: 'Vendor',
    issuedAt: new Date('2026-05-01T10:00:00.999Z'),
    platformId: PLATFORM,
    ...overrides,
  };
}

describe('generateVendorKeyPair', () => {
  it('makes a private JWK with kid and a public JWK Set without the private part', async () => {
    const { privateJwk: secret, publicJwks } = await generateVendorKeyPair('acme-1');
    expect(secret).toMatchObject({ kty: 'OKP', crv: 'Ed25519', kid: 'acme-1', alg: 'EdDSA', use: 'sig' });
    expect(typeof secret.d).toBe('string');
    expect(publicJwks.keys).toEqual([{ kty: 'OKP', crv: 'Ed25519', x: secret.x, kid: 'acme-1', alg: 'EdDSA', use: 'sig' }]);
  });

  it('refuses a key id outside the jti character set', async () => {
    await expect(generateVendorKeyPair('')).rejects.toThrow('Key id must be');
    await expect(generateVendorKeyPair('has space')).rejects.toThrow('Key id must be');
  });
});

describe('signCertificate', () => {
  it('writes the header { alg: EdDSA, typ: lcs-cert, kid } and the payload of LCS-FORMAT.md', async () => {
    const jws = await signCertificate(claims({ orderId: 'SO-1' }), privateJwk);
    expect(decodeProtectedHeader(jws)).toEqual({ alg: 'EdDSA', typ: 'lcs-cert', kid: 'vendor-2026' });
    const payload: unknown = JSON.parse(Buffer.from(jws.split('.')[1] ?? '', 'base64url').toString('utf8'));
    expect(payload).toEqual({
      jti: 'cert-1',
      iss: 'Vendor',
      aud: PLATFORM,
      iat: Math.floor(new Date('2026-05-01T10:00:00.999Z').getTime() / 1000),
      type: 'PLATFORM',
      mode: 'SUBSCRIPTION',
      validity: { days: 365 },
      licensee: 'ACME Ltd',
      orderId: 'SO-1',
    });
  });

  it('writes { permanent: true } and activateBy in seconds', () => {
    const payload = claimsToPayload(claims({ type: 'AGENT', validity: { permanent: true }, activateBy: new Date('2027-01-01T00:00:00Z'), orderId: null }));
    expect(payload['validity']).toEqual({ permanent: true });
    expect(payload['activateBy']).toBe(Date.parse('2027-01-01T00:00:00Z') / 1000);
    expect(payload).not.toHaveProperty('orderId');
  });

  it.each([
    [{ id: 'has space' }, 'id must be 1 to 128 characters'],
    [{ validity: { permanent: false as const, days: 0 } }, 'validity.days must be an integer from 1 to 36500, got 0'],
    [{ licensee: '' }, 'licensee must be 1 to 200 characters'],
    [{ issuer: 'x'.repeat(201) }, 'issuer must be 1 to 200 characters'],
    [{ activateBy: new Date('2027-01-01') }, 'activateBy is allowed only on AGENT certificates'],
    [{ issuedAt: new Date(Number.NaN) }, 'issuedAt must be a valid Date'],
    [{ type: 'GALAXY' as unknown as 'AGENT' }, 'type must be one of'],
  ])('refuses claims %j that platforms would refuse', async (overrides, message) => {
    expect(checkCertificateClaims(claims(overrides)).join('\n')).toContain(message);
    await expect(signCertificate(claims(overrides), privateJwk)).rejects.toThrow(message);
  });

  it('refuses a public key or a key without kid', async () => {
    const { publicJwks } = await generateVendorKeyPair('pub');
    await expect(signCertificate(claims(), publicJwks.keys[0] ?? {})).rejects.toThrow('no private part "d"');
    await expect(signCertificate(claims(), { ...privateJwk, kid: undefined })).rejects.toThrow('has no "kid"');
    await expect(signCertificate(claims(), { kty: 'RSA' })).rejects.toThrow('must be an Ed25519 JWK');
  });

  it('imports one JWK object once for many signatures', async () => {
    expect(importSigningKey(privateJwk)).toBe(importSigningKey(privateJwk));
  });
});

describe('assemblePackage', () => {
  it('writes { format: "lcs", version: 1, certificates }', async () => {
    const jws = await signCertificate(claims(), privateJwk);
    expect(JSON.parse(assemblePackage([jws]))).toEqual({ format: 'lcs', version: 1, certificates: [jws] });
  });

  it('refuses an empty list, too many certificates, or something that is not a JWS', () => {
    expect(() => assemblePackage([])).toThrow('at least one certificate');
    expect(() => assemblePackage(Array.from({ length: 10_001 }, () => 'a.b.c'))).toThrow('at most 10000');
    expect(() => assemblePackage(['not a jws'])).toThrow('Certificate 0 is not a compact JWS');
  });
});

// Arbitrary claims that the format allows; text is any printable Unicode (no control characters).
const printable = (max: number, min: number): fc.Arbitrary<string> =>
  fc.string({ unit: 'grapheme', minLength: min, maxLength: max }).filter((text) => [...text].length <= max && !/[\p{Cc}]/u.test(text));
const seconds = fc.integer({ min: 0, max: MAX_TIMESTAMP_SECONDS });
const validClaims: fc.Arbitrary<CertificateClaims> = fc
  .record({
    id: fc.stringMatching(/^[A-Za-z0-9._:-]{1,128}$/),
    type: fc.constantFrom(...CERTIFICATE_TYPES),
    mode: fc.constantFrom(...CERTIFICATE_MODES),
    validity: fc.oneof(
      fc.integer({ min: 1, max: 36_500 }).map((days) => ({ permanent: false as const, days })),
      fc.constant({ permanent: true as const }),
    ),
    licensee: printable(200, 1),
    orderId: fc.option(printable(64, 1), { nil: null }),
    issuer: printable(200, 1),
    issuedAt: fc.integer({ min: 0, max: MAX_TIMESTAMP_SECONDS * 1000 }).map((ms) => new Date(ms)),
    activateBy: fc.option(
      seconds.map((s) => new Date(NOW.getTime() + 1000 + s * 1000)),
      { nil: null },
    ),
  })
  .map((record) => ({
    ...record,
    // activateBy only on AGENT, and within the Date range
    activateBy: record.type === 'AGENT' && record.activateBy !== null && !Number.isNaN(record.activateBy.getTime()) ? record.activateBy : null,
    platformId: PLATFORM,
  }));

describe('issue -> verify round trip', () => {
  it('verifies every valid certificate back to the same values', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(validClaims, { minLength: 1, maxLength: 3 }), async (list) => {
        const unique = list.map((item, position) => ({ ...item, id: `${position}-${item.id}`.slice(0, 128) }));
        const signed = await Promise.all(unique.map((item) => signCertificate(item, privateJwk)));
        const result = await verifyPackage(assemblePackage(signed), { trustedKeys, platformId: PLATFORM, now: NOW });
        expect(result.ok ? [] : result.problems).toEqual([]);
        const expected = unique.map((item): Certificate => ({
          id: item.id,
          type: item.type,
          mode: item.mode,
          validity: item.validity,
          licensee: item.licensee,
          orderId: item.orderId ?? null,
          issuer: item.issuer,
          issuedAt: new Date(Math.floor(item.issuedAt.getTime() / 1000) * 1000),
          activateBy: item.activateBy ? new Date(Math.floor(item.activateBy.getTime() / 1000) * 1000) : null,
          keyId: 'vendor-2026',
          platformId: PLATFORM,
        }));
        expect(result.certificates).toEqual(expected);
      }),
      { numRuns: 60 },
    );
  });
});

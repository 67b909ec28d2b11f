import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { JWK } from 'jose';
import { assemblePackage } from '../sign/assemble-package.js';
import { signCertificate, type CertificateClaims } from '../sign/sign-certificate.js';
import { generateVendorKeyPair } from '../sign/vendor-key.js';
import {
  ISSUED_AT_SECONDS,
  VECTOR_PLATFORM_ID,
  base64url,
  packageOf,
  payloadWith,
  readVectorJson,
  signRaw,
  vectorPrivateKey,
} from '../test-support/test-certificates.js';
import { importTrustedKeys, type TrustedKeys } from './trusted-keys.js';
import { verifyPackage, type VerifyOptions, type VerifyResult } from './verify-package.js';

const NOW = new Date('2026-06-01T00:00:00Z');
const NOW_SECONDS = NOW.getTime() / 1000;

let trustedKeys: TrustedKeys;
let vendorKey: JWK; // test-vendor-1, trusted
let untrustedKey: JWK;

beforeAll(async () => {
  trustedKeys = await importTrustedKeys(readVectorJson('trusted-keys.jwks.json'));
  vendorKey = vectorPrivateKey();
  untrustedKey = (await generateVendorKeyPair('test-vendor-1')).privateJwk; // same kid, other key
});

function options(overrides: Partial<VerifyOptions> = {}): VerifyOptions {
  return { trustedKeys, platformId: VECTOR_PLATFORM_ID, now: NOW, ...overrides };
}

function problemsOf(result: VerifyResult): { index: number | null; certificateId: string | null; code: string }[] {
  return result.ok ? [] : result.problems.map(({ index, certificateId, code }) => ({ index, certificateId, code }));
}

async function verifyEntries(entries: readonly unknown[], overrides: Partial<VerifyOptions> = {}): Promise<VerifyResult> {
  return verifyPackage(packageOf(entries), options(overrides));
}

const signed = (overrides: Record<string, unknown> = {}): Promise<string> => signRaw(payloadWith(overrides), vendorKey);

function claims(overrides: Partial<CertificateClaims> = {}): CertificateClaims {
  return {
    id: 'cert-1',
    type: 'PLATFORM',
    mode: 'SUBSCRIPTION',
    validity: { permanent: false, days: 30 },
    licensee: 'Customer Ltd',
    issuer: 'Test Vendor',
    issuedAt: new Date(ISSUED_AT_SECONDS * 1000),
    platformId: VECTOR_PLATFORM_ID,
    ...overrides,
  };
}

describe('verifyPackage', () => {
  it('returns the typed certificates of a valid package, in package order', async () => {
    const text = assemblePackage([
      await signCertificate(claims({ id: 'p-1', orderId: 'SO-1' }), vendorKey),
      await signCertificate(
        claims({ id: 'a-1', type: 'AGENT', mode: 'TEST', validity: { permanent: true }, activateBy: new Date((NOW_SECONDS + 1) * 1000) }),
        vendorKey,
      ),
    ]);
    const result = await verifyPackage(text, options());
    expect(result).toEqual({
      ok: true,
      certificates: [
        {
          id: 'p-1',
          type: 'PLATFORM',
          mode: 'SUBSCRIPTION',
          validity: { permanent: false, days: 30 },
          licensee: 'Customer Ltd',
          orderId: 'SO-1',
          issuer: 'Test Vendor',
          issuedAt: new Date(ISSUED_AT_SECONDS * 1000),
          activateBy: null,
          keyId: 'test-vendor-1',
          platformId: VECTOR_PLATFORM_ID,
        },
        expect.objectContaining({ id: 'a-1', type: 'AGENT', validity: { permanent: true }, activateBy: new Date((NOW_SECONDS + 1) * 1000) }),
      ],
    });
  });

  it('accepts the package as bytes, with a BOM and trailing white space', async () => {
    const text = `\uFEFF${packageOf([await signed()])}\r\n\n  `;
    expect((await verifyPackage(new TextEncoder().encode(text), options())).ok).toBe(true);
    expect((await verifyPackage(text, options())).ok).toBe(true);
  });

  describe('one test per problem code', () => {
    it('TOO_LARGE: bytes and count, index null', async () => {
      const text = packageOf([await signed()]);
      expect(problemsOf(await verifyPackage(text, options({ limits: { maxBytes: text.length - 1, maxCertificates: 10 } })))).toEqual([
        { index: null, certificateId: null, code: 'TOO_LARGE' },
      ]);
      expect(problemsOf(await verifyEntries([await signed(), await signed()], { limits: { maxBytes: 1e6, maxCertificates: 1 } }))).toEqual([
        { index: null, certificateId: null, code: 'TOO_LARGE' },
      ]);
    });

    it('UNSUPPORTED_VERSION', async () => {
      const text = JSON.stringify({ format: 'lcs', version: 2, certificates: [await signed()] });
      expect(problemsOf(await verifyPackage(text, options()))).toEqual([{ index: null, certificateId: null, code: 'UNSUPPORTED_VERSION' }]);
    });

    it('MALFORMED: the file, a non-string entry, a broken JWS', async () => {
      expect(problemsOf(await verifyPackage('{"format":"lcs"', options()))).toEqual([{ index: null, certificateId: null, code: 'MALFORMED' }]);
      const good = await signed({ jti: 'good' });
      const brokenHeader = `e30x.${base64url(JSON.stringify(payloadWith({ jti: 'readable' })))}.`;
      expect(problemsOf(await verifyEntries([good, 17, 'a.b', brokenHeader, { jws: good }]))).toEqual([
        { index: 1, certificateId: null, code: 'MALFORMED' },
        { index: 2, certificateId: null, code: 'MALFORMED' },
        { index: 3, certificateId: 'readable', code: 'MALFORMED' },
        { index: 4, certificateId: null, code: 'MALFORMED' },
      ]);
    });

    it('UNSUPPORTED_ALG: none, HS256, RS256, Ed25519, a missing alg', async () => {
      const payload = base64url(JSON.stringify(payloadWith()));
      const entries = [{ alg: 'none' }, { alg: 'HS256' }, { alg: 'RS256' }, { alg: 'Ed25519' }, {}].map(
        (header) => `${base64url(JSON.stringify({ ...header, kid: 'test-vendor-1' }))}.${payload}.c2lnbmF0dXJl`,
      );
      expect(problemsOf(await verifyEntries(entries)).map((problem) => problem.code)).toEqual(Array(5).fill('UNSUPPORTED_ALG'));
    });

    it('UNKNOWN_KEY: a kid that is not trusted, missing, or not a string', async () => {
      const other = (await generateVendorKeyPair('someone-else')).privateJwk;
      const entries = [
        await signRaw(payloadWith({ jti: 'a' }), other),
        await signRaw(payloadWith({ jti: 'b' }), vendorKey, { kid: undefined }),
        await signRaw(payloadWith({ jti: 'c' }), vendorKey, { kid: 7 }),
        await signRaw(payloadWith({ jti: 'd' }), vendorKey, { kid: '__proto__' }),
      ];
      expect(problemsOf(await verifyEntries(entries))).toEqual(
        ['a', 'b', 'c', 'd'].map((certificateId, index) => ({ index, certificateId, code: 'UNKNOWN_KEY' })),
      );
    });

    it('BAD_SIGNATURE: another key with a trusted kid, an altered payload, a cut signature', async () => {
      const good = await signed({ jti: 'good' });
      const [header, , signature] = good.split('.');
      const altered = `${header}.${base64url(JSON.stringify(payloadWith({ jti: 'altered', validity: { permanent: true } })))}.${signature}`;
      const entries = [await signRaw(payloadWith({ jti: 'forged' }), untrustedKey), altered, good.slice(0, -10), `${header}.${good.split('.')[1]}.`];
      expect(problemsOf(await verifyEntries(entries))).toEqual([
        { index: 0, certificateId: 'forged', code: 'BAD_SIGNATURE' },
        { index: 1, certificateId: 'altered', code: 'BAD_SIGNATURE' },
        { index: 2, certificateId: 'good', code: 'BAD_SIGNATURE' },
        { index: 3, certificateId: 'good', code: 'BAD_SIGNATURE' },
      ]);
    });

    it('BAD_SIGNATURE comes before INVALID_FIELD and WRONG_PLATFORM (a forgery says nothing)', async () => {
      const forged = await signRaw(payloadWith({ jti: 'x', type: 'GALAXY', aud: 'elsewhere' }), untrustedKey);
      expect(problemsOf(await verifyEntries([forged]))).toEqual([{ index: 0, certificateId: 'x', code: 'BAD_SIGNATURE' }]);
    });

    it('INVALID_FIELD: names the field, keeps even an invalid jti as certificateId', async () => {
      const result = await verifyEntries([await signed({ jti: 'bad jti!' }), await signed({ jti: 'ok', validity: { days: 0 } }), await signed({ jti: 9 })]);
      expect(problemsOf(result)).toEqual([
        { index: 0, certificateId: 'bad jti!', code: 'INVALID_FIELD' },
        { index: 1, certificateId: 'ok', code: 'INVALID_FIELD' },
        { index: 2, certificateId: null, code: 'INVALID_FIELD' },
      ]);
      expect(result.ok ? [] : result.problems.map((problem) => problem.message)).toEqual([
        expect.stringContaining('jti must be 1 to 128 characters'),
        expect.stringContaining('validity.days must be an integer from 1 to 36500, got 0'),
        expect.stringContaining('jti must be a string, got 9'),
      ]);
    });

    it('INVALID_FIELD comes before WRONG_PLATFORM', async () => {
      expect(problemsOf(await verifyEntries([await signed({ aud: 'elsewhere', mode: 'FREE' })]))[0]?.code).toBe('INVALID_FIELD');
    });

    it('WRONG_PLATFORM: aud compared exactly', async () => {
      const entries = [
        await signed({ aud: 'elsewhere' }),
        await signed({ jti: 'c2', aud: VECTOR_PLATFORM_ID.replace('4333', '4334') }),
        await signed({ jti: 'c3', aud: ` ${VECTOR_PLATFORM_ID}` }),
      ];
      expect(problemsOf(await verifyEntries(entries)).map((problem) => problem.code)).toEqual(Array(3).fill('WRONG_PLATFORM'));
    });

    it('ACTIVATION_DEADLINE_PASSED: activateBy at or before now; one second later is fine', async () => {
      const agent = (jti: string, activateBy: number): Promise<string> => signed({ jti, type: 'AGENT', activateBy });
      const result = await verifyEntries([await agent('past', NOW_SECONDS - 1), await agent('now', NOW_SECONDS), await agent('next', NOW_SECONDS + 1)]);
      expect(problemsOf(result)).toEqual([
        { index: 0, certificateId: 'past', code: 'ACTIVATION_DEADLINE_PASSED' },
        { index: 1, certificateId: 'now', code: 'ACTIVATION_DEADLINE_PASSED' },
      ]);
      expect(result.certificates.map((certificate) => certificate.id)).toEqual(['next']);
    });

    it('WRONG_PLATFORM comes before ACTIVATION_DEADLINE_PASSED', async () => {
      const entry = await signed({ type: 'AGENT', activateBy: 1, aud: 'elsewhere' });
      expect(problemsOf(await verifyEntries([entry]))[0]?.code).toBe('WRONG_PLATFORM');
    });

    it('DUPLICATE_IN_PACKAGE: every later repeat of a jti; the first one is valid', async () => {
      const first = await signed({ jti: 'dup' });
      const result = await verifyEntries([first, await signed({ jti: 'other' }), first, await signed({ jti: 'dup', validity: { days: 5 } })]);
      expect(problemsOf(result)).toEqual([
        { index: 2, certificateId: 'dup', code: 'DUPLICATE_IN_PACKAGE' },
        { index: 3, certificateId: 'dup', code: 'DUPLICATE_IN_PACKAGE' },
      ]);
      expect(result.certificates.map((certificate) => certificate.id)).toEqual(['dup', 'other']);
    });

    it('DUPLICATE_IN_PACKAGE counts an earlier entry that has the jti even when that entry is itself invalid', async () => {
      const forgedFirst = await signRaw(payloadWith({ jti: 'dup' }), untrustedKey);
      const result = await verifyEntries([forgedFirst, await signed({ jti: 'dup' })]);
      expect(problemsOf(result)).toEqual([
        { index: 0, certificateId: 'dup', code: 'BAD_SIGNATURE' },
        { index: 1, certificateId: 'dup', code: 'DUPLICATE_IN_PACKAGE' },
      ]);
    });
  });

  it('reports each bad certificate once, in index order, and returns the ones that passed', async () => {
    const entries = [await signed({ jti: 'ok-1' }), 5, await signed({ jti: 'bad', aud: 'x' }), await signed({ jti: 'ok-2' })];
    const result = await verifyEntries(entries);
    expect(result.ok).toBe(false);
    expect(problemsOf(result).map((problem) => problem.index)).toEqual([1, 2]);
    expect(result.certificates.map((certificate) => certificate.id)).toEqual(['ok-1', 'ok-2']);
  });

  it('supports key rotation: certificates signed by either trusted key in one package', async () => {
    const rotated = readVectorJson('rotated-key.lcs') as { certificates: string[] };
    const entries = [await signed({ jti: 'old-key' }), ...rotated.certificates];
    const result = await verifyEntries(entries);
    expect(result.ok).toBe(true);
    expect(result.certificates.map((certificate) => [certificate.id, certificate.keyId])).toEqual([
      ['old-key', 'test-vendor-1'],
      ['vec-rotated-key', 'test-vendor-2'],
    ]);
    // A platform that trusts only the new key refuses the old one.
    const newOnly = await importTrustedKeys({ keys: [(readVectorJson('trusted-keys.jwks.json') as { keys: unknown[] }).keys[1]] });
    expect(problemsOf(await verifyEntries(entries, { trustedKeys: newOnly }))).toEqual([{ index: 0, certificateId: 'old-key', code: 'UNKNOWN_KEY' }]);
  });

  it('checks the count before decoding or verifying any certificate', async () => {
    const parse = vi.spyOn(JSON, 'parse');
    const result = await verifyEntries(['x', 'y', 'z'], { limits: { maxBytes: 1e6, maxCertificates: 2 } });
    expect(problemsOf(result)).toEqual([{ index: null, certificateId: null, code: 'TOO_LARGE' }]);
    expect(parse).toHaveBeenCalledTimes(1); // the file itself, no certificate part
    parse.mockRestore();
  });

  it('never rejects for odd inputs', async () => {
    for (const input of [new Uint8Array(0), '', ' ', '\uFEFF', 'null', '1e999', '[[[[[[]]]]]]', `{"certificates":${'['.repeat(100_000)}`]) {
      const result = await verifyPackage(input, options());
      expect(result.ok).toBe(false);
    }
  });

  it('throws only for invalid options (a programming error)', async () => {
    await expect(verifyPackage('x', options({ now: new Date(Number.NaN) }))).rejects.toThrow(TypeError);
    await expect(verifyPackage('x', options({ trustedKeys: { keyCount: 1 } }))).rejects.toThrow('importTrustedKeys');
  });
});

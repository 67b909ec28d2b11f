// Property tests: whatever the bytes, verifyPackage and inspectPackage answer with typed problems
// and never throw. Runs are kept modest so the whole suite stays fast on 2 cores.
import fc from 'fast-check';
import type { JWK } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROBLEM_CODES, type Problem } from '../format/types.js';
import { inspectPackage } from '../inspect/inspect-package.js';
import { generateVendorKeyPair } from '../sign/vendor-key.js';
import { VECTOR_PLATFORM_ID, base64url, packageOf, payloadWith, readVectorJson, signRaw, vectorPrivateKey } from '../test-support/test-certificates.js';
import { importTrustedKeys, type TrustedKeys } from './trusted-keys.js';
import { verifyPackage, type VerifyResult } from './verify-package.js';

const NOW = new Date('2026-06-01T00:00:00Z');
const RUNS = { numRuns: 300 };

let trustedKeys: TrustedKeys;
let vendorKey: JWK;
let untrustedKey: JWK;
/** Valid certificates of the vector platform: two PLATFORM, one AGENT with a future activateBy. */
let validCertificates: string[];

beforeAll(async () => {
  trustedKeys = await importTrustedKeys(readVectorJson('trusted-keys.jwks.json'));
  vendorKey = vectorPrivateKey();
  untrustedKey = (await generateVendorKeyPair('test-vendor-2')).privateJwk;
  validCertificates = await Promise.all([
    signRaw(payloadWith({ jti: 'p-1', orderId: 'SO-1' }), vendorKey),
    signRaw(payloadWith({ jti: 'p-2', validity: { permanent: true } }), vendorKey),
    signRaw(payloadWith({ jti: 'a-1', type: 'AGENT', activateBy: NOW.getTime() / 1000 + 86_400 }), vendorKey),
  ]);
});

/** How many entries the file holds, when it is an object with a certificates array. */
function entryCount(input: Uint8Array | string): number | null {
  try {
    const text = typeof input === 'string' ? input : new TextDecoder().decode(input);
    const document: unknown = JSON.parse(text.replace(/^\uFEFF/, ''));
    if (typeof document !== 'object' || document === null) return null;
    const certificates: unknown = (document as Record<string, unknown>)['certificates'];
    return Array.isArray(certificates) ? certificates.length : null;
  } catch {
    return null;
  }
}

function expectTypedProblems(problems: readonly Problem[], count: number | null): void {
  let previousIndex = -1;
  for (const problem of problems) {
    expect(PROBLEM_CODES).toContain(problem.code);
    expect(typeof problem.message).toBe('string');
    expect(problem.message.trim()).not.toBe('');
    expect(problem.certificateId === null || typeof problem.certificateId === 'string').toBe(true);
    if (problem.index === null) {
      expect(problems).toHaveLength(1); // a whole-file problem stops the check
    } else {
      expect(Number.isInteger(problem.index)).toBe(true);
      expect(problem.index).toBeGreaterThan(previousIndex); // each certificate once, in order
      expect(count).not.toBeNull();
      expect(problem.index).toBeLessThan(count ?? 0);
      previousIndex = problem.index;
    }
  }
}

async function checkInput(input: Uint8Array | string): Promise<VerifyResult> {
  const count = entryCount(input);
  const result = await verifyPackage(input, { trustedKeys, platformId: VECTOR_PLATFORM_ID, now: NOW });
  if (result.ok) {
    expect(result.certificates).toHaveLength(count ?? -1);
  } else {
    expect(result.problems.length).toBeGreaterThan(0);
    expectTypedProblems(result.problems, count);
    const wholeFile = result.problems[0]?.index === null;
    expect(result.certificates.length + (wholeFile ? 0 : result.problems.length)).toBe(wholeFile ? 0 : count);
  }
  for (const certificate of result.certificates) {
    expect(Number.isNaN(certificate.issuedAt.getTime())).toBe(false);
    expect(certificate.platformId).toBe(VECTOR_PLATFORM_ID);
  }
  const inspected = inspectPackage(input);
  expectTypedProblems(inspected.problems, count);
  return result;
}

const jsonLike = fc.jsonValue({ maxDepth: 3 });
const hugeOrOdd = fc.constantFrom<unknown>(
  1e308,
  -1e308,
  2 ** 53,
  2 ** 53 + 2,
  -1,
  0.5,
  Number.MAX_VALUE,
  '',
  'x'.repeat(5000),
  null,
  true,
  [],
  {},
  { days: Infinity },
  { permanent: 'true' },
  '\u0000',
  '\ud800',
  '__proto__',
);
const fieldValue = fc.oneof(jsonLike, hugeOrOdd);
const fieldName = fc.constantFrom('jti', 'iss', 'aud', 'iat', 'type', 'mode', 'validity', 'licensee', 'orderId', 'activateBy', '__proto__', 'extra');

function deepNesting(depth: number): string {
  return `${'['.repeat(depth)}${']'.repeat(depth)}`;
}

function flipBit(bytes: Uint8Array, position: number, bit: number): Uint8Array {
  const copy = new Uint8Array(bytes);
  const at = position % copy.length;
  copy[at] = (copy[at] ?? 0) ^ (1 << bit);
  return copy;
}

describe('verifyPackage and inspectPackage on arbitrary input', () => {
  it('random bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 600 }), async (bytes) => {
        await checkInput(bytes);
      }),
      RUNS,
    );
  });

  it('random JSON documents and package-shaped objects', async () => {
    const packageShaped = fc.record({
      format: fc.oneof(fc.constant('lcs'), jsonLike),
      version: fc.oneof(fc.constant(1), jsonLike),
      certificates: fc.oneof(fc.array(fc.oneof(fc.string(), jsonLike), { maxLength: 6 }), jsonLike),
    });
    await fc.assert(
      fc.asyncProperty(fc.oneof(jsonLike, packageShaped), async (document) => {
        await checkInput(JSON.stringify(document));
      }),
      RUNS,
    );
  });

  it('a valid package with flipped bits, cut short, or with inserted characters', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.nat(),
        fc.integer({ min: 0, max: 7 }),
        fc.constantFrom('flip', 'cut', 'insert'),
        fc.string({ maxLength: 3, unit: 'binary' }),
        async (position, bit, mutation, inserted) => {
          const text = packageOf(validCertificates);
          const bytes = new TextEncoder().encode(text);
          if (mutation === 'flip') await checkInput(flipBit(bytes, position, bit));
          else if (mutation === 'cut') await checkInput(text.slice(0, position % text.length));
          else {
            const at = position % text.length;
            await checkInput(text.slice(0, at) + inserted + text.slice(at));
          }
        },
      ),
      RUNS,
    );
  });

  it('certificates with cut strings, changed characters and parts swapped between certificates', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            source: fc.nat({ max: 2 }),
            other: fc.nat({ max: 2 }),
            part: fc.nat({ max: 2 }),
            position: fc.nat(),
            kind: fc.constantFrom('keep', 'cut', 'char', 'swap', 'json-part', 'dots'),
            text: fc.string({ maxLength: 4 }),
            json: jsonLike,
          }),
          { minLength: 1, maxLength: 5 },
        ),
        async (plans) => {
          const entries = plans.map(({ source, other, part, position, kind, text, json }) => {
            const certificate = validCertificates[source] ?? '';
            const parts = certificate.split('.');
            if (kind === 'cut') return certificate.slice(0, position % certificate.length);
            if (kind === 'char') {
              const at = position % certificate.length;
              return certificate.slice(0, at) + text + certificate.slice(at + 1);
            }
            if (kind === 'swap') {
              parts[part] = (validCertificates[other] ?? '').split('.')[part] ?? '';
              return parts.join('.');
            }
            if (kind === 'json-part') {
              parts[part] = base64url(JSON.stringify(json));
              return parts.join('.');
            }
            if (kind === 'dots') return `${certificate}${'.'.repeat((position % 3) + 1)}${text}`;
            return certificate;
          });
          await checkInput(packageOf(entries));
        },
      ),
      RUNS,
    );
  });

  it('signed payloads with wrong types, huge numbers and odd values in any member', async () => {
    await fc.assert(
      fc.asyncProperty(fc.dictionary(fieldName, fieldValue, { maxKeys: 4 }), fc.boolean(), fc.boolean(), async (overrides, trusted, agent) => {
        const payload = payloadWith({ ...(agent ? { type: 'AGENT' } : {}), ...overrides });
        const entry = await signRaw(payload, trusted ? vendorKey : untrustedKey);
        const result = await checkInput(packageOf([validCertificates[0], entry]));
        if (!trusted) expect(result.ok ? null : result.problems[0]?.code).toBe('BAD_SIGNATURE');
      }),
      { numRuns: 100 },
    );
  });

  it('signed payloads and headers that are not what a certificate should be', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(jsonLike, fc.string()), fc.dictionary(fc.string({ maxLength: 5 }), jsonLike, { maxKeys: 3 }), async (payload, header) => {
        const { alg: _alg, crit: _crit, b64: _b64, ...extraHeader } = header;
        const entry = await signRaw(payload, vendorKey, extraHeader);
        await checkInput(packageOf([entry]));
      }),
      { numRuns: 100 },
    );
  });

  it('deep nesting in the file, in an entry and in a signed payload', async () => {
    const nested = deepNesting(50_000);
    await checkInput(`{"format":"lcs","version":1,"certificates":${nested}}`);
    await checkInput(`{"format":"lcs","version":1,"certificates":[${nested}]}`);
    await checkInput(packageOf([`${base64url('{"alg":"EdDSA","kid":"test-vendor-1"}')}.${base64url(`{"jti":"n","validity":${nested}}`)}.`]));
    const signedNested = await signRaw(`{"jti":"deep","validity":${deepNesting(10_000)}}`, vendorKey);
    const result = await checkInput(packageOf([signedNested]));
    expect(result.ok ? null : result.problems[0]).toMatchObject({ certificateId: 'deep', code: 'INVALID_FIELD' });
  });
});

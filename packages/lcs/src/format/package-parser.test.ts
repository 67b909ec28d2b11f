import { afterEach, describe, expect, it, vi } from 'vitest';
import { base64url, packageOf } from '../test-support/test-certificates.js';
import { decodeEntry, parsePackageFile } from './package-parser.js';
import { DEFAULT_LIMITS, type Problem } from './types.js';

const JWS_LIKE = `${base64url('{"alg":"EdDSA"}')}.${base64url('{"jti":"a"}')}.c2ln`;

function fileProblem(input: Uint8Array | string, limits = DEFAULT_LIMITS): Problem | null {
  const parsed = parsePackageFile(input, limits);
  return parsed.ok ? null : parsed.problem;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('parsePackageFile', () => {
  it('returns the entries of a well-formed file', () => {
    const parsed = parsePackageFile(packageOf(['a', 2]), DEFAULT_LIMITS);
    expect(parsed).toEqual({ ok: true, entries: ['a', 2] });
  });

  it('tolerates a UTF-8 byte-order mark and trailing white space, as bytes or text', () => {
    const text = `\uFEFF${packageOf([JWS_LIKE])}\n\t  \r\n`;
    expect(parsePackageFile(text, DEFAULT_LIMITS).ok).toBe(true);
    expect(parsePackageFile(new TextEncoder().encode(text), DEFAULT_LIMITS).ok).toBe(true);
  });

  it('ignores unknown top-level members', () => {
    expect(parsePackageFile(JSON.stringify({ format: 'lcs', version: 1, certificates: ['x'], note: 1 }), DEFAULT_LIMITS).ok).toBe(true);
  });

  it.each([
    ['not JSON', 'MALFORMED'],
    ['[]', 'MALFORMED'],
    ['null', 'MALFORMED'],
    ['"lcs"', 'MALFORMED'],
    ['{}', 'MALFORMED'],
    ['{"certificates":["x"]}', 'MALFORMED'],
    ['{"format":"lcs","version":1}', 'MALFORMED'],
    ['{"format":"lcs","version":1,"certificates":"x"}', 'MALFORMED'],
    ['{"format":"lcs","version":1,"certificates":[]}', 'MALFORMED'],
    ['{"format":"lcs","version":2,"certificates":["x"]}', 'UNSUPPORTED_VERSION'],
    ['{"format":"lcs","version":"1","certificates":["x"]}', 'UNSUPPORTED_VERSION'],
    ['{"format":"lcs","certificates":["x"]}', 'UNSUPPORTED_VERSION'],
    ['{"format":"LCS","version":1,"certificates":["x"]}', 'UNSUPPORTED_VERSION'],
    ['{"format":"other","version":1,"certificates":["x"]}', 'UNSUPPORTED_VERSION'],
    ['{"version":1,"certificates":["x"]}', 'UNSUPPORTED_VERSION'],
  ])('%s is %s for the whole file', (text, code) => {
    const problem = fileProblem(text);
    expect(problem).toMatchObject({ index: null, certificateId: null, code });
    expect(problem?.message).not.toBe('');
  });

  it('refuses bytes that are not UTF-8', () => {
    expect(fileProblem(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]))?.code).toBe('MALFORMED');
  });

  it('refuses a non-string, non-bytes input without throwing', () => {
    expect(fileProblem(42 as unknown as string)?.code).toBe('MALFORMED');
  });

  describe('limits', () => {
    const limits = { maxBytes: 100, maxCertificates: 3 };

    it('refuses a file over maxBytes before parsing it', () => {
      const parse = vi.spyOn(JSON, 'parse');
      const big = 'x'.repeat(101);
      expect(fileProblem(big, limits)).toMatchObject({ index: null, code: 'TOO_LARGE' });
      expect(fileProblem(new Uint8Array(101), limits)).toMatchObject({ code: 'TOO_LARGE' });
      expect(parse).not.toHaveBeenCalled();
    });

    it('counts UTF-8 bytes, not characters', () => {
      const text = packageOf(['é'.repeat(30)]); // 30 characters, 60 bytes
      expect(text.length).toBeLessThanOrEqual(100);
      expect(fileProblem(text, { maxBytes: text.length + 10, maxCertificates: 3 })?.code).toBe('TOO_LARGE');
    });

    it('accepts a file of exactly maxBytes', () => {
      const text = packageOf(['x']);
      expect(parsePackageFile(text, { maxBytes: text.length, maxCertificates: 3 }).ok).toBe(true);
    });

    it('refuses more than maxCertificates before looking at any entry, even before the version', () => {
      expect(fileProblem(packageOf([1, 2, 3, 4]), limits)).toMatchObject({ index: null, code: 'TOO_LARGE' });
      expect(fileProblem(JSON.stringify({ format: 'lcs', version: 9, certificates: [1, 2, 3, 4] }), limits)?.code).toBe('TOO_LARGE');
      expect(parsePackageFile(packageOf([1, 2, 3]), limits).ok).toBe(true);
    });

    it('uses 16 MiB and 10 000 certificates by default', () => {
      expect(DEFAULT_LIMITS).toEqual({ maxBytes: 16 * 1024 * 1024, maxCertificates: 10_000 });
      const entries = Array.from({ length: 10_001 }, () => 'x');
      expect(fileProblem(packageOf(entries))?.code).toBe('TOO_LARGE');
      expect(parsePackageFile(packageOf(entries.slice(1)), DEFAULT_LIMITS).ok).toBe(true);
    });
  });
});

describe('decodeEntry', () => {
  it('decodes header and payload objects and reads the jti', () => {
    const entry = decodeEntry(JWS_LIKE);
    expect(entry).toMatchObject({ kind: 'decoded', header: { alg: 'EdDSA' }, payload: { jti: 'a' }, certificateId: 'a' });
  });

  it.each([
    ['a non-string', 42, null],
    ['one part', 'abc', null],
    ['two parts', 'abc.def', null],
    ['four parts', `${JWS_LIKE}.x`, null],
    ['an empty header', `.${base64url('{"jti":"a"}')}.`, 'a'],
    ['a header that is not JSON', `${base64url('nope')}.${base64url('{"jti":"a"}')}.`, 'a'],
    ['a header that is an array', `${base64url('[1]')}.${base64url('{"jti":"a"}')}.`, 'a'],
    ['a header that is not base64url', `e30+.${base64url('{"jti":"a"}')}.`, 'a'],
    ['a payload that is not an object', `${base64url('{"alg":"EdDSA"}')}.${base64url('"jti"')}.`, null],
    ['a payload with an impossible base64 length', `${base64url('{"alg":"EdDSA"}')}.abcde.`, null],
    ['a signature that is not base64url', `${base64url('{"alg":"EdDSA"}')}.${base64url('{"jti":"a"}')}.a/b=`, 'a'],
    ['a payload that is not UTF-8', `${base64url('{"alg":"EdDSA"}')}.${Buffer.from([0x7b, 0xff, 0x7d]).toString('base64url')}.`, null],
    ['a header with crit', `${base64url('{"alg":"EdDSA","crit":["b64"],"b64":false}')}.${base64url('{"jti":"a"}')}.`, 'a'],
  ])('refuses %s as MALFORMED, keeping a readable jti', (_name, entry, certificateId) => {
    const decoded = decodeEntry(entry);
    expect(decoded.kind).toBe('malformed');
    expect(decoded.certificateId).toBe(certificateId);
    if (decoded.kind === 'malformed') expect(decoded.message).not.toBe('');
  });

  it('keeps a non-string jti out of certificateId', () => {
    expect(decodeEntry(`${base64url('{"alg":"EdDSA"}')}.${base64url('{"jti":5}')}.`).certificateId).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { base64url, packageOf, readVector } from '../test-support/test-certificates.js';
import { inspectPackage } from './inspect-package.js';

describe('inspectPackage', () => {
  it('decodes every certificate without keys', () => {
    const { certificates, problems } = inspectPackage(readVector('valid-mixed.lcs'));
    expect(problems).toEqual([]);
    expect(certificates.map((certificate) => [certificate.index, certificate.certificateId, certificate.keyId, certificate.algorithm])).toEqual([
      [0, 'vec-platform-365', 'test-vendor-1', 'EdDSA'],
      [1, 'vec-agent-30-a', 'test-vendor-1', 'EdDSA'],
      [2, 'vec-agent-30-b', 'test-vendor-1', 'EdDSA'],
      [3, 'vec-agent-permanent', 'test-vendor-1', 'EdDSA'],
    ]);
    expect(certificates[0]?.fields).toMatchObject({ type: 'PLATFORM', validity: { permanent: false, days: 365 }, orderId: 'SO-1001' });
  });

  it('shows forged and wrong-platform certificates as they are: it does not verify', () => {
    expect(inspectPackage(readVector('bad-signature.lcs')).problems).toEqual([]);
    expect(inspectPackage(readVector('wrong-platform.lcs')).problems).toEqual([]);
    expect(inspectPackage(readVector('unknown-key.lcs')).problems).toEqual([]);
  });

  it('reports what decoding alone can find', () => {
    const noKid = `${base64url('{"alg":"EdDSA"}')}.${base64url('{"jti":"x"}')}.`;
    const invalid = inspectPackage(readVector('invalid-fields.lcs'));
    expect(invalid.problems.map((problem) => problem.code)).toEqual(Array(4).fill('INVALID_FIELD'));
    expect(invalid.certificates.map((certificate) => certificate.fields)).toEqual([null, null, null, null]);
    expect(inspectPackage(readVector('alg-none.lcs')).problems[0]?.code).toBe('UNSUPPORTED_ALG');
    expect(inspectPackage(readVector('duplicate-jti.lcs')).problems).toMatchObject([{ index: 1, code: 'DUPLICATE_IN_PACKAGE' }]);
    expect(inspectPackage(readVector('not-a-jws.lcs')).problems).toMatchObject([{ index: 0, code: 'MALFORMED' }]);
    expect(inspectPackage(readVector('version-2.lcs')).problems).toMatchObject([{ index: null, code: 'UNSUPPORTED_VERSION' }]);
    expect(inspectPackage(packageOf([noKid])).problems).toMatchObject([{ index: 0, certificateId: 'x', code: 'UNKNOWN_KEY' }]);
  });

  it('applies the limits', () => {
    expect(inspectPackage(packageOf(['a', 'b']), { maxBytes: 1000, maxCertificates: 1 }).problems).toMatchObject([{ code: 'TOO_LARGE' }]);
  });
});

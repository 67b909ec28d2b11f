import { describe, expect, it } from 'vitest';
import { payloadWith } from '../test-support/test-certificates.js';
import { MAX_TIMESTAMP_SECONDS, checkCertificateFields, describeValue } from './certificate-rules.js';

function errorsOf(overrides: Record<string, unknown>): readonly string[] {
  const check = checkCertificateFields(payloadWith(overrides));
  return check.ok ? [] : check.errors;
}

describe('checkCertificateFields', () => {
  it('types a valid payload', () => {
    const check = checkCertificateFields(payloadWith({ orderId: 'SO-1', type: 'AGENT', activateBy: 1_800_000_000 }));
    expect(check).toEqual({
      ok: true,
      fields: {
        id: 'cert-1',
        type: 'AGENT',
        mode: 'SUBSCRIPTION',
        validity: { permanent: false, days: 30 },
        licensee: 'Customer Ltd',
        orderId: 'SO-1',
        issuer: 'Test Vendor',
        issuedAt: new Date(1_790_000_000_000),
        activateBy: new Date(1_800_000_000_000),
        platformId: '11111111-2222-4333-8444-555555555555',
      },
    });
  });

  it('ignores unknown members', () => {
    expect(errorsOf({ extra: { nested: [1, 2] } })).toEqual([]);
  });

  it.each([
    [{ validity: { days: 0 } }, 'validity.days must be an integer from 1 to 36500, got 0'],
    [{ validity: { days: 36_501 } }, 'validity.days must be an integer from 1 to 36500, got 36501'],
    [{ validity: { days: 1.5 } }, 'validity.days must be an integer from 1 to 36500, got 1.5'],
    [{ validity: { days: '30' } }, 'validity.days must be an integer from 1 to 36500, got "30"'],
    [{ validity: { permanent: false } }, 'validity.permanent must be true, got false'],
    [{ validity: { days: 5, permanent: true } }, 'validity must be exactly'],
    [{ validity: { days: 5, note: 'x' } }, 'validity must be exactly'],
    [{ validity: {} }, 'got no members'],
    [{ validity: [30] }, 'validity must be'],
    [{ validity: undefined }, 'validity is missing'],
    [{ jti: '' }, 'jti must be 1 to 128 characters'],
    [{ jti: 'a'.repeat(129) }, 'jti must be 1 to 128 characters'],
    [{ jti: 'has space' }, 'jti must be 1 to 128 characters'],
    [{ jti: 'ünïcode' }, 'jti must be 1 to 128 characters'],
    [{ jti: 42 }, 'jti must be a string, got 42'],
    [{ jti: undefined }, 'jti is missing'],
    [{ iss: '' }, 'iss must be 1 to 200 characters long, got 0'],
    [{ iss: 'x'.repeat(201) }, 'iss must be 1 to 200 characters long, got 201'],
    [{ licensee: 'x'.repeat(201) }, 'licensee must be 1 to 200 characters long, got 201'],
    [{ licensee: 'bad\u0000name' }, 'licensee must not contain control characters'],
    [{ licensee: 'lone \ud800 surrogate' }, 'licensee must not contain control characters or unpaired surrogates'],
    [{ licensee: null }, 'licensee must be a string, got null'],
    [{ aud: 7 }, 'aud must be a string, got 7'],
    [{ aud: undefined }, 'aud is missing'],
    [{ iat: 1.5 }, 'iat must be a whole number of seconds'],
    [{ iat: -1 }, 'iat must be a whole number of seconds'],
    [{ iat: 2 ** 53 }, 'iat must be a whole number of seconds'],
    [{ iat: MAX_TIMESTAMP_SECONDS + 1 }, 'iat must be a whole number of seconds'],
    [{ iat: '1790000000' }, 'iat must be a whole number of seconds'],
    [{ iat: undefined }, 'iat is missing'],
    [{ type: 'GALAXY' }, 'type must be one of PLATFORM, AGENT, PLATFORM_UNLIMITED_AGENTS, got "GALAXY"'],
    [{ type: 'platform' }, 'type must be one of'],
    [{ mode: 'FREE' }, 'mode must be one of SUBSCRIPTION, BUYOUT, TEST, got "FREE"'],
    [{ orderId: 'x'.repeat(65) }, 'orderId must be at most 64 characters long, got 65'],
    [{ orderId: 12 }, 'orderId must be a string, got 12'],
    [{ activateBy: 1_800_000_000 }, 'activateBy is allowed only on AGENT certificates, this one is PLATFORM'],
    [{ type: 'AGENT', activateBy: 1.25 }, 'activateBy must be a whole number of seconds'],
    [{ type: 'AGENT', activateBy: '2030-01-01' }, 'activateBy must be a whole number of seconds'],
  ])('%j is refused with a message naming the field', (overrides, message) => {
    const errors = errorsOf(overrides);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(message);
  });

  it('reports every bad member at once', () => {
    expect(errorsOf({ type: 'X', mode: 'Y', licensee: '' })).toHaveLength(3);
  });

  it.each([
    [{ validity: { days: 1 } }],
    [{ validity: { days: 36_500 } }],
    [{ validity: { permanent: true } }],
    [{ jti: 'a'.repeat(128) }],
    [{ jti: 'A-z_0.9:x' }],
    [{ iss: 'x'.repeat(200) }],
    [{ licensee: '😀'.repeat(200) }], // 200 code points, 400 UTF-16 units
    [{ licensee: 'Société Générale — Ünïcode' }],
    [{ orderId: '' }],
    [{ orderId: null }],
    [{ orderId: 'x'.repeat(64) }],
    [{ iat: 0 }],
    [{ iat: MAX_TIMESTAMP_SECONDS }],
    [{ type: 'AGENT', activateBy: 0 }],
    [{ activateBy: null }],
    [{ aud: '' }], // any string: a mismatch is WRONG_PLATFORM, not a field error
  ])('%j is accepted', (overrides) => {
    expect(errorsOf(overrides)).toEqual([]);
  });

  it('reads an empty or null orderId as none', () => {
    for (const orderId of ['', null]) {
      const check = checkCertificateFields(payloadWith({ orderId }));
      expect(check.ok && check.fields.orderId).toBeNull();
    }
  });
});

describe('describeValue', () => {
  it('keeps messages short', () => {
    expect(describeValue('x'.repeat(1000)).length).toBeLessThanOrEqual(60);
    expect(describeValue(undefined)).toBe('nothing');
    expect(describeValue([1, 2])).toBe('an array of 2');
    expect(describeValue({ a: 1 })).toBe('an object');
  });
});

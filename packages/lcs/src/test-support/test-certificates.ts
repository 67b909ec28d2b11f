// Test helpers: sign any payload or header (even invalid ones) with a test key, to reach each
// problem code. Test-only: nothing in src/ outside tests imports this file.
import { readFileSync } from 'node:fs';
import { CompactSign, type JWK } from 'jose';
import { importSigningKey } from '../sign/vendor-key.js';

/** The committed copy of the shared test vectors (packages/lcs/test-vectors/). */
export const VECTORS_DIR = new URL('../../test-vectors/', import.meta.url);
export const VECTOR_PLATFORM_ID = '11111111-2222-4333-8444-555555555555';

export function readVector(name: string): Buffer {
  return readFileSync(new URL(name, VECTORS_DIR));
}

export function readVectorJson(name: string): unknown {
  return JSON.parse(readVector(name).toString('utf8'));
}

/** The TEST-ONLY private key of the vectors (kid test-vendor-1). */
export function vectorPrivateKey(): JWK {
  const jwk = readVectorJson('TEST-ONLY-vendor-private-key.jwk.json');
  if (typeof jwk !== 'object' || jwk === null) throw new Error('bad test key');
  return jwk;
}

export const ISSUED_AT_SECONDS = 1_790_000_000;

/** A valid payload for the vector platform, with members replaced or removed (undefined). */
export function payloadWith(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const payload: Record<string, unknown> = {
    jti: 'cert-1',
    iss: 'Test Vendor',
    aud: VECTOR_PLATFORM_ID,
    iat: ISSUED_AT_SECONDS,
    type: 'PLATFORM',
    mode: 'SUBSCRIPTION',
    validity: { days: 30 },
    licensee: 'Customer Ltd',
  };
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) delete payload[key];
    else payload[key] = value;
  }
  return payload;
}

/** Signs the payload as given (no field checks), with a header { alg: EdDSA, kid } plus extras. */
export async function signRaw(payload: unknown, privateJwk: JWK, header: Record<string, unknown> = {}): Promise<string> {
  const { kid, key } = await importSigningKey(privateJwk);
  const bytes = new TextEncoder().encode(typeof payload === 'string' ? payload : JSON.stringify(payload));
  return new CompactSign(bytes).setProtectedHeader({ alg: 'EdDSA', typ: 'lcs-cert', kid, ...header }).sign(key);
}

/** The .lcs text for raw entries (which may be anything, even non-strings). */
export function packageOf(entries: readonly unknown[]): string {
  return JSON.stringify({ format: 'lcs', version: 1, certificates: entries });
}

export function base64url(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64url');
}

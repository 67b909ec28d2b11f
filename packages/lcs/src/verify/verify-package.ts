// Verifies a whole .lcs package: every certificate is checked and reported once, with the first
// problem code that applies in LCS-FORMAT.md's order.
import { compactVerify, errors as joseErrors } from 'jose';
import { checkCertificateFields, describeValue, type FieldCheck } from '../format/certificate-rules.js';
import { decodeEntry, parsePackageFile, type DecodedEntry } from '../format/package-parser.js';
import { DEFAULT_LIMITS, LCS_ALGORITHM, type Certificate, type PackageLimits, type Problem } from '../format/types.js';
import { findTrustedKey, isTrustedKeys, type TrustedKeys } from './trusted-keys.js';

export interface VerifyOptions {
  readonly trustedKeys: TrustedKeys;
  /** This platform's instanceId; a certificate's `aud` must equal it exactly. */
  readonly platformId: string;
  /** The upload time: an `activateBy` at or before it is too late. */
  readonly now: Date;
  readonly limits?: PackageLimits;
}

export type VerifyResult =
  | { readonly ok: true; readonly certificates: readonly Certificate[] }
  | { readonly ok: false; readonly problems: readonly Problem[]; readonly certificates: readonly Certificate[] };

const VERIFY_OPTIONS = { algorithms: [LCS_ALGORITHM] };
/** How many entries are decoded between two turns of the event loop (see verifyPackage). */
const CHECKS_PER_TURN = 256;

/** What is known about one entry before its signature is checked. */
type Stage =
  | { readonly kind: 'problem'; readonly problem: Problem }
  | { readonly kind: 'signed'; readonly entry: Extract<DecodedEntry, { kind: 'decoded' }>; readonly kid: string; readonly fields: FieldCheck };

/**
 * Never rejects for any input: every defect of the package becomes a Problem. (It throws a
 * TypeError only for invalid options, which are the caller's programming error.)
 * DUPLICATE_IN_PACKAGE: a certificate whose jti an earlier entry's payload also has, whatever that
 * earlier entry's own problems (so one upload reports everything that must be fixed).
 */
export async function verifyPackage(input: Uint8Array | string, options: VerifyOptions): Promise<VerifyResult> {
  const { trustedKeys, platformId, now } = options;
  if (!isTrustedKeys(trustedKeys)) throw new TypeError('verifyPackage: options.trustedKeys must come from importTrustedKeys()');
  if (typeof platformId !== 'string') throw new TypeError('verifyPackage: options.platformId must be a string');
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) throw new TypeError('verifyPackage: options.now must be a valid Date');

  const parsed = parsePackageFile(input, options.limits ?? DEFAULT_LIMITS);
  if (!parsed.ok) return { ok: false, problems: [parsed.problem], certificates: [] };

  // Each entry is decoded and its signature check started in turn, and the loop pauses every
  // CHECKS_PER_TURN entries so that the checks already started reach the crypto thread pool while the
  // rest are decoded: the pool verifies on the other cores instead of waiting for the whole loop.
  const firstIndexById = new Map<string, number>();
  const signatureChecks: Promise<unknown>[] = [];
  const stages: Stage[] = [];
  for (const [index, raw] of parsed.entries.entries()) {
    if (index > 0 && index % CHECKS_PER_TURN === 0) await new Promise((resolve) => setImmediate(resolve));
    const entry = decodeEntry(raw);
    if (entry.certificateId !== null && !firstIndexById.has(entry.certificateId)) firstIndexById.set(entry.certificateId, index);
    stages.push(stageOf(entry, index, trustedKeys, signatureChecks));
  }
  const signatureErrors = await Promise.all(signatureChecks);

  const problems: Problem[] = [];
  const certificates: Certificate[] = [];
  stages.forEach((stage, index) => {
    if (stage.kind === 'problem') {
      problems.push(stage.problem);
      return;
    }
    const certificateId = stage.entry.certificateId;
    const report = (code: Problem['code'], message: string): void => {
      problems.push({ index, certificateId, code, message });
    };
    const signatureError = signatureErrors[index];
    if (signatureError !== null) {
      report('BAD_SIGNATURE', badSignatureMessage(stage.kid, signatureError));
      return;
    }
    if (!stage.fields.ok) {
      report('INVALID_FIELD', `Invalid certificate: ${stage.fields.errors.join('; ')}.`);
      return;
    }
    const fields = stage.fields.fields;
    if (fields.platformId !== platformId) {
      report('WRONG_PLATFORM', `The certificate is for platform ${describeValue(fields.platformId)}, not this one (${describeValue(platformId)}).`);
      return;
    }
    if (fields.activateBy !== null && fields.activateBy.getTime() <= now.getTime()) {
      report(
        'ACTIVATION_DEADLINE_PASSED',
        `The certificate had to be uploaded and bound before ${fields.activateBy.toISOString()} (activateBy); it is now ${now.toISOString()}.`,
      );
      return;
    }
    const firstIndex = firstIndexById.get(fields.id);
    if (firstIndex !== undefined && firstIndex < index) {
      report('DUPLICATE_IN_PACKAGE', `Certificate id "${fields.id}" already appears at index ${firstIndex} of this package.`);
      return;
    }
    certificates.push({ ...fields, keyId: stage.kid });
  });

  return problems.length === 0 ? { ok: true, certificates } : { ok: false, problems, certificates };
}

/** Decodes what can be known of one entry before its signature is checked, and starts that check. */
function stageOf(entry: DecodedEntry, index: number, trustedKeys: TrustedKeys, signatureChecks: Promise<unknown>[]): Stage {
  const problem = (code: Problem['code'], message: string): Stage => ({
    kind: 'problem',
    problem: { index, certificateId: entry.certificateId, code, message },
  });
  if (entry.kind === 'malformed') return problem('MALFORMED', entry.message);
  const alg = entry.header['alg'];
  if (alg !== LCS_ALGORITHM) {
    return problem('UNSUPPORTED_ALG', `The signature algorithm is ${describeValue(alg)}; only EdDSA (Ed25519) is accepted.`);
  }
  const kid = entry.header['kid'];
  if (typeof kid !== 'string') {
    return problem('UNKNOWN_KEY', 'The certificate does not name its signing key (header "kid" is missing or not a string).');
  }
  const key = findTrustedKey(trustedKeys, kid);
  if (key === undefined) {
    return problem('UNKNOWN_KEY', `The certificate is signed with key ${describeValue(kid)}, which this platform does not trust.`);
  }
  signatureChecks[index] = compactVerify(entry.jws, key, VERIFY_OPTIONS).then(
    () => null,
    (error: unknown) => error,
  );
  return { kind: 'signed', entry, kid, fields: checkCertificateFields(entry.payload) };
}

function badSignatureMessage(kid: string, error: unknown): string {
  if (error instanceof joseErrors.JWSSignatureVerificationFailed) {
    return `The signature does not match vendor key ${describeValue(kid)}: the certificate was changed after signing, or not signed with that key.`;
  }
  const reason = error instanceof Error ? error.message : String(error);
  return `The signature could not be verified with vendor key ${describeValue(kid)}: ${reason}.`;
}

// Decodes a package for display WITHOUT checking signatures, keys, the platform id or deadlines:
// for a vendor or support person to see what a file says. Never trust its output for licensing.
import { checkCertificateFields, describeValue, type JsonObject } from '../format/certificate-rules.js';
import { decodeEntry, parsePackageFile } from '../format/package-parser.js';
import { DEFAULT_LIMITS, LCS_ALGORITHM, type CertificateFields, type PackageLimits, type Problem } from '../format/types.js';

export interface InspectedCertificate {
  readonly index: number;
  /** The payload's `jti` when it is a string. */
  readonly certificateId: string | null;
  /** Header `alg`, when a string. */
  readonly algorithm: string | null;
  /** Header `kid`, when a string. */
  readonly keyId: string | null;
  readonly header: JsonObject;
  readonly payload: JsonObject;
  /** The typed members when every field is valid, else null (the problem says why). */
  readonly fields: CertificateFields | null;
}

export interface InspectResult {
  /** Every entry that decodes to a header and a payload, valid or not. */
  readonly certificates: InspectedCertificate[];
  /** What decoding alone can find: MALFORMED, UNSUPPORTED_ALG, UNKNOWN_KEY (no kid), INVALID_FIELD, DUPLICATE_IN_PACKAGE, and whole-file problems. */
  readonly problems: Problem[];
}

/** Never throws for any input. */
export function inspectPackage(input: Uint8Array | string, limits: PackageLimits = DEFAULT_LIMITS): InspectResult {
  const parsed = parsePackageFile(input, limits);
  if (!parsed.ok) return { certificates: [], problems: [parsed.problem] };

  const certificates: InspectedCertificate[] = [];
  const problems: Problem[] = [];
  const firstIndexById = new Map<string, number>();
  parsed.entries.forEach((raw, index) => {
    const entry = decodeEntry(raw);
    const { certificateId } = entry;
    if (certificateId !== null && !firstIndexById.has(certificateId)) firstIndexById.set(certificateId, index);
    const report = (code: Problem['code'], message: string): void => {
      problems.push({ index, certificateId, code, message });
    };
    if (entry.kind === 'malformed') {
      report('MALFORMED', entry.message);
      return;
    }
    const alg = entry.header['alg'];
    const kid = entry.header['kid'];
    const check = checkCertificateFields(entry.payload);
    certificates.push({
      index,
      certificateId,
      algorithm: typeof alg === 'string' ? alg : null,
      keyId: typeof kid === 'string' ? kid : null,
      header: entry.header,
      payload: entry.payload,
      fields: check.ok ? check.fields : null,
    });
    const firstIndex = certificateId === null ? undefined : firstIndexById.get(certificateId);
    if (alg !== LCS_ALGORITHM) report('UNSUPPORTED_ALG', `The signature algorithm is ${describeValue(alg)}; only EdDSA (Ed25519) is accepted.`);
    else if (typeof kid !== 'string') report('UNKNOWN_KEY', 'The certificate does not name its signing key (header "kid" is missing or not a string).');
    else if (!check.ok) report('INVALID_FIELD', `Invalid certificate: ${check.errors.join('; ')}.`);
    else if (firstIndex !== undefined && firstIndex < index) {
      report('DUPLICATE_IN_PACKAGE', `Certificate id "${certificateId}" already appears at index ${firstIndex} of this package.`);
    }
  });
  return { certificates, problems };
}

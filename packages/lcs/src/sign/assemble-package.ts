// Puts signed certificates into the .lcs file. The certificates are already signed, so this only
// checks the package-level rules a platform would otherwise refuse.
import { DEFAULT_LIMITS, LCS_FORMAT, LCS_VERSION } from '../format/types.js';

const COMPACT_JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;

/** The .lcs JSON text (one line, no trailing newline). Throws for an empty or oversized list. */
export function assemblePackage(certificates: readonly string[]): string {
  if (!Array.isArray(certificates) || certificates.length === 0) throw new Error('A package needs at least one certificate');
  if (certificates.length > DEFAULT_LIMITS.maxCertificates) {
    throw new Error(`A package holds at most ${DEFAULT_LIMITS.maxCertificates} certificates, got ${certificates.length}: split them into several files`);
  }
  certificates.forEach((certificate, index) => {
    if (typeof certificate !== 'string' || !COMPACT_JWS.test(certificate)) {
      throw new Error(`Certificate ${index} is not a compact JWS string`);
    }
  });
  return JSON.stringify({ format: LCS_FORMAT, version: LCS_VERSION, certificates });
}

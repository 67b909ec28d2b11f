// Public API of @licensing/lcs: the .lcs license package format (parse, verify, sign).
export { DAY_MS, DEV_KEY_FILE, INSTANCE_ID_FILE, UUID_PATTERN } from './format/constants.js';
export {
  CERTIFICATE_MODES,
  CERTIFICATE_TYPES,
  DEFAULT_LIMITS,
  LCS_ALGORITHM,
  LCS_CERTIFICATE_TYP,
  LCS_FORMAT,
  LCS_VERSION,
  PROBLEM_CODES,
} from './format/types.js';
export type { Certificate, CertificateFields, CertificateMode, CertificateType, PackageLimits, Problem, ProblemCode, Validity } from './format/types.js';
export {
  JTI_PATTERN,
  MAX_ISSUER_LENGTH,
  MAX_JTI_LENGTH,
  MAX_LICENSEE_LENGTH,
  MAX_ORDER_ID_LENGTH,
  MAX_TIMESTAMP_SECONDS,
  MAX_VALIDITY_DAYS,
  MIN_VALIDITY_DAYS,
  checkCertificateFields,
} from './format/certificate-rules.js';
export type { FieldCheck, JsonObject } from './format/certificate-rules.js';
export { importTrustedKeys, isTrustedKeys, trustedKeyFingerprints, trustedKeyIds } from './verify/trusted-keys.js';
export type { TrustedKeyFingerprint, TrustedKeys } from './verify/trusted-keys.js';
export { verifyPackage } from './verify/verify-package.js';
export type { VerifyOptions, VerifyResult } from './verify/verify-package.js';
export { inspectPackage } from './inspect/inspect-package.js';
export type { InspectedCertificate, InspectResult } from './inspect/inspect-package.js';
export { KEY_ID_PATTERN, generateVendorKeyPair, importSigningKey } from './sign/vendor-key.js';
export type { SigningKey, VendorKeyPair } from './sign/vendor-key.js';
export { checkCertificateClaims, claimsToPayload, signCertificate } from './sign/sign-certificate.js';
export type { CertificateClaims } from './sign/sign-certificate.js';
export { assemblePackage } from './sign/assemble-package.js';
export type { JWK } from 'jose';

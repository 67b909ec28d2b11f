// Types and constants of the .lcs format, version 1 (see LCS-FORMAT.md). Pure: no I/O, no crypto.

export const LCS_FORMAT = 'lcs';
export const LCS_VERSION = 1;
/** The only JWS algorithm a certificate may use (Ed25519). */
export const LCS_ALGORITHM = 'EdDSA';
/** The `typ` header this library writes; readers do not check it. */
export const LCS_CERTIFICATE_TYP = 'lcs-cert';

export const CERTIFICATE_TYPES = ['PLATFORM', 'AGENT', 'PLATFORM_UNLIMITED_AGENTS'] as const;
export type CertificateType = (typeof CERTIFICATE_TYPES)[number];

export const CERTIFICATE_MODES = ['SUBSCRIPTION', 'BUYOUT', 'TEST'] as const;
export type CertificateMode = (typeof CERTIFICATE_MODES)[number];

export type Validity = { readonly permanent: false; readonly days: number } | { readonly permanent: true };

/** A certificate whose signature, key, fields, platform and deadline all passed. */
export interface Certificate {
  readonly id: string; // jti
  readonly type: CertificateType;
  readonly mode: CertificateMode;
  readonly validity: Validity;
  readonly licensee: string;
  readonly orderId: string | null;
  readonly issuer: string; // iss
  readonly issuedAt: Date; // iat
  readonly activateBy: Date | null;
  readonly keyId: string; // kid
  readonly platformId: string; // aud
}

/** The payload's members, typed; what a certificate says before its signature is trusted. */
export type CertificateFields = Omit<Certificate, 'keyId'>;

/** In the order of LCS-FORMAT.md's table: a bad certificate is reported with the first that applies. */
export const PROBLEM_CODES = [
  'TOO_LARGE',
  'UNSUPPORTED_VERSION',
  'MALFORMED',
  'UNSUPPORTED_ALG',
  'UNKNOWN_KEY',
  'BAD_SIGNATURE',
  'INVALID_FIELD',
  'WRONG_PLATFORM',
  'ACTIVATION_DEADLINE_PASSED',
  'DUPLICATE_IN_PACKAGE',
] as const satisfies readonly string[];
export type ProblemCode = (typeof PROBLEM_CODES)[number];

export interface Problem {
  /** 0-based position in `certificates`; null for a problem of the whole file. */
  readonly index: number | null;
  /** The payload's `jti` when it decodes to an object with a string `jti` (even an invalid one). */
  readonly certificateId: string | null;
  readonly code: ProblemCode;
  /** For a person: names the field or the reason. */
  readonly message: string;
}

export interface PackageLimits {
  readonly maxBytes: number;
  readonly maxCertificates: number;
}

export const DEFAULT_LIMITS: PackageLimits = Object.freeze({
  maxBytes: 16 * 1024 * 1024,
  maxCertificates: 10_000,
});

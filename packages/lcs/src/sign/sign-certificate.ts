// Signs one certificate as a compact JWS. The same field rules as the verifier run first, so the
// vendor can never issue a certificate that platforms would refuse as INVALID_FIELD.
import { CompactSign, type JWK } from 'jose';
import { checkCertificateFields } from '../format/certificate-rules.js';
import { LCS_ALGORITHM, LCS_CERTIFICATE_TYP, type CertificateMode, type CertificateType, type Validity } from '../format/types.js';
import { importSigningKey } from './vendor-key.js';

export interface CertificateClaims {
  id: string;
  type: CertificateType;
  mode: CertificateMode;
  validity: Validity;
  licensee: string;
  orderId?: string | null;
  issuer: string;
  /** Written in whole seconds (rounded down). */
  issuedAt: Date;
  /** AGENT only; written in whole seconds (rounded down). */
  activateBy?: Date | null;
  /** The platform instanceId (`aud`). */
  platformId: string;
}

// Payload member names differ from the claim names; messages speak the caller's language.
const CLAIM_NAMES: Readonly<Record<string, string>> = { jti: 'id', iss: 'issuer', aud: 'platformId', iat: 'issuedAt' };

function toSeconds(date: Date | null | undefined): number | undefined {
  return date instanceof Date ? Math.floor(date.getTime() / 1000) : undefined;
}

/** The payload JSON object for these claims (member order as in LCS-FORMAT.md). */
export function claimsToPayload(claims: CertificateClaims): Record<string, unknown> {
  const validity = claims.validity;
  const payload: Record<string, unknown> = {
    jti: claims.id,
    iss: claims.issuer,
    aud: claims.platformId,
    iat: toSeconds(claims.issuedAt),
    type: claims.type,
    mode: claims.mode,
    validity: validity?.permanent === true ? { permanent: true } : { days: validity?.days },
    licensee: claims.licensee,
  };
  if (claims.orderId !== undefined && claims.orderId !== null && claims.orderId !== '') payload['orderId'] = claims.orderId;
  if (claims.activateBy !== undefined && claims.activateBy !== null) payload['activateBy'] = toSeconds(claims.activateBy);
  return payload;
}

/** Every reason these claims would make an invalid certificate; empty when they are fine. */
export function checkCertificateClaims(claims: CertificateClaims): string[] {
  const errors: string[] = [];
  if (!(claims.issuedAt instanceof Date) || Number.isNaN(claims.issuedAt.getTime())) errors.push('issuedAt must be a valid Date');
  const activateBy = claims.activateBy;
  if (activateBy !== undefined && activateBy !== null && (!(activateBy instanceof Date) || Number.isNaN(activateBy.getTime()))) {
    errors.push('activateBy must be a valid Date or null');
  }
  if (errors.length > 0) return errors;
  const check = checkCertificateFields(claimsToPayload(claims));
  if (check.ok) return [];
  return check.errors.map((message) => message.replace(/^(jti|iss|aud|iat)\b/, (name) => CLAIM_NAMES[name] ?? name));
}

/** Signs one certificate; the header's kid is the JWK's. Throws for invalid claims or key. */
export async function signCertificate(claims: CertificateClaims, privateJwk: JWK): Promise<string> {
  const errors = checkCertificateClaims(claims);
  if (errors.length > 0) throw new Error(`Invalid certificate claims: ${errors.join('; ')}`);
  const { kid, key } = await importSigningKey(privateJwk);
  const payload = new TextEncoder().encode(JSON.stringify(claimsToPayload(claims)));
  return new CompactSign(payload).setProtectedHeader({ alg: LCS_ALGORITHM, typ: LCS_CERTIFICATE_TYP, kid }).sign(key);
}

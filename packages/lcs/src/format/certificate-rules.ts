// Field rules of a certificate payload (LCS-FORMAT.md, "One certificate"). Pure functions: the
// verifier uses them on what it reads and the signer on what it writes, so both agree.
import { CERTIFICATE_MODES, CERTIFICATE_TYPES, type CertificateFields, type CertificateMode, type CertificateType, type Validity } from './types.js';

export const JTI_PATTERN = /^[A-Za-z0-9._:-]{1,128}$/;
export const MAX_JTI_LENGTH = 128;
export const MAX_ISSUER_LENGTH = 200;
export const MAX_LICENSEE_LENGTH = 200;
export const MAX_ORDER_ID_LENGTH = 64;
export const MIN_VALIDITY_DAYS = 1;
export const MAX_VALIDITY_DAYS = 36_500;
/** The latest instant a JS Date can hold, in seconds: later timestamps could not be shown or stored. */
export const MAX_TIMESTAMP_SECONDS = 8_640_000_000_000;

export type JsonObject = Readonly<Record<string, unknown>>;

export type FieldCheck = { readonly ok: true; readonly fields: CertificateFields } | { readonly ok: false; readonly errors: readonly string[] };

/** A short rendering of a value for messages; never huge, never throws. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  let text: string;
  if (typeof value === 'string') text = JSON.stringify(value);
  else if (typeof value === 'number' || typeof value === 'boolean' || value === null) text = String(value);
  else if (Array.isArray(value)) text = `an array of ${value.length}`;
  else if (typeof value === 'object') text = 'an object';
  else text = typeof value;
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// Control characters would break display and PostgreSQL text (NUL); lone surrogates are not text.
const FORBIDDEN_TEXT = /[\p{Cc}\p{Cs}]/u;

/** Length in Unicode code points, as PostgreSQL's varchar counts it. */
function codePointLength(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    // A high surrogate followed by a low one is one code point.
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    count++;
  }
  return count;
}

function checkText(errors: string[], name: string, value: unknown, min: number, max: number): string | null {
  if (typeof value !== 'string') {
    errors.push(value === undefined ? `${name} is missing` : `${name} must be a string, got ${describeValue(value)}`);
    return null;
  }
  const length = codePointLength(value);
  if (length < min || length > max) {
    const range = min === 0 ? `at most ${max}` : `${min} to ${max}`;
    errors.push(`${name} must be ${range} characters long, got ${length}`);
    return null;
  }
  if (FORBIDDEN_TEXT.test(value)) {
    errors.push(`${name} must not contain control characters or unpaired surrogates`);
    return null;
  }
  return value;
}

function checkTimestamp(errors: string[], name: string, value: unknown): number | null {
  if (value === undefined) {
    errors.push(`${name} is missing`);
    return null;
  }
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0 || value > MAX_TIMESTAMP_SECONDS) {
    errors.push(`${name} must be a whole number of seconds since 1970 (0 to ${MAX_TIMESTAMP_SECONDS}), got ${describeValue(value)}`);
    return null;
  }
  return value;
}

function checkEnum<T extends string>(errors: string[], name: string, value: unknown, allowed: readonly T[]): T | null {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  errors.push(value === undefined ? `${name} is missing` : `${name} must be one of ${allowed.join(', ')}, got ${describeValue(value)}`);
  return null;
}

function checkValidity(errors: string[], value: unknown): Validity | null {
  const shapes = '{ "days": 1..36500 } or { "permanent": true }';
  if (!isJsonObject(value)) {
    errors.push(value === undefined ? 'validity is missing' : `validity must be ${shapes}, got ${describeValue(value)}`);
    return null;
  }
  const keys = Object.keys(value);
  if (keys.length === 1 && keys[0] === 'days') {
    const days = value['days'];
    if (typeof days === 'number' && Number.isInteger(days) && days >= MIN_VALIDITY_DAYS && days <= MAX_VALIDITY_DAYS) {
      return { permanent: false, days };
    }
    errors.push(`validity.days must be an integer from ${MIN_VALIDITY_DAYS} to ${MAX_VALIDITY_DAYS}, got ${describeValue(days)}`);
    return null;
  }
  if (keys.length === 1 && keys[0] === 'permanent') {
    if (value['permanent'] === true) return { permanent: true };
    errors.push(`validity.permanent must be true, got ${describeValue(value['permanent'])}`);
    return null;
  }
  const members =
    keys.length === 0
      ? 'no members'
      : `members ${keys
          .slice(0, 5)
          .map((key) => describeValue(key))
          .join(', ')}${keys.length > 5 ? ', ...' : ''}`;
  errors.push(`validity must be exactly ${shapes}, with nothing else; got ${members}`);
  return null;
}

/**
 * Checks every member of a decoded payload and returns the typed fields, or one message per bad
 * member. Absent and null `orderId` / `activateBy` both mean "none"; an empty `orderId` is "none" too.
 * Unknown members are ignored (the format allows them).
 */
export function checkCertificateFields(payload: JsonObject): FieldCheck {
  const errors: string[] = [];

  const jtiValue = payload['jti'];
  let id: string | null = null;
  if (typeof jtiValue !== 'string') {
    errors.push(jtiValue === undefined ? 'jti is missing' : `jti must be a string, got ${describeValue(jtiValue)}`);
  } else if (!JTI_PATTERN.test(jtiValue)) {
    errors.push(`jti must be 1 to ${MAX_JTI_LENGTH} characters of A-Z a-z 0-9 . _ : -, got ${describeValue(jtiValue)}`);
  } else {
    id = jtiValue;
  }

  const issuer = checkText(errors, 'iss', payload['iss'], 1, MAX_ISSUER_LENGTH);

  const audValue = payload['aud'];
  let platformId: string | null = null;
  if (typeof audValue === 'string') platformId = audValue;
  else errors.push(audValue === undefined ? 'aud is missing' : `aud must be a string, got ${describeValue(audValue)}`);

  const iat = checkTimestamp(errors, 'iat', payload['iat']);
  const type: CertificateType | null = checkEnum(errors, 'type', payload['type'], CERTIFICATE_TYPES);
  const mode: CertificateMode | null = checkEnum(errors, 'mode', payload['mode'], CERTIFICATE_MODES);
  const validity = checkValidity(errors, payload['validity']);
  const licensee = checkText(errors, 'licensee', payload['licensee'], 1, MAX_LICENSEE_LENGTH);

  let orderId: string | null = null;
  const orderValue = payload['orderId'];
  if (orderValue !== undefined && orderValue !== null) {
    const checked = checkText(errors, 'orderId', orderValue, 0, MAX_ORDER_ID_LENGTH);
    orderId = checked === '' ? null : checked;
  }

  let activateBy: number | null = null;
  const activateValue = payload['activateBy'];
  if (activateValue !== undefined && activateValue !== null) {
    if (type !== null && type !== 'AGENT') {
      errors.push(`activateBy is allowed only on AGENT certificates, this one is ${type}`);
    } else {
      activateBy = checkTimestamp(errors, 'activateBy', activateValue);
    }
  }

  if (
    errors.length > 0 ||
    id === null ||
    issuer === null ||
    platformId === null ||
    iat === null ||
    type === null ||
    mode === null ||
    validity === null ||
    licensee === null
  ) {
    return { ok: false, errors };
  }
  return {
    ok: true,
    fields: {
      id,
      type,
      mode,
      validity,
      licensee,
      orderId,
      issuer,
      issuedAt: new Date(iat * 1000),
      activateBy: activateBy === null ? null : new Date(activateBy * 1000),
      platformId,
    },
  };
}

// Turns `--cert "type=...,mode=..."` strings and `--spec` files into certificate drafts. Pure: the
// issue command adds the key, platform, issuer and time, and the library's rules check the rest.
import { isJsonObject } from '../format/certificate-rules.js';
import { CERTIFICATE_MODES, CERTIFICATE_TYPES, type CertificateMode, type CertificateType, type Validity } from '../format/types.js';

export interface CertificateDraft {
  /** Where it came from, for messages: `--cert 2` or `spec certificates[0]`. */
  readonly source: string;
  readonly id: string | null;
  readonly type: CertificateType;
  readonly mode: CertificateMode;
  readonly validity: Validity;
  readonly licensee: string;
  readonly orderId: string | null;
  readonly activateBy: Date | null;
}

export interface SpecFile {
  readonly platform: string | null;
  readonly orderId: string | null;
  readonly issuer: string | null;
  readonly drafts: readonly CertificateDraft[];
}

export type DraftsResult = { readonly ok: true; readonly drafts: CertificateDraft[] } | { readonly ok: false; readonly errors: string[] };

/** The members one certificate may have, with the same meaning in both sources. */
interface RawDraft {
  id?: unknown;
  type?: unknown;
  mode?: unknown;
  days?: unknown;
  permanent?: unknown;
  licensee?: unknown;
  orderId?: unknown;
  activateBy?: unknown;
}

const CERT_KEYS: Readonly<Record<string, keyof RawDraft>> = {
  id: 'id',
  type: 'type',
  mode: 'mode',
  days: 'days',
  permanent: 'permanent',
  licensee: 'licensee',
  order: 'orderId',
  'activate-by': 'activateBy',
};
const SPEC_CERT_KEYS: readonly (keyof RawDraft)[] = ['id', 'type', 'mode', 'days', 'permanent', 'licensee', 'orderId', 'activateBy'];
const SPEC_TOP_KEYS = ['platform', 'orderId', 'issuer', 'certificates'];

// A date, or a date and time; UTC unless an offset is given.
const ISO_DATE = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?)(Z|[+-]\d{2}:\d{2})?)?$/;

/** Parses an ISO 8601 date ("2026-12-31", UTC midnight) or date-time ("2026-12-31T12:00Z"). */
export function parseIsoDate(text: string): Date | null {
  const match = ISO_DATE.exec(text.trim());
  if (match === null) return null;
  const [, day, time, zone] = match;
  const date = new Date(time === undefined ? `${day}T00:00:00Z` : `${day}T${time}${zone ?? 'Z'}`);
  // Date accepts 2026-02-31 by rolling over; refuse it by checking the day survived.
  if (Number.isNaN(date.getTime())) return null;
  const offsetless = time === undefined || zone === undefined || zone === 'Z';
  if (offsetless && date.toISOString().slice(0, 10) !== day) return null;
  return date;
}

/** Splits `key=value,key=value`; `\,` is a comma inside a value and `\\` a backslash. */
function splitCertSpec(text: string): string[] {
  const segments: string[] = [];
  let current = '';
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '\\' && (text[i + 1] === ',' || text[i + 1] === '\\')) {
      current += text[i + 1];
      i++;
    } else if (char === ',') {
      segments.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  segments.push(current);
  return segments;
}

/** Parses one `--cert` value. */
export function parseCertOption(text: string, source: string): { ok: true; draft: CertificateDraft } | { ok: false; errors: string[] } {
  const raw: RawDraft = {};
  const errors: string[] = [];
  for (const segment of splitCertSpec(text)) {
    if (segment.trim() === '') continue;
    const equals = segment.indexOf('=');
    const key = (equals < 0 ? segment : segment.slice(0, equals)).trim().toLowerCase();
    const value = equals < 0 ? null : segment.slice(equals + 1).trim();
    const member = CERT_KEYS[key];
    if (member === undefined) {
      errors.push(
        equals < 0
          ? `"${segment.trim()}" is not key=value (write a comma inside a value as \\,)`
          : `unknown key "${key}"; use ${Object.keys(CERT_KEYS).join(', ')}`,
      );
      continue;
    }
    if (raw[member] !== undefined) {
      errors.push(`${key} is given twice`);
      continue;
    }
    if (member === 'permanent') {
      if (value === null || value.toLowerCase() === 'true') raw.permanent = true;
      else errors.push(`permanent takes no value (or "true"), got "${value}"`);
    } else if (value === null) {
      errors.push(`${key} needs a value: ${key}=...`);
    } else if (member === 'days') {
      raw.days = /^\d{1,9}$/.test(value) ? Number(value) : value;
    } else {
      raw[member] = value;
    }
  }
  const checked = checkRawDraft(raw, source, 'activate-by');
  errors.push(...(checked.ok ? [] : checked.errors));
  if (errors.length > 0 || !checked.ok) return { ok: false, errors: errors.map((error) => `${source}: ${error}`) };
  return { ok: true, draft: checked.draft };
}

function checkRawDraft(raw: RawDraft, source: string, activateByName: string): { ok: true; draft: CertificateDraft } | { ok: false; errors: string[] } {
  const errors: string[] = [];
  const type = enumValue(raw.type, 'type', CERTIFICATE_TYPES, errors);
  const mode = enumValue(raw.mode, 'mode', CERTIFICATE_MODES, errors);

  let validity: Validity | null = null;
  if (raw.permanent !== undefined && raw.days !== undefined) errors.push('give either days or permanent, not both');
  else if (raw.permanent !== undefined) {
    if (raw.permanent === true) validity = { permanent: true };
    else errors.push(`permanent must be true, got ${JSON.stringify(raw.permanent)}`);
  } else if (raw.days !== undefined) {
    // The range (1..36500) is the library's rule and is checked when the certificate is built.
    if (typeof raw.days === 'number' && Number.isInteger(raw.days)) validity = { permanent: false, days: raw.days };
    else errors.push(`days must be a whole number of days, got ${JSON.stringify(raw.days)}`);
  } else errors.push('give the validity: days=N or permanent');

  const licensee = stringValue(raw.licensee, 'licensee', errors, true);
  const id = stringValue(raw.id, 'id', errors, false);
  const orderId = stringValue(raw.orderId, 'orderId', errors, false);

  let activateBy: Date | null = null;
  if (raw.activateBy !== undefined) {
    activateBy = typeof raw.activateBy === 'string' ? parseIsoDate(raw.activateBy) : null;
    if (activateBy === null) {
      errors.push(`${activateByName} must be an ISO date such as 2026-12-31 or 2026-12-31T12:00:00Z, got ${JSON.stringify(raw.activateBy)}`);
    }
  }

  if (errors.length > 0 || type === null || mode === null || validity === null || licensee === null) return { ok: false, errors };
  return { ok: true, draft: { source, id, type, mode, validity, licensee, orderId, activateBy } };
}

function enumValue<T extends string>(value: unknown, name: string, allowed: readonly T[], errors: string[]): T | null {
  if (value === undefined) {
    errors.push(`${name} is required (${allowed.join(', ')})`);
    return null;
  }
  const upper = typeof value === 'string' ? value.toUpperCase() : value;
  const found = allowed.find((candidate) => candidate === upper);
  if (found === undefined) errors.push(`${name} must be one of ${allowed.join(', ')}, got ${JSON.stringify(value)}`);
  return found ?? null;
}

function stringValue(value: unknown, name: string, errors: string[], required: boolean): string | null {
  if (value === undefined || value === null) {
    if (required) errors.push(`${name} is required`);
    return null;
  }
  if (typeof value !== 'string') {
    errors.push(`${name} must be a string, got ${JSON.stringify(value)}`);
    return null;
  }
  return value;
}

/** Parses a --spec document (already JSON-parsed). See the README for its shape. */
export function parseSpecFile(document: unknown, fileName: string): { ok: true; spec: SpecFile } | { ok: false; errors: string[] } {
  if (!isJsonObject(document)) {
    return { ok: false, errors: [`${fileName}: expected an object { "platform", "orderId", "issuer", "certificates": [...] }`] };
  }
  const errors: string[] = [];
  for (const key of Object.keys(document)) {
    if (!SPEC_TOP_KEYS.includes(key)) errors.push(`${fileName}: unknown member "${key}"; use ${SPEC_TOP_KEYS.join(', ')}`);
  }
  const topString = (key: string): string | null => {
    const value = document[key];
    if (value === undefined || value === null) return null;
    if (typeof value === 'string') return value;
    errors.push(`${fileName}: ${key} must be a string, got ${JSON.stringify(value)}`);
    return null;
  };
  const platform = topString('platform');
  const orderId = topString('orderId');
  const issuer = topString('issuer');

  const list = document['certificates'];
  const drafts: CertificateDraft[] = [];
  if (!Array.isArray(list)) {
    errors.push(`${fileName}: "certificates" must be an array of certificate objects`);
  } else {
    list.forEach((item: unknown, position) => {
      const source = `${fileName} certificates[${position}]`;
      if (!isJsonObject(item)) {
        errors.push(`${source}: must be an object`);
        return;
      }
      const raw: RawDraft = {};
      for (const key of Object.keys(item)) {
        const member = SPEC_CERT_KEYS.find((candidate) => candidate === key);
        if (member === undefined) errors.push(`${source}: unknown member "${key}"; use ${SPEC_CERT_KEYS.join(', ')}`);
        else raw[member] = item[key];
      }
      const checked = checkRawDraft(raw, source, 'activateBy');
      if (checked.ok) drafts.push(checked.draft);
      else errors.push(...checked.errors.map((error) => `${source}: ${error}`));
    });
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, spec: { platform, orderId, issuer, drafts } };
}

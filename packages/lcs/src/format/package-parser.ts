// Reads the package file and splits each certificate into its decoded parts. No signature work
// happens here; limits are checked before the work they protect (bytes before JSON.parse, the
// count before any certificate is decoded).
import { Buffer } from 'node:buffer';
import { describeValue, isJsonObject, type JsonObject } from './certificate-rules.js';
import { LCS_FORMAT, LCS_VERSION, type PackageLimits, type Problem } from './types.js';

export type FileParse = { readonly ok: false; readonly problem: Problem } | { readonly ok: true; readonly entries: readonly unknown[] };

export type DecodedEntry =
  | { readonly kind: 'malformed'; readonly certificateId: string | null; readonly message: string }
  | {
      readonly kind: 'decoded';
      readonly jws: string;
      readonly header: JsonObject;
      readonly payload: JsonObject;
      readonly certificateId: string | null;
    };

const fileDecoder = new TextDecoder('utf-8', { fatal: true }); // strips a leading BOM
const partDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }); // a BOM inside a JWS part is not JSON
const BASE64URL = /^[A-Za-z0-9_-]*$/;
const EXAMPLE = '{ "format": "lcs", "version": 1, "certificates": ["<JWS>", ...] }';

function fileProblem(code: Problem['code'], message: string): FileParse {
  return { ok: false, problem: { index: null, certificateId: null, code, message } };
}

function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}

/** Decodes and checks the outer JSON object; returns the raw `certificates` entries. */
export function parsePackageFile(input: Uint8Array | string, limits: PackageLimits): FileParse {
  let text: string;
  if (typeof input === 'string') {
    // UTF-8 needs at least one byte per UTF-16 unit, so a long string is too large without counting.
    const bytes = input.length > limits.maxBytes ? input.length : Buffer.byteLength(input, 'utf8');
    if (bytes > limits.maxBytes) return tooLarge(bytes, limits, input.length > limits.maxBytes);
    text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  } else if (input instanceof Uint8Array) {
    if (input.byteLength > limits.maxBytes) return tooLarge(input.byteLength, limits, false);
    try {
      text = fileDecoder.decode(input);
    } catch {
      return fileProblem('MALFORMED', 'The file is not UTF-8 text, so it is not a license package.');
    }
  } else {
    return fileProblem('MALFORMED', `Expected the package as bytes or text, got ${typeof input}.`);
  }

  let document: unknown;
  try {
    document = JSON.parse(text.trimEnd());
  } catch {
    return fileProblem('MALFORMED', `The file is not JSON, so it is not a license package (expected ${EXAMPLE}).`);
  }
  if (!isJsonObject(document)) {
    return fileProblem('MALFORMED', `The file is JSON but not a license package: expected ${EXAMPLE}, got ${describeValue(document)}.`);
  }

  const certificates = document['certificates'];
  if (Array.isArray(certificates) && certificates.length > limits.maxCertificates) {
    return fileProblem(
      'TOO_LARGE',
      `The package holds ${formatCount(certificates.length)} certificates; at most ${formatCount(limits.maxCertificates)} are accepted per file.`,
    );
  }

  const hasFormat = Object.hasOwn(document, 'format');
  const hasVersion = Object.hasOwn(document, 'version');
  if (!hasFormat && !hasVersion) {
    return fileProblem('MALFORMED', `The file is JSON but not a license package: "format" and "version" are missing (expected ${EXAMPLE}).`);
  }
  if (document['format'] !== LCS_FORMAT || document['version'] !== LCS_VERSION) {
    return fileProblem(
      'UNSUPPORTED_VERSION',
      `Unsupported package: format ${describeValue(document['format'])} version ${describeValue(document['version'])}; this platform reads format "lcs" version 1.`,
    );
  }
  if (!Array.isArray(certificates)) {
    return fileProblem('MALFORMED', `"certificates" must be an array of certificate strings, got ${describeValue(certificates)}.`);
  }
  if (certificates.length === 0) {
    return fileProblem('MALFORMED', 'The package holds no certificates.');
  }
  return { ok: true, entries: certificates };
}

function tooLarge(bytes: number, limits: PackageLimits, atLeast: boolean): FileParse {
  return { ok: false, problem: fileTooLargeProblem(bytes, limits, atLeast) };
}

/** The TOO_LARGE problem for a file of `bytes` bytes (also for callers that only stat the file). */
export function fileTooLargeProblem(bytes: number, limits: PackageLimits, atLeast = false): Problem {
  const mib = (limits.maxBytes / (1024 * 1024)).toFixed(limits.maxBytes % (1024 * 1024) === 0 ? 0 : 2);
  return {
    index: null,
    certificateId: null,
    code: 'TOO_LARGE',
    message: `The file is ${atLeast ? 'over ' : ''}${formatCount(bytes)} bytes; the limit is ${formatCount(limits.maxBytes)} bytes (${mib} MiB).`,
  };
}

type PartDecode = { readonly ok: true; readonly value: JsonObject } | { readonly ok: false };

function decodeJsonPart(part: string): PartDecode {
  if (part.length === 0 || part.length % 4 === 1 || !BASE64URL.test(part)) return { ok: false };
  try {
    const value: unknown = JSON.parse(partDecoder.decode(Buffer.from(part, 'base64url')));
    return isJsonObject(value) ? { ok: true, value } : { ok: false };
  } catch {
    return { ok: false };
  }
}

/** Splits one entry into header and payload objects; every part is decoded once. */
export function decodeEntry(entry: unknown): DecodedEntry {
  if (typeof entry !== 'string') {
    return { kind: 'malformed', certificateId: null, message: `A certificate must be a JWS string, got ${describeValue(entry)}.` };
  }
  // indexOf rather than split: a hostile entry may hold millions of dots.
  const first = entry.indexOf('.');
  const second = first < 0 ? -1 : entry.indexOf('.', first + 1);
  if (second < 0 || entry.indexOf('.', second + 1) >= 0) {
    return {
      kind: 'malformed',
      certificateId: null,
      message: 'The certificate is not a compact JWS: expected three base64url parts separated by two dots.',
    };
  }
  const headerPart = entry.slice(0, first);
  const payloadPart = entry.slice(first + 1, second);
  const signaturePart = entry.slice(second + 1);

  // The payload first, so that the certificate id is known even when the header is broken.
  const payload = decodeJsonPart(payloadPart);
  const jti = payload.ok ? payload.value['jti'] : undefined;
  const certificateId = typeof jti === 'string' ? jti : null;
  const header = decodeJsonPart(headerPart);
  const malformed = (message: string): DecodedEntry => ({ kind: 'malformed', certificateId, message });

  if (!header.ok) return malformed('The JWS header is not a base64url-encoded JSON object.');
  if (!payload.ok) return malformed('The JWS payload is not a base64url-encoded JSON object.');
  if (signaturePart.length % 4 === 1 || !BASE64URL.test(signaturePart)) {
    return malformed('The JWS signature is not base64url.');
  }
  // Extensions such as b64=false would make the signed bytes differ from the payload read here.
  if (Object.hasOwn(header.value, 'crit')) {
    return malformed('The JWS header declares extensions ("crit"); license certificates must not use any.');
  }
  return { kind: 'decoded', jws: entry, header: header.value, payload: payload.value, certificateId };
}

import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { REPO_ROOT } from './process.js';

const run = promisify(execFile);
const CLI = 'packages/lcs/src/cli/main.ts';

export interface PackagedCertificate {
  readonly index: number;
  readonly id: string;
  readonly type: string;
  readonly mode: string;
}

export interface IssuedPackage {
  readonly path: string;
  readonly fileName: string;
  readonly content: string;
  /** The certificates in package order, as decoded from the file (not verified: we just made it). */
  readonly certificates: readonly PackagedCertificate[];
}

/**
 * Makes a package with the vendor's tool, as a process: `lcs issue --dev --data-dir <DATA_DIR>` signs
 * with the development key the server made in its DATA_DIR, for the instance id it wrote there.
 */
export async function issueWithCli(dataDir: string, certs: readonly string[], out: string): Promise<IssuedPackage> {
  const args = ['--import', 'tsx', CLI, 'issue', '--dev', '--data-dir', dataDir, ...certs.flatMap((c) => ['--cert', c]), '--out', out];
  try {
    await run(process.execPath, args, { cwd: REPO_ROOT, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp' } });
  } catch (error) {
    const detail = error instanceof Error && 'stderr' in error ? String(error.stderr) : String(error);
    throw new Error(`lcs issue failed: ${detail}`, { cause: error });
  }
  return readPackage(out);
}

export async function readPackage(path: string): Promise<IssuedPackage> {
  const content = await readFile(path, 'utf8');
  return { path, fileName: path.split('/').pop() ?? path, content, certificates: decodeCertificates(content) };
}

/** The ids, types and modes of a package's certificates, by decoding each JWS payload. */
export function decodeCertificates(content: string): PackagedCertificate[] {
  return certificatesOf(content).map((jws, index) => {
    const payload = decodePayload(jws);
    const field = (name: string): string => {
      const value = payload[name];
      if (typeof value !== 'string') throw new Error(`certificate ${index} has no string ${name}`);
      return value;
    };
    return { index, id: field('jti'), type: field('type'), mode: field('mode') };
  });
}

/**
 * The package with one character of certificate `index`'s payload changed (`ACME Ltd` → `ACME Ltc`) and
 * re-encoded as base64url, the signature left as it was: still well-formed and readable (so the problem
 * names the certificate's id), but its signature no longer verifies. The lcs CLI tests tamper this way.
 */
export function tamperCertificate(content: string, index: number): string {
  const document = JSON.parse(content) as { certificates: string[] };
  const jws = document.certificates[index];
  if (jws === undefined) throw new Error(`the package has no certificate ${index}`);
  const [header, payload, signature] = jws.split('.');
  const json = Buffer.from(payload ?? '', 'base64url').toString('utf8');
  if (!json.includes('ACME Ltd')) throw new Error(`certificate ${index}'s payload has no "ACME Ltd" to change: ${json}`);
  const changed = json.replace('ACME Ltd', 'ACME Ltc');
  document.certificates[index] = `${header}.${Buffer.from(changed, 'utf8').toString('base64url')}.${signature}`;
  return JSON.stringify(document);
}

export async function writeTampered(source: IssuedPackage, index: number, out: string): Promise<IssuedPackage> {
  await writeFile(out, tamperCertificate(source.content, index));
  return readPackage(out);
}

function certificatesOf(content: string): string[] {
  const document: unknown = JSON.parse(content);
  if (typeof document !== 'object' || document === null || !('certificates' in document) || !Array.isArray(document.certificates)) {
    throw new Error('not an .lcs package');
  }
  return document.certificates.map((c: unknown) => String(c));
}

function decodePayload(jws: string): Record<string, unknown> {
  const payload: unknown = JSON.parse(Buffer.from(jws.split('.')[1] ?? '', 'base64url').toString('utf8'));
  if (typeof payload !== 'object' || payload === null) throw new Error('a certificate payload is not an object');
  return payload as Record<string, unknown>;
}

import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { assemblePackage, signCertificate, type CertificateMode, type CertificateType, type JWK } from '@licensing/lcs';

/** A certificate to issue in a test; ids default to unique ones. */
export interface TestCertificate {
  readonly id?: string;
  readonly type: CertificateType;
  readonly mode?: CertificateMode;
  /** A number of days, or 'permanent'. */
  readonly days: number | 'permanent';
  readonly licensee?: string;
  readonly activateBy?: Date;
}

/** The development vendor key a test server made in its DATA_DIR (LICENSE_TRUSTED_KEYS unset). */
export async function devVendorKey(dataDir: string): Promise<JWK> {
  return JSON.parse(await readFile(join(dataDir, 'dev-vendor-key.jwk.json'), 'utf8')) as JWK;
}

/** Signs certificates for a platform and assembles them into a .lcs package (returns its text and ids). */
export async function issuePackage(key: JWK, platformId: string, certificates: readonly TestCertificate[]): Promise<{ content: string; ids: string[] }> {
  const ids = certificates.map((c) => c.id ?? `test-${c.type.toLowerCase()}-${randomUUID()}`);
  const jws = await Promise.all(
    certificates.map((c, i) =>
      signCertificate(
        {
          id: ids[i]!,
          type: c.type,
          mode: c.mode ?? 'SUBSCRIPTION',
          validity: c.days === 'permanent' ? { permanent: true } : { permanent: false, days: c.days },
          licensee: c.licensee ?? 'Test Customer Ltd',
          issuer: 'Test Vendor',
          issuedAt: new Date('2026-01-01T00:00:00Z'),
          activateBy: c.activateBy ?? null,
          platformId,
        },
        key,
      ),
    ),
  );
  return { content: assemblePackage(jws), ids };
}

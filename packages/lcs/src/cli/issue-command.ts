// `lcs issue`: signs certificates for one platform instance and writes the .lcs package.
import { randomUUID } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { JWK } from 'jose';
import { DEV_KEY_FILE, INSTANCE_ID_FILE } from '../format/constants.js';
import { assemblePackage } from '../sign/assemble-package.js';
import { checkCertificateClaims, signCertificate, type CertificateClaims } from '../sign/sign-certificate.js';
import { importSigningKey, type SigningKey } from '../sign/vendor-key.js';
import { parseCertOption, parseSpecFile, type CertificateDraft } from './certificate-spec.js';
import { EXIT_OK, UsageError, describeFsError, parseOrUsage, readJsonArgumentFile, requireOption, resolvePath, wantsHelp, type CliIo } from './cli-io.js';
import { CERTIFICATE_HEADERS, certificateRows, plural, renderTable } from './render-text.js';

export const ISSUE_HELP = `Usage: lcs issue (--key <private.jwk.json> | --dev) [--platform <instanceId>]
                 (--cert "<certificate>" ... | --spec <file.json>) [--order <id>] [--issuer <name>]
                 --out <file.lcs>

Signs license certificates for one platform installation and writes them as one .lcs package.

  --key <file>         the vendor private key (from lcs keygen)
  --dev                sign with the development vendor key of a local server instead:
                       $DATA_DIR/${DEV_KEY_FILE} (DATA_DIR defaults to ./.data); the
                       platform id then defaults to $DATA_DIR/${INSTANCE_ID_FILE}
  --data-dir <dir>     with --dev: the server's DATA_DIR (overrides the DATA_DIR variable)
  --platform <id>      the platform's instanceId the certificates are for
  --cert "<spec>"      one certificate; repeat for more. Comma-separated key=value:
                         type=PLATFORM|AGENT|PLATFORM_UNLIMITED_AGENTS   (required)
                         mode=SUBSCRIPTION|BUYOUT|TEST                   (required)
                         days=N (1-36500) or permanent                   (required)
                         licensee=<customer name>                        (required)
                         activate-by=<ISO date>  AGENT only: bind before this instant (UTC)
                         id=<certificate id>     default: cert-<random uuid>
                         order=<order id>        overrides --order for this certificate
                       write a comma inside a value as \\,
  --spec <file.json>   certificates from a file:
                         { "platform": "<instanceId>", "orderId": "SO-1", "issuer": "ACME",
                           "certificates": [ { "type": "AGENT", "mode": "SUBSCRIPTION",
                             "days": 30, "licensee": "Customer Ltd", "activateBy": "2026-12-31",
                             "id": "cert-1", "orderId": "SO-2" },
                             { "type": "PLATFORM", "mode": "BUYOUT", "permanent": true,
                               "licensee": "Customer Ltd" } ] }
                       ("days" or "permanent": true; everything but type, mode, licensee and the
                       validity is optional). Command-line options win over the file's values.
  --order <id>         order id for every certificate (up to 64 characters)
  --issuer <name>      issuer name shown to users (default: the key id)
  --out <file.lcs>     where to write the package ("-" for stdout)
  -h, --help           show this help

Examples:
  lcs issue --key vendor.private.jwk.json --platform 11111111-2222-4333-8444-555555555555 \\
    --cert "type=PLATFORM,mode=SUBSCRIPTION,days=365,licensee=ACME Ltd" \\
    --cert "type=AGENT,mode=SUBSCRIPTION,days=30,licensee=ACME Ltd,activate-by=2026-12-31" \\
    --order SO-1 --issuer "Example Vendor" --out acme.lcs
  lcs issue --dev --cert "type=PLATFORM,mode=TEST,days=30,licensee=Dev" --out dev.lcs
`;

export async function runIssue(args: string[], io: CliIo): Promise<number> {
  if (wantsHelp(args)) {
    io.stdout(ISSUE_HELP);
    return EXIT_OK;
  }
  const { values } = parseOrUsage(() =>
    parseArgs({
      args,
      strict: true,
      allowPositionals: false,
      options: {
        key: { type: 'string' },
        dev: { type: 'boolean', default: false },
        'data-dir': { type: 'string' },
        platform: { type: 'string' },
        cert: { type: 'string', multiple: true },
        spec: { type: 'string' },
        order: { type: 'string' },
        issuer: { type: 'string' },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }),
  );

  if (values.dev && values.key !== undefined) throw new UsageError('--dev and --key cannot be used together: choose one signing key');
  if (!values.dev && values.key === undefined) throw new UsageError('--key <private.jwk.json> is required (or --dev for a local server)');
  if (values['data-dir'] !== undefined && !values.dev) throw new UsageError('--data-dir only applies with --dev');
  const out = requireOption(values.out, '--out', 'the .lcs file to write, or - for stdout');

  // Certificates: from --spec first, then each --cert, so their order is the package order.
  const errors: string[] = [];
  const drafts: CertificateDraft[] = [];
  let specPlatform: string | null = null;
  let specOrderId: string | null = null;
  let specIssuer: string | null = null;
  if (values.spec !== undefined) {
    const parsed = parseSpecFile(await readJsonArgumentFile(io, values.spec, '--spec'), values.spec);
    if (parsed.ok) {
      drafts.push(...parsed.spec.drafts);
      ({ platform: specPlatform, orderId: specOrderId, issuer: specIssuer } = parsed.spec);
    } else errors.push(...parsed.errors);
  }
  (values.cert ?? []).forEach((text, position) => {
    const parsed = parseCertOption(text, `--cert ${position + 1}`);
    if (parsed.ok) drafts.push(parsed.draft);
    else errors.push(...parsed.errors);
  });
  if (errors.length > 0) throw new UsageError(errors.join('\n'));
  if (drafts.length === 0) throw new UsageError('no certificates: give at least one --cert "type=...,mode=...,days=...,licensee=..." or a --spec file');

  const dataDir = resolvePath(io, values['data-dir'] ?? io.env['DATA_DIR'] ?? './.data');
  const signingKey = values.dev ? await loadDevKey(dataDir) : await loadKeyFile(io, values.key ?? '');
  const platformId =
    values.platform ??
    specPlatform ??
    (values.dev ? await readDevInstanceId(dataDir) : requireOption(undefined, '--platform', 'the instanceId of the platform the license is for'));
  if (platformId.trim() === '') throw new UsageError('--platform must not be empty');
  const issuer = values.issuer ?? specIssuer ?? signingKey.kid;
  const orderId = values.order ?? specOrderId;

  const now = io.now();
  const claims = drafts.map((draft): CertificateClaims => ({
    id: draft.id ?? `cert-${randomUUID()}`,
    type: draft.type,
    mode: draft.mode,
    validity: draft.validity,
    licensee: draft.licensee,
    orderId: draft.orderId ?? orderId,
    issuer,
    issuedAt: now,
    activateBy: draft.activateBy,
    platformId,
  }));
  const firstSourceById = new Map<string, string>();
  claims.forEach((claim, position) => {
    const source = drafts[position]?.source ?? `certificate ${position + 1}`;
    for (const error of checkCertificateClaims(claim)) errors.push(`${source}: ${error}`);
    if (claim.activateBy instanceof Date && claim.activateBy.getTime() <= now.getTime()) {
      errors.push(`${source}: activate-by ${claim.activateBy.toISOString()} is not in the future; platforms would refuse it`);
    }
    const earlier = firstSourceById.get(claim.id);
    if (earlier !== undefined) errors.push(`${source}: id "${claim.id}" is already used by ${earlier}`);
    else firstSourceById.set(claim.id, source);
  });
  if (errors.length > 0) throw new UsageError(errors.join('\n'));

  const signed = await Promise.all(claims.map((claim) => signCertificate(claim, signingKey.jwk)));
  const text = `${assemblePackage(signed)}\n`;
  if (out === '-') {
    io.stdout(text);
  } else {
    try {
      await writeFile(resolvePath(io, out), text);
    } catch (error) {
      throw new UsageError(`cannot write --out ${out}: ${describeFsError(error)}`);
    }
  }
  const report = out === '-' ? io.stderr : io.stdout;
  report(
    `Issued ${plural(claims.length, 'certificate')} for platform ${platformId}, signed with key "${signingKey.kid}"` + `${out === '-' ? '' : `, to ${out}`}.\n`,
  );
  report(
    renderTable(
      CERTIFICATE_HEADERS,
      certificateRows(claims.map((claim) => ({ ...claim, orderId: claim.orderId ?? null, activateBy: claim.activateBy ?? null }))),
    ),
  );
  return EXIT_OK;
}

interface LoadedKey extends SigningKey {
  readonly jwk: JWK;
}

async function loadKeyFile(io: CliIo, path: string): Promise<LoadedKey> {
  return importKey(await readJsonArgumentFile(io, path, '--key'), `--key ${path}`);
}

async function importKey(document: unknown, where: string): Promise<LoadedKey> {
  if (typeof document !== 'object' || document === null || Array.isArray(document)) {
    throw new UsageError(`${where} is not a private JWK (a JSON object from lcs keygen)`);
  }
  const jwk: JWK = document;
  try {
    return { ...(await importSigningKey(jwk)), jwk };
  } catch (error) {
    throw new UsageError(`${where}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

async function loadDevKey(dataDir: string): Promise<LoadedKey> {
  const path = join(dataDir, DEV_KEY_FILE);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new UsageError(
      `--dev: cannot read the development vendor key ${path}: ${describeFsError(error)}. ` +
        'Start the server once first (in development it creates this key in its DATA_DIR), or point DATA_DIR / --data-dir at that directory.',
    );
  }
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    throw new UsageError(`--dev: ${path} is not valid JSON`);
  }
  return importKey(document, `--dev key ${path}`);
}

async function readDevInstanceId(dataDir: string): Promise<string> {
  const path = join(dataDir, INSTANCE_ID_FILE);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new UsageError(
      `--dev: no --platform given and cannot read the platform id from ${path}: ${describeFsError(error)}. ` +
        'Start the server once first (it writes its instance id there), or pass --platform <instanceId>.',
    );
  }
  const id = text.trim();
  if (id === '') throw new UsageError(`--dev: ${path} is empty; pass --platform <instanceId>`);
  return id;
}

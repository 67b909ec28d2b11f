// `lcs verify`: checks a package exactly as a platform would on upload.
import { stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { fileTooLargeProblem } from '../format/package-parser.js';
import { DEFAULT_LIMITS, type Certificate, type Problem } from '../format/types.js';
import { importTrustedKeys, trustedKeyIds, type TrustedKeys } from '../verify/trusted-keys.js';
import { verifyPackage } from '../verify/verify-package.js';
import { parseIsoDate } from './certificate-spec.js';
import {
  EXIT_OK,
  EXIT_PROBLEMS,
  UsageError,
  describeFsError,
  parseOrUsage,
  readArgumentFile,
  requireOption,
  resolvePath,
  wantsHelp,
  type CliIo,
} from './cli-io.js';
import { CERTIFICATE_HEADERS, certificateRows, plural, printable, renderProblems, renderTable } from './render-text.js';

export const VERIFY_HELP = `Usage: lcs verify <file.lcs> --keys <jwks.json> --platform <instanceId> [--json] [--now <ISO>]

Checks every certificate of a package as a platform does on upload: format, signature against
the trusted keys, fields, platform id, activation deadline and duplicates.

  --keys <file>        the trusted public JWK Set (what the platform has in LICENSE_TRUSTED_KEYS);
                       inline JSON starting with { is accepted too
  --platform <id>      the platform's instanceId
  --json               print { "ok", "certificates": [...], "problems": [{ "index",
                       "certificateId", "code", "message" }] } instead of tables
  --now <ISO>          check as of this instant instead of now (for activation deadlines)
  -h, --help           show this help

Exit code: 0 when every certificate is valid, 1 when any has a problem, 2 for bad usage.

Example:
  lcs verify acme.lcs --keys vendor.public.jwks.json --platform 11111111-2222-4333-8444-555555555555
`;

export async function runVerify(args: string[], io: CliIo): Promise<number> {
  if (wantsHelp(args)) {
    io.stdout(VERIFY_HELP);
    return EXIT_OK;
  }
  const { values, positionals } = parseOrUsage(() =>
    parseArgs({
      args,
      strict: true,
      allowPositionals: true,
      options: {
        keys: { type: 'string' },
        platform: { type: 'string' },
        json: { type: 'boolean', default: false },
        now: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }),
  );
  if (positionals.length === 0) throw new UsageError('the package file is required: lcs verify <file.lcs> ...');
  if (positionals.length > 1) throw new UsageError(`unexpected argument "${positionals[1]}": verify checks one file`);
  const file = positionals[0] ?? '';
  const keysArgument = requireOption(values.keys, '--keys', 'the trusted public JWK Set file');
  const platformId = requireOption(values.platform, '--platform', "the platform's instanceId");
  let now = io.now();
  if (values.now !== undefined) {
    const parsed = parseIsoDate(values.now);
    if (parsed === null) throw new UsageError(`--now must be an ISO date or date-time, got ${JSON.stringify(values.now)}`);
    now = parsed;
  }

  const keysText = keysArgument.trimStart().startsWith('{') ? keysArgument : (await readArgumentFile(io, keysArgument, '--keys')).toString('utf8');
  let trustedKeys: TrustedKeys;
  try {
    trustedKeys = await importTrustedKeys(keysText);
  } catch (error) {
    throw new UsageError(`--keys ${keysArgument.startsWith('{') ? '(inline)' : keysArgument}: ${error instanceof Error ? error.message : String(error)}`);
  }

  const result = await verifyFile(io, file, { trustedKeys, platformId, now });
  const ok = result.problems.length === 0;
  if (values.json) {
    io.stdout(`${JSON.stringify({ ok, certificates: result.certificates, problems: result.problems }, null, 2)}\n`);
    return ok ? EXIT_OK : EXIT_PROBLEMS;
  }

  io.stdout(`Package ${printable(file)} for platform ${printable(platformId)}, checked at ${now.toISOString()}\n`);
  io.stdout(
    `Trusted keys: ${trustedKeyIds(trustedKeys)
      .map((kid) => printable(kid))
      .join(', ')}\n\n`,
  );
  if (ok) {
    io.stdout(`VALID: all ${plural(result.certificates.length, 'certificate')} can be imported.\n`);
  } else if (result.problems.some((problem) => problem.index === null)) {
    io.stdout('INVALID: the file was refused as a whole; a platform imports nothing from it.\n\n');
    io.stdout(renderProblems(result.problems));
    return EXIT_PROBLEMS;
  } else {
    const total = result.certificates.length + result.problems.length;
    io.stdout(
      `INVALID: ${result.problems.length} of ${plural(total, 'certificate')} ${result.problems.length === 1 ? 'has a problem' : 'have problems'}; a platform imports nothing from this file.\n\n`,
    );
    io.stdout(`Problems:\n${renderProblems(result.problems)}\n`);
    if (result.certificates.length > 0) io.stdout('Valid certificates:\n');
  }
  if (result.certificates.length > 0) io.stdout(renderTable(CERTIFICATE_HEADERS, certificateRows(result.certificates)));
  return ok ? EXIT_OK : EXIT_PROBLEMS;
}

async function verifyFile(
  io: CliIo,
  file: string,
  options: { trustedKeys: TrustedKeys; platformId: string; now: Date },
): Promise<{ certificates: readonly Certificate[]; problems: readonly Problem[] }> {
  // Refuse an oversized file from its size alone, without reading it into memory.
  let size: number;
  try {
    size = (await stat(resolvePath(io, file))).size;
  } catch (error) {
    throw new UsageError(`cannot read the package ${file}: ${describeFsError(error)}`);
  }
  if (size > DEFAULT_LIMITS.maxBytes) return { certificates: [], problems: [fileTooLargeProblem(size, DEFAULT_LIMITS)] };
  const result = await verifyPackage(await readArgumentFile(io, file, 'the package'), options);
  return { certificates: result.certificates, problems: result.ok ? [] : result.problems };
}

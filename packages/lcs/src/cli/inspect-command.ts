// `lcs inspect`: shows what a package says, WITHOUT verifying it.
import { stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { describeValue } from '../format/certificate-rules.js';
import { fileTooLargeProblem } from '../format/package-parser.js';
import { DEFAULT_LIMITS } from '../format/types.js';
import { inspectPackage, type InspectResult, type InspectedCertificate } from '../inspect/inspect-package.js';
import { EXIT_OK, EXIT_PROBLEMS, UsageError, describeFsError, parseOrUsage, readArgumentFile, resolvePath, wantsHelp, type CliIo } from './cli-io.js';
import { describeValidity, isoOrDash, plural, printable, renderProblems } from './render-text.js';

export const NOT_VERIFIED_NOTICE =
  'NOT VERIFIED: decoded only. Signatures, trusted keys, the platform id and activation deadlines were NOT checked; use lcs verify for that.';

export const INSPECT_HELP = `Usage: lcs inspect <file.lcs> [--json]

Decodes a package and shows its certificates WITHOUT verifying them (no keys needed).
It reports what decoding alone can find: malformed entries, wrong algorithm, missing key id,
invalid fields and duplicate ids. Never rely on it to accept a license: use lcs verify.

  --json       print { "verified": false, "certificates": [...], "problems": [...] }
  -h, --help   show this help

Exit code: 0 when nothing wrong was found, 1 when a problem was found, 2 for bad usage.

Example:
  lcs inspect acme.lcs
`;

export async function runInspect(args: string[], io: CliIo): Promise<number> {
  if (wantsHelp(args)) {
    io.stdout(INSPECT_HELP);
    return EXIT_OK;
  }
  const { values, positionals } = parseOrUsage(() =>
    parseArgs({
      args,
      strict: true,
      allowPositionals: true,
      options: { json: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } },
    }),
  );
  if (positionals.length === 0) throw new UsageError('the package file is required: lcs inspect <file.lcs>');
  if (positionals.length > 1) throw new UsageError(`unexpected argument "${positionals[1]}": inspect reads one file`);
  const file = positionals[0] ?? '';

  let size: number;
  try {
    size = (await stat(resolvePath(io, file))).size;
  } catch (error) {
    throw new UsageError(`cannot read the package ${file}: ${describeFsError(error)}`);
  }
  const result: InspectResult =
    size > DEFAULT_LIMITS.maxBytes
      ? { certificates: [], problems: [fileTooLargeProblem(size, DEFAULT_LIMITS)] }
      : inspectPackage(await readArgumentFile(io, file, 'the package'));
  const exitCode = result.problems.length === 0 ? EXIT_OK : EXIT_PROBLEMS;

  if (values.json) {
    const certificates = result.certificates.map(({ index, certificateId, algorithm, keyId, header, payload }) => ({
      index,
      certificateId,
      algorithm,
      keyId,
      header,
      payload,
    }));
    io.stdout(`${JSON.stringify({ verified: false, notice: NOT_VERIFIED_NOTICE, certificates, problems: result.problems }, null, 2)}\n`);
    return exitCode;
  }

  io.stdout(`${NOT_VERIFIED_NOTICE}\n\n`);
  io.stdout(`Package ${printable(file)}: ${plural(result.certificates.length, 'decodable certificate')}\n`);
  for (const certificate of result.certificates) io.stdout(`\n${describeCertificate(certificate)}`);
  if (result.problems.length > 0) io.stdout(`\nProblems found by decoding:\n${renderProblems(result.problems)}`);
  return exitCode;
}

function describeCertificate(certificate: InspectedCertificate): string {
  const { fields, payload } = certificate;
  // Invalid fields are shown as they stand in the payload.
  const raw = (name: string): string => (payload[name] === undefined ? '-' : printable(describeValue(payload[name])));
  const lines: [string, string][] = fields
    ? [
        ['type', `${fields.type}, mode ${fields.mode}, ${describeValidity(fields.validity)}`],
        ['licensee', fields.licensee],
        ['order', fields.orderId ?? '-'],
        ['platform', fields.platformId],
        ['issuer', fields.issuer],
        ['issued at', fields.issuedAt.toISOString()],
        ['activate by', isoOrDash(fields.activateBy)],
      ]
    : [
        ['type', `${raw('type')}, mode ${raw('mode')}, validity ${printable(JSON.stringify(payload['validity']) ?? 'missing', 120)}`],
        ['licensee', raw('licensee')],
        ['order', raw('orderId')],
        ['platform', raw('aud')],
        ['issuer', raw('iss')],
        ['issued at', raw('iat')],
        ['activate by', raw('activateBy')],
      ];
  lines.push([
    'key',
    `${certificate.keyId === null ? '(none)' : printable(certificate.keyId)}, algorithm ${certificate.algorithm === null ? '(none)' : printable(certificate.algorithm)}`,
  ]);
  const title = `#${certificate.index} ${certificate.certificateId === null ? '(no id)' : printable(certificate.certificateId)}${fields === null ? '  (invalid fields, see problems)' : ''}`;
  return `${title}\n${lines.map(([label, value]) => `  ${label.padEnd(12)}${printable(value)}`).join('\n')}\n`;
}

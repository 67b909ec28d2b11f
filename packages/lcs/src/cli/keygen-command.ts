// `lcs keygen`: makes the vendor's signing key pair.
import { chmod, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { KEY_ID_PATTERN, generateVendorKeyPair } from '../sign/vendor-key.js';
import { EXIT_OK, UsageError, describeFsError, parseOrUsage, requireOption, resolvePath, wantsHelp, type CliIo } from './cli-io.js';

export const KEYGEN_HELP = `Usage: lcs keygen --kid <id> --out <private.jwk.json> [--public <public.jwks.json>] [--force]

Makes a new Ed25519 vendor key pair for signing license certificates.

  --kid <id>        key id written into every certificate (1-128 of A-Z a-z 0-9 . _ : -),
                    e.g. acme-2026; use a new id when you rotate keys
  --out <file>      where to write the PRIVATE key (JWK, file mode 0600). Keep it secret:
                    whoever holds it can issue licenses
  --public <file>   also write the public JWK Set there (otherwise it is printed on stdout)
  --force           overwrite an existing --out file (the old key is lost)
  -h, --help        show this help

Give the public JWK Set to each platform operator, who trusts it with LICENSE_TRUSTED_KEYS.

Example:
  lcs keygen --kid acme-2026 --out acme-2026.private.jwk.json --public acme-2026.public.jwks.json
`;

export async function runKeygen(args: string[], io: CliIo): Promise<number> {
  if (wantsHelp(args)) {
    io.stdout(KEYGEN_HELP);
    return EXIT_OK;
  }
  const { values } = parseOrUsage(() =>
    parseArgs({
      args,
      strict: true,
      allowPositionals: false,
      options: {
        kid: { type: 'string' },
        out: { type: 'string' },
        public: { type: 'string' },
        force: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h' },
      },
    }),
  );
  const kid = requireOption(values.kid, '--kid', 'the key id, e.g. --kid acme-2026');
  if (!KEY_ID_PATTERN.test(kid)) throw new UsageError(`--kid must be 1 to 128 characters of A-Z a-z 0-9 . _ : -, got ${JSON.stringify(kid)}`);
  const out = requireOption(values.out, '--out', 'the file for the private key, e.g. --out vendor.private.jwk.json');
  const outPath = resolvePath(io, out);
  const publicPath = values.public === undefined ? null : resolvePath(io, values.public);
  if (publicPath === outPath) throw new UsageError('--public and --out must be different files');

  const { privateJwk, publicJwks } = await generateVendorKeyPair(kid);
  const publicText = `${JSON.stringify(publicJwks, null, 2)}\n`;
  try {
    // 'wx' refuses to replace a key that may already sign licenses; mode 0600 keeps it private.
    await writeFile(outPath, `${JSON.stringify(privateJwk, null, 2)}\n`, { mode: 0o600, flag: values.force ? 'w' : 'wx' });
    await chmod(outPath, 0o600); // also when --force replaced a file that had other permissions
  } catch (error) {
    const hint = describeFsError(error) === 'the file already exists' ? ' (pass --force to replace it; the old key is then lost)' : '';
    throw new UsageError(`cannot write --out ${out}: ${describeFsError(error)}${hint}`);
  }
  if (publicPath !== null && values.public !== undefined) {
    try {
      await writeFile(publicPath, publicText);
    } catch (error) {
      throw new UsageError(`cannot write --public ${values.public}: ${describeFsError(error)}`);
    }
  }

  io.stderr(`Wrote the private key "${kid}" to ${out} (mode 0600). Keep it secret: whoever holds it can issue licenses.\n`);
  if (publicPath !== null) {
    io.stderr(`Wrote the public key set to ${values.public}. Give it to platform operators (LICENSE_TRUSTED_KEYS).\n`);
  } else {
    io.stderr('Public key set for platform operators (LICENSE_TRUSTED_KEYS):\n');
    io.stdout(publicText);
  }
  return EXIT_OK;
}

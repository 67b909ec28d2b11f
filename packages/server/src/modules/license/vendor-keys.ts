import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { DEV_KEY_FILE, INSTANCE_ID_FILE, generateVendorKeyPair, importTrustedKeys, trustedKeyIds, type JWK, type TrustedKeys } from '@licensing/lcs';
import type { Logger } from 'pino';
import type { Config } from '../../config/config.js';

/**
 * The vendor public keys of LICENSE_TRUSTED_KEYS (a JWKS file path or inline JSON), read before the
 * server touches its database so that a bad key set stops it at once.
 */
export async function importConfiguredKeys(source: string, logger: Logger): Promise<TrustedKeys> {
  const json = isInline(source) ? source : await readKeyFile(source);
  try {
    const keys = await importTrustedKeys(json);
    logger.info({ keyIds: trustedKeyIds(keys) }, 'trusting vendor keys from LICENSE_TRUSTED_KEYS');
    return keys;
  } catch (error) {
    throw new Error(`LICENSE_TRUSTED_KEYS is not a usable JWK Set: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

/** Where the trusted keys came from, shown to admins beside each key (SPEC 14). */
export type TrustedKeySource = 'ENVIRONMENT_FILE' | 'ENVIRONMENT_INLINE' | 'DEVELOPMENT_KEY';

export function trustedKeySource(configured: string | null): TrustedKeySource {
  if (configured === null) return 'DEVELOPMENT_KEY';
  return isInline(configured) ? 'ENVIRONMENT_INLINE' : 'ENVIRONMENT_FILE';
}

/** LICENSE_TRUSTED_KEYS holds the JSON itself rather than a file path. */
const isInline = (source: string): boolean => source.trimStart().startsWith('{');

/**
 * Outside production, with LICENSE_TRUSTED_KEYS unset: a development key pair made once in DATA_DIR
 * and trusted, so that `pnpm lcs issue --dev` can sign packages for this instance (it also reads the
 * instance id written here).
 */
export async function developmentKeys(config: Config, instanceId: string, logger: Logger): Promise<TrustedKeys> {
  if (config.production) throw new Error('LICENSE_TRUSTED_KEYS is required in production');
  await mkdir(config.dataDir, { recursive: true });
  const keyFile = join(config.dataDir, DEV_KEY_FILE);
  if (!existsSync(keyFile)) {
    const pair = await generateVendorKeyPair(`dev-${randomBytes(4).toString('hex')}`);
    // 'wx': when replicas sharing DATA_DIR race here, the first key written wins and all read it.
    await writeFile(keyFile, `${JSON.stringify(pair.privateJwk, null, 2)}\n`, { mode: 0o600, flag: 'wx' }).catch((error: unknown) => {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    });
  }
  await writeFile(join(config.dataDir, INSTANCE_ID_FILE), `${instanceId}\n`);
  const privateJwk = JSON.parse(await readFile(keyFile, 'utf8')) as JWK;
  const { d: _secret, ...publicJwk } = privateJwk;
  const keys = await importTrustedKeys({ keys: [publicJwk] });
  logger.warn(
    { keyFile, keyIds: trustedKeyIds(keys) },
    'DEVELOPMENT VENDOR KEY: LICENSE_TRUSTED_KEYS is unset, so this server trusts a key it made itself. ' +
      'Anyone with this data folder can issue licenses (`pnpm lcs issue --dev`). Never run like this in production.',
  );
  return keys;
}

async function readKeyFile(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    throw new Error(`LICENSE_TRUSTED_KEYS names a file that cannot be read: ${path}`);
  }
}

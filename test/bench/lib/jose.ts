import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

/** The part of jose the P3 baseline uses (jose is a dependency of @licensing/lcs, not of this package). */
export interface Jose {
  importJWK(jwk: Record<string, unknown>, alg: string): Promise<unknown>;
  compactVerify(jws: string, key: unknown, options?: { algorithms?: string[] }): Promise<unknown>;
}

/** Loads the very jose @licensing/lcs (and so the server) verifies with. */
export async function loadJose(): Promise<Jose> {
  const require = createRequire(import.meta.resolve('@licensing/lcs'));
  return (await import(pathToFileURL(require.resolve('jose')).href)) as Jose;
}

import { readFile } from 'node:fs/promises';
import { compileMessage } from '@lingui/message-utils/compileMessage';
import type { Plugin } from 'vite';

const CATALOG = /[\\/]src[\\/]i18n[\\/]locales[\\/][^\\/]+\.json$/;

/**
 * Compiles the ICU messages of the catalogs at build time with Lingui's own compiler, so the browser
 * gets ready-made message trees and the first download carries no ICU parser (Lingui's runtime only
 * compiles outside production: tests read the plain catalogs). The output is still JSON, which Vite
 * then turns into a module as usual. Lingui's CLI and Vite plugin do the same from .po files, but bring
 * the macro toolchain along; this app uses explicit keys and needs none of it.
 */
export function compiledCatalogs(): Plugin {
  return {
    name: 'licensing:compiled-catalogs',
    enforce: 'pre',
    apply: 'build',
    async load(id) {
      if (!CATALOG.test(id)) return null;
      const messages = JSON.parse(await readFile(id, 'utf8')) as Record<string, string>;
      const compiled = Object.fromEntries(Object.entries(messages).map(([key, message]) => [key, compileMessage(message)]));
      return JSON.stringify(compiled);
    },
  };
}

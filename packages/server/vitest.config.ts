import { fileURLToPath } from 'node:url';
import { defineProject } from 'vitest/config';

// Pure unit tests beside the code, and repository tests on PostgreSQL (`*.repository.test.ts`, one
// database per file); black-box tests of the running server live in /test.
export default defineProject({
  resolve: {
    alias: [{ find: /^graphql$/, replacement: fileURLToPath(new URL('../../node_modules/.pnpm/node_modules/graphql/index.js', import.meta.url)) }],
  },
  test: {
    name: 'server',
    include: ['src/**/*.test.ts'],
    globalSetup: ['./src/test-support/global-setup.ts'],
    hookTimeout: 60_000,
  },
});

import { fileURLToPath } from 'node:url';
import { defineProject } from 'vitest/config';

export default defineProject({
  resolve: {
    // One copy of graphql for type-graphql, Apollo and the tests ("another module or realm" otherwise).
    alias: [{ find: /^graphql$/, replacement: fileURLToPath(new URL('../node_modules/.pnpm/node_modules/graphql/index.js', import.meta.url)) }],
  },
  test: {
    name: 'api',
    include: ['api/**/*.test.ts', 'browser/**/*.test.ts'],
    globalSetup: ['./support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Each file has its own database and server; two at a time suits a 2-core machine.
    maxWorkers: 2,
    // Runs after the pure suites, which share the default group.
    sequence: { groupOrder: 1 },
  },
});

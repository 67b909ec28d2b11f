import { defineProject } from 'vitest/config';

// The browser journey of the seed chapter (pnpm test:e2e): one file, run after every other suite.
export default defineProject({
  test: {
    name: 'e2e',
    include: ['e2e/**/*.test.ts'],
    globalSetup: ['./support/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    maxWorkers: 1,
    sequence: { groupOrder: 2 },
  },
});

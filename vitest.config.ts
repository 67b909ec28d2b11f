import { defineConfig } from 'vitest/config';

// One command runs every suite; each package keeps its own project config.
export default defineConfig({
  test: {
    projects: ['packages/lcs', 'packages/server', 'packages/web', 'test/vitest.config.ts', 'test/vitest.e2e.config.ts'],
  },
});

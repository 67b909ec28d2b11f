import { fileURLToPath } from 'node:url';
import { defineProject } from 'vitest/config';

// Pure unit tests beside the code; everything touching PostgreSQL lives in /test.
export default defineProject({
  resolve: {
    alias: [{ find: /^graphql$/, replacement: fileURLToPath(new URL('../../node_modules/.pnpm/node_modules/graphql/index.js', import.meta.url)) }],
  },
  test: { name: 'server', include: ['src/**/*.test.ts'] },
});

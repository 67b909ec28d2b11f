import { defineProject } from 'vitest/config';

export default defineProject({
  test: { name: 'lcs', include: ['src/**/*.test.ts'] },
});

import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { compiledCatalogs } from './catalog-plugin.js';

export default defineConfig({
  plugins: [react(), compiledCatalogs()],
  server: {
    // `pnpm --filter @licensing/web dev` talks to a server started with `pnpm serve`.
    proxy: { '/graphql': { target: 'http://localhost:4000', ws: true } },
  },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false },
});

import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// Builds the canary test's page (test/e2e/canary.test.ts) from Balcão's real storage modules.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  logLevel: 'warn',
  build: {
    outDir: process.env.BALCAO_OUT_DIR ?? fileURLToPath(new URL('../../../dist-e2e/canary', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
  },
});

import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// Builds the chaos tests' harness module (chaosHarness.ts) from Balcão's own modules into the folder of a
// built app (BALCAO_OUT_DIR), beside the app's files: one module at /assets/chaos-harness.js, served by
// the hub from the app's origin.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  logLevel: 'warn',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: process.env.BALCAO_OUT_DIR ?? fileURLToPath(new URL('../../../dist-e2e/chaos', import.meta.url)),
    // The app built there first stays: the harness only adds its own files.
    emptyOutDir: false,
    target: 'es2022',
    copyPublicDir: false,
    rollupOptions: {
      input: fileURLToPath(new URL('./chaosHarness.ts', import.meta.url)),
      output: {
        entryFileNames: 'assets/chaos-harness.js',
        chunkFileNames: 'assets/chaos-harness-[name]-[hash].js',
      },
    },
  },
});

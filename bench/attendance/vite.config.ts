import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// Builds the attendance bench page (bench/attendance.ts drives it in Chromium): the app's own modules
// and CSS, bundled as the app bundles them, without the worker or the manifest it does not need.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: fileURLToPath(new URL('../../dist-bench/attendance', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    assetsInlineLimit: 0,
    // The seed catalog (about 300 KB) is bundled whole into the one chunk: no warning about its size.
    chunkSizeWarningLimit: 1024,
  },
});

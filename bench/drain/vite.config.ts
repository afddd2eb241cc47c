import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// Builds the drain bench (bench/drain.ts serves it from the real hub): the page, with the app's own
// sender, and the baseline's service worker at /sw.js, a fixed name as a worker's script must have.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  build: {
    outDir: fileURLToPath(new URL('../../dist-bench/drain', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    assetsInlineLimit: 0,
    // The seed catalog (about 300 KB) is bundled whole, as in the attendance bench: no warning about it.
    chunkSizeWarningLimit: 1024,
    rolldownOptions: {
      input: {
        index: fileURLToPath(new URL('./index.html', import.meta.url)),
        sw: fileURLToPath(new URL('./sw.ts', import.meta.url)),
      },
      output: {
        entryFileNames: (chunk) => (chunk.name === 'sw' ? 'sw.js' : 'assets/[name]-[hash].js'),
      },
    },
  },
});

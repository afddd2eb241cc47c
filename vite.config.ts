import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

// BALCAO_BUILD names the build the app shows in its footer (the e2e update test builds a second one).
const build = process.env.BALCAO_BUILD ?? new Date().toISOString().slice(0, 16);

export default defineConfig({
  define: { __BALCAO_BUILD__: JSON.stringify(build) },
  // JSX through Vite's own transform (Oxc): no Babel or preset needed for Preact.
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: process.env.BALCAO_OUT_DIR ?? 'dist',
    target: 'es2022',
    sourcemap: true,
    // Hashed assets below /assets are cached for a year by the hub; the shell is precached by the worker.
    assetsInlineLimit: 0,
  },
  worker: { format: 'es' },
  server: { proxy: { '/api': `http://127.0.0.1:${process.env.HUB_PORT ?? 8080}` } },
  plugins: [
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'sw',
      filename: 'sw.ts',
      // The page registers the worker itself through src/sw-bridge (workbox-window).
      injectRegister: false,
      injectManifest: {
        rollupFormat: 'iife',
        globPatterns: ['**/*.{js,css,html,svg,png,woff2,webmanifest}'],
        // Source maps are for developers; the van's laptop need not store them.
        globIgnores: ['**/*.map'],
      },
      devOptions: { enabled: false },
      manifest: {
        id: '/',
        name: 'Balcão — Espaço Cidadão',
        short_name: 'Balcão',
        description:
          'Serviços públicos com o mediador do Espaço Cidadão, mesmo sem rede: catálogo, atendimento e envio seguro.',
        lang: 'pt-PT',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'any',
        theme_color: '#0b4f8a',
        background_color: '#ffffff',
        categories: ['government', 'productivity'],
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icons/maskable-192.png', sizes: '192x192', type: 'image/png', purpose: 'maskable' },
          { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
    }),
  ],
});

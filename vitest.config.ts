import { defineConfig } from 'vitest/config';

// One runner for every kind of test, each kind a project with the environment it needs:
// unit (happy-dom + fake-indexeddb), hub (Node, a real SQLite file), e2e (Node driving real Chromium),
// chaos (e2e's Chromium and hub behind a fault proxy).
export default defineConfig({
  test: {
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
          setupFiles: ['test/kit/unitSetup.ts'],
        },
      },
      {
        test: {
          name: 'hub',
          include: ['test/hub/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/kit/e2eGlobalSetup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
      {
        // Issue 5's chaos and crash tests: real Chromium, its service worker and the real hub, through a
        // seeded fault proxy; minutes long, so apart from the e2e tests (CHAOS_N=10000 for a soak).
        test: {
          name: 'chaos',
          include: ['test/chaos/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/kit/e2eGlobalSetup.ts'],
          testTimeout: 600_000,
          hookTimeout: 180_000,
          // Its two files side by side: the crash test spends most of its time waiting out leases.
          maxWorkers: 2,
          // After the other projects, not beside them: their Chromiums would eat the CPU its timings count on.
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});

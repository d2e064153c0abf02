import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';

// Three projects split by cost: unit tests need nothing; integration tests share one throwaway
// Neo4j started by the global setup (or NEO4J_TEST_URI) and run one file at a time because they
// own the whole database while they run; browser tests also start a real server and Chromium.
export default defineConfig({
  test: {
    projects: [
      {
        plugins: [svelte()],
        test: {
          name: 'unit',
          include: [
            'server/src/**/*.test.ts',
            'client/src/**/*.test.ts',
            'seeds/**/*.test.ts',
            'schema/**/*.test.ts',
            'server/bench/**/*.test.ts',
            'server/reliability/**/*.test.ts',
          ],
          exclude: ['**/*.int.test.ts', '**/*.rel.test.ts', '**/node_modules/**'],
          environment: 'node',
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: 'integration',
          include: ['server/**/*.int.test.ts', 'seeds/**/*.int.test.ts'],
          globalSetup: ['server/test/global-setup.ts'],
          fileParallelism: false,
          // Integration and browser tests share one database: their groups run one after the other.
          sequence: { groupOrder: 1 },
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
      {
        // Not part of `npm test`: `npm run test:reliability` (bounded in time, loopback only).
        test: {
          name: 'reliability',
          include: ['server/reliability/**/*.rel.test.ts'],
          globalSetup: ['server/test/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 300_000,
          hookTimeout: 180_000,
          sequence: { groupOrder: 3 },
        },
      },
      {
        test: {
          name: 'browser',
          include: ['client/test/**/*.browser.test.ts'],
          globalSetup: ['server/test/global-setup.ts'],
          fileParallelism: false,
          sequence: { groupOrder: 2 },
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});

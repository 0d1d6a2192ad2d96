// Two projects: fast unit tests (jsdom, fake-indexeddb) and end-to-end tests in real headless Chromium.
import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  root,
  test: {
    // The JSON report is what .ci/run counts; the default reporter is what people read.
    reporters: ['default', 'json'],
    outputFile: { json: '.tmp/vitest-report.json' },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'],
          environment: 'node',
          // Vitest's 5 s default is too close on 2 shared CPUs: jsdom tests with no timeout of their own took up to 2 s
          // at a load of 36, and seven files had each raised it to 30 s. 30 s still stops a test that hangs.
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          // expect.poll's default of 1 s is shorter than a save's round trip through a service worker that has to
          // wake up on a machine at a load of 30; a poll that is going to succeed does so long before this.
          expect: { poll: { timeout: 15_000 } },
          // No retries: each file shares one browser profile across its tests, so a retried test meets the failed
          // attempt's highlights and fails again (or passes on data it did not make). A flaky test gets its cause
          // fixed instead; the generous timeouts above absorb a loaded machine.
          retry: 0,
        },
      },
    ],
  },
});

// One `npm test` runs every suite: unit, quality and end-to-end. Under CI it also writes a JSON report
// that .ci/run turns into its closing "N passed, N failed" line. The global setup builds dist/ for the e2e tests.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/e2e/globalSetup.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    reporters: process.env.CI ? ['default', 'json'] : ['default'],
    outputFile: { json: 'reports/vitest.json' },
  },
});

import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Builds dist/ (npm run build: library, CLI, browser app) before the tests that read it.
    globalSetup: ['test/setup/build-artifacts.ts'],
    testTimeout: 60_000,
  },
});

import { defineConfig } from 'vitest/config';

// Browser tests: Playwright driving Debian's Chromium against the built site (dist/).
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});

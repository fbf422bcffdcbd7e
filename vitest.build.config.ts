import { defineConfig } from 'vitest/config';

// Tests of the built site: they read dist/, so `npm test` runs them after the build.
export default defineConfig({
  test: {
    include: ['tests/build/**/*.test.ts'],
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});

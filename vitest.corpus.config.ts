import { defineConfig } from 'vitest/config';

// Runs the parsers over ../shared/corpus (real third-party files). CI runs it when that folder exists;
// a user's clone has no corpus, so `npm test` never depends on it.
export default defineConfig({
  test: {
    include: ['__tests__/corpus/**/*.test.ts'],
  },
});

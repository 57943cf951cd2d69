import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['__tests__/**/*.test.ts'],
    exclude: ['__tests__/corpus/**', 'node_modules/**'],
    // The end-to-end suites spawn the bundled action, which backs off for real on a 502 or a rate limit
    // (about 5 s together); a loaded 2-core CI machine needs headroom. No test asserts on time.
    testTimeout: 30_000,
  },
});

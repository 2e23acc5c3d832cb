import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['tests/unit/**/*.test.ts'],
    // CLI tests spawn Node; on a busy 2-core machine they need more than the 5 s default.
    testTimeout: 30_000,
  },
});

// Test runner configuration: every *.test.ts under packages/ runs in one vitest invocation.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['packages/*/src/**/*.test.{ts,tsx}', 'packages/*/test/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 20_000,
    // Paragon's icon module imports a folder, which Node's ESM loader refuses: component tests get
    // icons that draw nothing.
    setupFiles: ['packages/web/test/paragon-icon-stubs.ts'],
  },
});

// Test runner configuration: every *.test.ts under packages/ runs in one vitest invocation.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Workspace packages resolve to their TypeScript sources (the "source" export condition), so the
  // tests need no build. Vitest 3 resolves node and jsdom tests alike in its `ssr` environment;
  // `resolve` covers the client one.
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'] } },
  test: {
    include: [
      'packages/*/src/**/*.test.{ts,tsx}',
      'plugins/*/src/**/*.test.{ts,tsx}',
      'plugins/*/test/**/*.test.{ts,tsx}',
      'packages/*/test/**/*.test.ts',
      'test/**/*.test.ts',
    ],
    testTimeout: 20_000,
    // Paragon's icon module imports a folder, which Node's ESM loader refuses: component tests get
    // icons that draw nothing.
    setupFiles: ['packages/web/test/paragon-icon-stubs.ts'],
    // The Open edX plugins' tests: frontend-platform imports the site's env.config (frontend-build
    // gives an empty one when there is none), its ES modules import without file extensions (only a
    // bundler, here vite, resolves them), and FPF's build is CommonJS requiring them, so its ES
    // sources are used, each plugin's own copy.
    alias: [
      {
        find: 'env.config',
        replacement: fileURLToPath(new URL('plugins/empty-env.config.ts', import.meta.url)),
      },
      {
        find: /^@openedx\/frontend-plugin-framework$/,
        replacement: '@openedx/frontend-plugin-framework/src/index.js',
      },
    ],
    server: {
      deps: {
        inline: [
          /@edx\/frontend-platform/,
          /@openedx\/frontend-plugin-framework/,
          /plugins\/[^/]+\/node_modules\/@openedx\/paragon/,
        ],
      },
    },
  },
});

// Builds a plugin's browser bundle with esbuild: one ES module whose `react`, `react/jsx-runtime`,
// `react-intl`, `@openedx/paragon` and `@learning-paths/core` imports read the apps' shared copies
// from `globalThis.LearningPaths` (docs/web-plugin-slots.md), so that the bundle brings none of them.
// Each is a small CommonJS module over the global: esbuild then resolves named imports as property
// reads, with no list of names to keep in step with the libraries.
import type { Plugin } from 'esbuild';

/** The bare imports the apps share, and the property of `globalThis.LearningPaths` holding each. */
export const SHARED_IMPORTS: Readonly<Record<string, string>> = {
  react: 'React',
  'react/jsx-runtime': 'jsxRuntime',
  'react-intl': 'ReactIntl',
  '@openedx/paragon': 'Paragon',
  '@learning-paths/core': 'core',
};

const NAMESPACE = 'learning-paths-shared';

/** The esbuild plugin that maps the shared imports to the global. */
export const sharedModulesPlugin: Plugin = {
  name: 'learning-paths-shared-modules',
  setup(build) {
    const filter = new RegExp(
      `^(${Object.keys(SHARED_IMPORTS)
        .map((name) => name.replace(/[/.]/g, '\\$&'))
        .join('|')})$`,
    );
    build.onResolve({ filter }, (args) => ({ path: args.path, namespace: NAMESPACE }));
    build.onLoad({ filter: /.*/, namespace: NAMESPACE }, (args) => ({
      contents: `module.exports = globalThis.LearningPaths[${JSON.stringify(SHARED_IMPORTS[args.path])}];`,
      loader: 'js',
    }));
  },
};

export interface BundleOptions {
  /** The browser entry: a module whose default export is the BrowserPlugin. */
  readonly entry: string;
  /** Where the bundle goes (the path given to `host.ui({ bundle })`). */
  readonly outfile: string;
  readonly minify?: boolean;
}

/** Bundles `entry` into one ES module for modern browsers. */
export async function bundleBrowser({ entry, outfile, minify = true }: BundleOptions): Promise<void> {
  const { build } = await import('esbuild');
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    jsx: 'automatic',
    minify,
    sourcemap: false,
    legalComments: 'none',
    plugins: [sharedModulesPlugin],
    logLevel: 'warning',
  });
}

// Lint rules for the whole repository: typescript-eslint's type-aware recommended set, and the layers
// of ARCHITECTURE.md ("Layers"): which folder may not import which.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const LAYERS = 'dependencies only point inward (ARCHITECTURE.md, Layers)';

/**
 * An import pattern naming sibling folders (or files) of the importing layer: `no-restricted-imports`
 * sees the path as written, so the name is matched after any number of `../`. That is exact here
 * because no folder inside a layer reuses the name of one of its siblings.
 */
function reaching(names, message, options = {}) {
  return { regex: `^(\\.\\./)+(${names.join('|')})(/|$)`, message: `${message}: ${LAYERS}.`, ...options };
}

/** One layer's rule: `files` may not import what `patterns` match. */
function layer(files, ...patterns) {
  return { files, rules: { 'no-restricted-imports': ['error', { patterns }] } };
}

/**
 * packages/core imports nothing else of the repository: no other workspace package, and no relative
 * path climbing out of it. A file `depth` folders below packages/core leaves it with `depth + 1` `../`;
 * the last rule covers every deeper file at once (erring, for absurd depths, towards a false alarm).
 */
const CORE_DEPTHS = 6;
const coreLayers = Array.from({ length: CORE_DEPTHS + 1 }, (_, depth) =>
  layer(
    [`packages/core/${'*/'.repeat(depth)}${depth === CORE_DEPTHS ? '**' : '*'}`],
    {
      regex: '^@learning-paths/',
      message: `packages/core imports no other package of the repository: ${LAYERS}.`,
    },
    {
      regex: `^(\\.\\./){${depth + 1},}`,
      message: `packages/core imports nothing outside itself: ${LAYERS}.`,
    },
  ),
);

/**
 * http/ reaches the store through the services; from store/ it imports only types (the `DataAccess`
 * and `Store` it hands on, the records services return), and `sql-errors.ts`, the store's word on
 * which failures mean the database is unavailable (problem.ts answers 503).
 */
function httpReachingStore(...allowed) {
  const exceptions = ['sql-errors', ...allowed].join('|');
  return {
    regex: `^(\\.\\./)+store/(?!(${exceptions})\\.ts$)`,
    allowTypeImports: true,
    message: `http/ reaches store/ only through the services (types aside): ${LAYERS}.`,
  };
}

const serverLayers = [
  layer(
    ['packages/server/src/domain/**'],
    reaching(
      ['store', 'services', 'http', 'lms', 'worker'],
      'domain/ is the vocabulary every layer shares and imports none of them',
    ),
  ),
  layer(
    ['packages/server/src/store/**'],
    reaching(['services', 'http', 'lms', 'worker'], 'store/ imports no outer layer'),
    reaching(
      ['errors\\.ts'],
      'repositories do not know the error model (AppError): services turn their answers into errors',
    ),
  ),
  layer(
    ['packages/server/src/lms/**'],
    reaching(['services', 'http', 'worker'], 'lms/ is a port and its adapters: it calls no use case'),
  ),
  layer(
    ['packages/server/src/services/**'],
    reaching(['http', 'worker'], 'services/ know no transport (HTTP, the event bus)'),
  ),
  layer(['packages/server/src/http/**'], httpReachingStore()),
  // The app builds each request's DataAccess from the Store: the one value it takes from data-access.ts.
  layer(['packages/server/src/http/app.ts'], httpReachingStore('data-access')),
];

const webLayers = [
  layer(['packages/web/src/learn/**'], reaching(['studio'], 'Learn reaches Studio only through shared/')),
  layer(['packages/web/src/studio/**'], reaching(['learn'], 'Studio reaches Learn only through shared/')),
  layer(
    ['packages/web/src/shared/**'],
    reaching(['learn', 'studio'], 'shared/ is what both apps use: it imports neither'),
  ),
];

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', 'data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: globals.node,
      parserOptions: { projectService: { allowDefaultProject: ['*.js', 'packages/*/bin/*.js'] } },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
    },
  },
  // Tests take documents apart and break them on purpose: untyped access is the point there.
  {
    files: ['**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  ...coreLayers,
  ...serverLayers,
  ...webLayers,
  // The server's tests stand outside its layers: they arrange state through the shortest way in (a
  // user row through its repository, pending LMS calls through the enrollment use cases) and check
  // the layer under test. Core's and the web apps' tests keep their rules: they never need to cross.
  {
    files: ['packages/server/src/**/*.test.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  // Plain JavaScript files (configs, bin shims) are not type-checked.
  { files: ['**/*.js'], ...tseslint.configs.disableTypeChecked },
);

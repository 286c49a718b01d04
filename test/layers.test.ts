// The lint rule for layers (eslint.config.js, ARCHITECTURE.md "Layers") fails when a layer is crossed:
// one-line files placed inside each layer, linted with the repository's own configuration.
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
let eslint: ESLint;

beforeAll(() => {
  // Only the layer rule, and no type information: the fixture files exist in no TypeScript project.
  eslint = new ESLint({
    cwd: root,
    overrideConfig: tseslint.configs.disableTypeChecked,
    ruleFilter: ({ ruleId }) => ruleId === 'no-restricted-imports',
  });
});

/** What the lint says of `code` if it were the file at `filePath` (from the repository's root). */
async function lint(filePath: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath: `${root}${filePath}` });
  return result!.messages.map(({ ruleId, message }) => ({ ruleId, message }));
}

describe('the layer rule', () => {
  it.each([
    ['packages/core/src/keys.ts', `import { buildApp } from '@learning-paths/server';`],
    ['packages/core/src/rules/criteria/x.ts', `import { x } from '../../../../server/src/index.ts';`],
    ['packages/core/src/evaluate/x.test.ts', `import { x } from '../../../../test/plugins/x.ts';`],
    ['packages/server/src/store/x.ts', `import { x } from '../http/app.ts';`],
    [
      'packages/server/src/store/repositories/x.ts',
      `import { getPath } from '../../services/paths/get-path.ts';`,
    ],
    ['packages/server/src/store/repositories/x.ts', `import { AppError } from '../../errors.ts';`],
    ['packages/server/src/lms/openedx/x.ts', `import { x } from '../../services/openedx/reconcile.ts';`],
    ['packages/server/src/services/events/x.ts', `import { x } from '../../worker/event-worker.ts';`],
    [
      'packages/server/src/domain/x.ts',
      `import type { UserRecord } from '../store/repositories/user-repository.ts';`,
    ],
    [
      'packages/server/src/http/routes/x.ts',
      `import { PathRepository } from '../../store/repositories/path-repository.ts';`,
    ],
    ['packages/server/src/http/routes/x.ts', `import { dataAccess } from '../../store/data-access.ts';`],
    ['packages/web/src/learn/dashboard/x.tsx', `import { x } from '../../studio/editor/x.ts';`],
    ['packages/web/src/studio/x.tsx', `import { x } from '../learn/learn-api.ts';`],
    ['packages/web/src/shared/api/x.ts', `import { x } from '../../learn/learn-api.ts';`],
  ])('fails %s: %s', async (filePath, code) => {
    const messages = await lint(filePath, code);
    expect(messages).toEqual([
      { ruleId: 'no-restricted-imports', message: expect.stringContaining('ARCHITECTURE.md, Layers') },
    ]);
  });

  it.each([
    ['packages/core/src/keys.ts', `import { z } from 'zod';`],
    ['packages/core/src/rules/criteria/x.ts', `import { wording } from '../../registry/wording.ts';`],
    ['packages/core/src/evaluate/x.test.ts', `import { course } from '../../test/fixtures.ts';`],
    ['packages/core/src/rules/criteria/x.test.ts', `import { course } from '../../../test/fixtures.ts';`],
    ['packages/server/src/store/repositories/x.ts', `import { GRANTED_ROLES } from '../../domain/roles.ts';`],
    ['packages/server/src/lms/openedx/x.ts', `import { dataAccess } from '../../store/data-access.ts';`],
    ['packages/server/src/services/paths/x.ts', `import { x } from '../../lms/lms-port.ts';`],
    ['packages/server/src/http/routes/x.ts', `import type { DataAccess } from '../../store/data-access.ts';`],
    [
      'packages/server/src/http/routes/x.ts',
      `import type { UserRecord } from '../../store/repositories/user-repository.ts';`,
    ],
    ['packages/server/src/http/problem.ts', `import { databaseUnavailable } from '../store/sql-errors.ts';`],
    ['packages/server/src/http/app.ts', `import { dataAccess } from '../store/data-access.ts';`],
    [
      'packages/server/src/http/routes/x.test.ts',
      `import { UserRepository } from '../../store/repositories/user-repository.ts';`,
    ],
    ['packages/web/src/learn/x.tsx', `import { x } from '../shared/api/client.ts';`],
  ])('passes %s: %s', async (filePath, code) => {
    expect(await lint(filePath, code)).toEqual([]);
  });
});

// End-to-end tests of the real `learning-paths` binary (spec section 5): validate, evaluate, schema, demo, help and exit codes.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { compilePath, validatePath, type LearnerFacts, type PathDefinition } from '@learning-paths/core';
import { REPO_ROOT, runCli, runCommand, type CliResult } from './run-cli.ts';

const DATA_SCIENCE = 'examples/data-science/path.json';
const BASIC_SEQUENCE = 'examples/basic-sequence/path.yaml';
const ADA = 'examples/data-science/learners/ada.json';
const BEN = 'examples/basic-sequence/learners/ben-halfway.json';

/** Reads a JSON or YAML file of the repository, independently of the CLI's own reader. */
function readDocument(file: string): unknown {
  const text = readFileSync(join(REPO_ROOT, file), 'utf8');
  return /\.ya?ml$/.test(file) ? parseYaml(text) : JSON.parse(text);
}

/** A fresh copy of the data-science example, to alter. */
function dataScience(): PathDefinition {
  return readDocument(DATA_SCIENCE) as PathDefinition;
}

/** The evaluation the engine gives in-process, for comparison with `evaluate --json`. */
function evaluateInProcess(pathFile: string, factsFile: string) {
  const facts = readDocument(factsFile) as Partial<LearnerFacts> & Pick<LearnerFacts, 'courses'>;
  return compilePath(readDocument(pathFile)).evaluate({
    now: facts.now ?? new Date().toISOString(),
    courses: facts.courses,
  });
}

/** Exit 2 with one clear line on stderr (plus at most commander's usage hint), never a stack trace. */
function expectUnusable(result: CliResult, ...expected: (string | RegExp)[]): void {
  expect(result.code, `stderr: ${result.stderr}`).toBe(2);
  expect(result.stderr).not.toContain('    at ');
  expect(result.stderr).not.toMatch(/Error:/);
  const lines = result.stderr
    .trimEnd()
    .split('\n')
    .filter((line) => line !== '(run learning-paths --help for usage)');
  expect(lines, 'one line on stderr').toHaveLength(1);
  for (const part of expected) {
    if (typeof part === 'string') expect(lines[0]).toContain(part);
    else expect(lines[0]).toMatch(part);
  }
}

let directory = '';
/** Writes a file into this run's temporary directory and returns its absolute path. */
function write(name: string, content: string | object): string {
  const file = join(directory, name);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return file;
}

beforeAll(() => {
  directory = mkdtempSync(join(tmpdir(), 'lp-cli-'));
});
afterAll(() => {
  if (directory) rmSync(directory, { recursive: true, force: true });
});

/** The data-science example with electives needing 5 of its 3 children and capstone after an unknown id. */
function invalidDefinition(): PathDefinition {
  const definition = dataScience() as unknown as {
    requirements: { children: Record<string, unknown>[] };
  };
  definition.requirements.children[2]!.count = 5;
  definition.requirements.children[3]!.prerequisites = ['core', 'nowhere'];
  return definition as unknown as PathDefinition;
}
const COUNT_POINTER = '/requirements/children/2/count';
const PREREQUISITE_POINTER = '/requirements/children/3/prerequisites/1';

describe('validate', () => {
  it.concurrent('a valid JSON file: exit 0 and "valid"', async () => {
    const result = await runCli('validate', DATA_SCIENCE);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toBe(`${DATA_SCIENCE}: valid\n`);
  });

  it.concurrent('a valid YAML file with --json: exit 0 and { "valid": true, "errors": [] }', async () => {
    const result = await runCli('validate', BASIC_SEQUENCE, '--json');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toStrictEqual({ valid: true, errors: [] });
  });

  it.concurrent(
    'an invalid file with --json: exit 1 and exactly { valid: false, errors: [...] }',
    async () => {
      const file = write('invalid-json-output.json', invalidDefinition());
      const result = await runCli('validate', file, '--json');
      expect(result.code).toBe(1);
      const output = JSON.parse(result.stdout) as { valid: unknown; errors: Record<string, unknown>[] };
      expect(Object.keys(output).sort()).toEqual(['errors', 'valid']);
      expect(output.valid).toBe(false);
      // Every problem is reported, not only the first, each with exactly a pointer and a message,
      // and that message for a UI to translate.
      expect(output.errors.map((error) => error.pointer)).toEqual(
        expect.arrayContaining([COUNT_POINTER, PREREQUISITE_POINTER]),
      );
      for (const error of output.errors) {
        expect(Object.keys(error).sort()).toEqual(['message', 'pointer', 'translatable']);
        expect(error.pointer).toEqual(expect.any(String));
        expect(error.message).toEqual(expect.stringMatching(/\w/));
        expect(error.translatable).toEqual({
          id: expect.stringMatching(/^lp\.problem\./),
          values: expect.any(Object),
        });
      }
      expect(output.errors.find((error) => error.pointer === COUNT_POINTER)?.message).toMatch(/5/);
    },
  );

  it.concurrent('an invalid file without --json: exit 1, naming each pointer and its message', async () => {
    const file = write('invalid-human-output.json', invalidDefinition());
    const human = await runCli('validate', file);
    expect(human.code).toBe(1);
    const { errors } = validatePath(invalidDefinition());
    expect(errors.length).toBeGreaterThanOrEqual(2);
    const text = human.stdout + human.stderr;
    expect(text).toContain(file);
    for (const { pointer, message } of errors) {
      expect(text).toContain(pointer);
      expect(text).toContain(message);
    }
    expect(text).not.toContain('    at ');
  });

  it.concurrent('a JSON array (wrong shape): exit 1 with the problem, not a crash', async () => {
    const file = write('array.json', '[]\n');
    const result = await runCli('validate', file, '--json');
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    const output = JSON.parse(result.stdout) as { valid: boolean; errors: { message: string }[] };
    expect(output.valid).toBe(false);
    expect(output.errors).toHaveLength(1);
    expect(output.errors[0]!.message).toMatch(/object/);
  });

  it.concurrent('an object missing requirements: exit 1 naming /requirements', async () => {
    const withoutRequirements: Record<string, unknown> = { ...dataScience() };
    delete withoutRequirements.requirements;
    const file = write('no-requirements.json', withoutRequirements);
    const result = await runCli('validate', file);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/\/requirements: .*required/);
    expect(result.stderr).toBe('');
  });
});

describe('unusable input: exit 2, one line on stderr, no stack trace', () => {
  it.concurrent('a missing file', async () => {
    const result = await runCli('validate', join(directory, 'does-not-exist.json'));
    expectUnusable(result, 'does-not-exist.json', /no such file/);
  });

  it.concurrent('a directory', async () => {
    expectUnusable(await runCli('validate', directory), directory, /directory/);
  });

  it.concurrent('unparseable JSON (a missing comma) says where', async () => {
    const file = write('missing-comma.json', '{\n  "key": "x"\n  "title": "t"\n}\n');
    expectUnusable(await runCli('validate', file), file, 'not valid JSON', 'at line 3, column 3');
  });

  it.concurrent('unparseable JSON (an unexpected token) says where', async () => {
    const file = write('unexpected-token.json', '{\n  "key": x\n}\n');
    expectUnusable(await runCli('validate', file), file, 'not valid JSON', 'at line 2, column 10');
  });

  it.concurrent('unparseable JSON (cut off) says where', async () => {
    const file = write('truncated.json', '{\n  "key": "x",\n  "title":');
    expectUnusable(await runCli('validate', file), file, 'not valid JSON', /at line 3, column \d+/);
  });

  it.concurrent('unparseable YAML (a duplicate key) says where', async () => {
    const file = write('duplicate-key.yaml', 'key: path-v1:a+b+c+d\nkey: path-v1:a+b+c+e\n');
    expectUnusable(await runCli('validate', file), file, 'not valid YAML', 'at line 2, column 1');
  });

  it.concurrent('unparseable YAML (an alias to no anchor) says where', async () => {
    const file = write('unknown-alias.yaml', 'title: t\nkey: *nowhere\n');
    expectUnusable(await runCli('validate', file), file, 'not valid YAML', /at line 2, column \d+/);
  });

  it.concurrent('a missing argument', async () => {
    expectUnusable(await runCli('validate'), /missing required argument/);
  });

  it.concurrent('an unknown command', async () => {
    expectUnusable(await runCli('frobnicate'), /unknown command 'frobnicate'/);
  });

  it.concurrent('evaluate with a missing facts file', async () => {
    const result = await runCli('evaluate', DATA_SCIENCE, join(directory, 'no-facts.json'));
    expectUnusable(result, 'no-facts.json', /no such file/);
  });
});

describe('evaluate', () => {
  it.concurrent.each([
    [DATA_SCIENCE, ADA],
    [BASIC_SEQUENCE, BEN],
    ['examples/credit-programme/path.yaml', 'examples/credit-programme/learners/jon-year2.json'],
  ])('%s %s --json equals the engine in-process', async (pathFile, factsFile) => {
    const result = await runCli('evaluate', pathFile, factsFile, '--json');
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(result.stdout)).toEqual(evaluateInProcess(pathFile, factsFile));
  });

  it.concurrent(
    'the readable outline: statuses, progress bars, tiers, what is left, lock reasons',
    async () => {
      const result = await runCli('evaluate', DATA_SCIENCE, ADA);
      expect(result).toMatchObject({ code: 0, stderr: '' });
      const { stdout } = result;
      for (const symbol of ['✔', '◐', '○', '⊘']) expect(stdout).toContain(symbol);
      expect(stdout).toMatch(/█+░+/);
      expect(stdout).toMatch(/^Overall [█░]{10}\s+\d+%/m);
      expect(stdout).toMatch(/^Tiers$/m);
      expect(stdout).toMatch(/^What is left$/m);
      expect(stdout).toMatch(/Capstone Project .*locked.*opens on 1 May 2026/i);
      expect(stdout).toContain('Reach a grade of 70% in Machine Learning (now 62%)');
      expect(stdout).not.toContain('\u001b['); // NO_COLOR: plain text
    },
  );

  it.concurrent('an invalid definition: exit 1 with its validation errors', async () => {
    const file = write('invalid-for-evaluate.json', invalidDefinition());
    const result = await runCli('evaluate', file, ADA);
    expect(result.code).toBe(1);
    for (const { pointer, message } of validatePath(invalidDefinition()).errors) {
      expect(result.stdout + result.stderr).toContain(`${pointer}: ${message}`);
    }
    expect(result.stdout).not.toContain('Overall');
  });

  it.concurrent('an invalid facts file (completion 1.5): exit 1 naming /courses/.../completion', async () => {
    const file = write('bad-facts.json', {
      now: '2026-04-10T12:00:00Z',
      courses: { 'course-v1:DemoU+DS100+2026': { completion: 1.5 } },
    });
    const result = await runCli('evaluate', DATA_SCIENCE, file);
    expect(result.code).toBe(1);
    expect(result.stdout + result.stderr).toContain('/courses/course-v1:DemoU+DS100+2026/completion');
    expect(result.stdout).not.toContain('Overall');
  });

  it.concurrent('facts without `now` are evaluated as of now', async () => {
    const { courses } = readDocument(BEN) as LearnerFacts;
    const file = write('no-now.json', { courses });
    const result = await runCli('evaluate', BASIC_SEQUENCE, file, '--json');
    expect(result).toMatchObject({ code: 0, stderr: '' });
    // The basic sequence has no dates, so the time of evaluation does not change the answer.
    expect(JSON.parse(result.stdout)).toEqual(evaluateInProcess(BASIC_SEQUENCE, BEN));
  });
});

describe('schema, demo, help and npx', () => {
  it.concurrent(
    'schema: the JSON Schema, equal to the committed docs/path-definition.schema.json',
    async () => {
      const result = await runCli('schema');
      expect(result).toMatchObject({ code: 0, stderr: '' });
      const schema = JSON.parse(result.stdout) as { $schema: string; properties: Record<string, unknown> };
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(schema.properties.requirements).toBeDefined();
      const committed: unknown = JSON.parse(
        readFileSync(join(REPO_ROOT, 'docs/path-definition.schema.json'), 'utf8'),
      );
      expect(schema, 'docs/path-definition.schema.json is out of date: run `npm run schema`').toEqual(
        committed,
      );
    },
  );

  it.concurrent('demo: exit 0 and every example path by title', async () => {
    const result = await runCli('demo');
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const examples = readdirSync(join(REPO_ROOT, 'examples'), { withFileTypes: true }).filter((entry) =>
      entry.isDirectory(),
    );
    expect(examples.length).toBeGreaterThan(0);
    for (const example of examples) {
      const pathFile = readdirSync(join(REPO_ROOT, 'examples', example.name)).find((name) =>
        /^path\.(json|ya?ml)$/.test(name),
      );
      expect(pathFile, `examples/${example.name} has a path file`).toBeDefined();
      const { title } = readDocument(`examples/${example.name}/${pathFile}`) as PathDefinition;
      expect(result.stdout).toContain(title);
    }
  });

  it.concurrent('--help: exit 0 and lists the commands', async () => {
    const result = await runCli('--help');
    expect(result.code).toBe(0);
    for (const command of ['validate', 'evaluate', 'schema', 'demo'])
      expect(result.stdout).toMatch(new RegExp(`^\\s+${command}\\b`, 'm'));
  });

  it.concurrent('npx learning-paths works from the repository root', async () => {
    // npm_config_yes=false: never fetch a package from the registry, only the workspace's own bin.
    const result = await runCommand('npx', ['learning-paths', 'validate', BASIC_SEQUENCE], {
      npm_config_yes: 'false',
    });
    expect(result.code, `stderr: ${result.stderr}`).toBe(0);
    expect(result.stdout).toBe(`${BASIC_SEQUENCE}: valid\n`);
  });
});

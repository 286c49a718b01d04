// `learning-paths demo`: evaluates every example path in examples/ for its example learners and
// prints the readable outlines, to show what the engine does without any setup.
import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compilePath, validateFacts, validatePath } from '@learning-paths/core';
import { CliError, EXIT_OK } from '../cli-error.ts';
import { learnerFacts } from '../learner-facts.ts';
import { renderOutline } from '../outline.ts';
import type { Output } from '../output.ts';
import { readDocument } from '../read-document.ts';

const EXAMPLES = fileURLToPath(new URL('../../../../examples', import.meta.url));

export function demoCommand(output: Output): number {
  const { style } = output;
  for (const example of readdirSync(EXAMPLES, { withFileTypes: true }).filter((entry) =>
    entry.isDirectory(),
  )) {
    const directory = join(EXAMPLES, example.name);
    const pathFile = readdirSync(directory).find((name) => /^path\.(json|ya?ml)$/.test(name));
    if (!pathFile) continue;
    const definition = validatePath(readDocument(join(directory, pathFile)));
    if (!definition.valid)
      throw new CliError(
        `examples/${example.name}/${pathFile} is invalid; run learning-paths validate on it`,
      );
    const path = compilePath(definition.definition);
    output.out(style.bold(`\n═══ examples/${example.name}/${pathFile} ═══\n`));
    for (const learnerFile of readdirSync(join(directory, 'learners'))
      .filter((name) => name.endsWith('.json'))
      .sort()) {
      const facts = validateFacts(readDocument(join(directory, 'learners', learnerFile)));
      if (!facts.valid) throw new CliError(`examples/${example.name}/learners/${learnerFile} is invalid`);
      const learner = learnerFacts(facts.facts);
      output.out(`\n${style.bold('Learner:')} ${basename(learnerFile, '.json')}\n`);
      output.out(renderOutline(path, path.evaluate(learner), learner.now, style));
    }
  }
  output.out(
    `\nTry it on a file: npx learning-paths evaluate examples/data-science/path.json examples/data-science/learners/ada.json\n`,
  );
  return EXIT_OK;
}

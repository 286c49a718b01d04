// `learning-paths evaluate PATH_FILE FACTS_FILE [--json]`: one learner's evaluation, as JSON or as
// a readable outline. An invalid definition or facts file is refused with its problems (exit 1).
import { compilePath, validateFacts, validatePath } from '@learning-paths/core';
import { EXIT_INVALID, EXIT_OK } from '../cli-error.ts';
import { learnerFacts } from '../learner-facts.ts';
import { renderOutline } from '../outline.ts';
import type { Output } from '../output.ts';
import { formatProblems } from '../problems-text.ts';
import { readDocument } from '../read-document.ts';

export function evaluateCommand(
  pathFile: string,
  factsFile: string,
  options: { json?: boolean },
  output: Output,
): number {
  const definition = validatePath(readDocument(pathFile));
  const facts = validateFacts(readDocument(factsFile));
  if (!definition.valid || !facts.valid) {
    const problems = [
      ...(definition.valid ? [] : [{ file: pathFile, errors: definition.errors }]),
      ...(facts.valid ? [] : [{ file: factsFile, errors: facts.errors }]),
    ];
    if (options.json) output.out(JSON.stringify({ valid: false, problems }, null, 2) + '\n');
    else for (const { file, errors } of problems) output.err(formatProblems(file, errors));
    return EXIT_INVALID;
  }
  const learner = learnerFacts(facts.facts);
  const path = compilePath(definition.definition);
  const evaluation = path.evaluate(learner);
  output.out(
    options.json
      ? JSON.stringify(evaluation, null, 2) + '\n'
      : renderOutline(path, evaluation, learner.now, output.style),
  );
  return EXIT_OK;
}

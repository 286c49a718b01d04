// Validation pass 1: the shape of the document, node by node, so that every malformed node is
// reported at its own pointer (a union over the whole tree would blur the errors).
import { FORMAT_LIMITS } from '../definition/limits.ts';
import type { DefinitionSchemas } from '../definition/schemas.ts';
import { shapeProblems } from '../definition/issue-messages.ts';
import { closestName, withGuess } from '../definition/closest-name.ts';
import { joinPointer, problemAt, type Problem } from '../problems.ts';
import type { RuleRegistry } from '../registry/registry.ts';
import { wording } from '../registry/wording.ts';
import { isPlainObject, type NodeRecord, type TierRecord } from './node-records.ts';
import { nestingProblems, tooDeep, tooManyNodes } from './size-limits.ts';

export interface ShapeResult {
  readonly problems: Problem[];
  readonly nodes: NodeRecord[];
  readonly tiers: TierRecord[];
  /** False when the tree was too deep or too big to walk whole: checks of the whole would mislead. */
  readonly complete: boolean;
}

export function checkShapes(input: unknown, schemas: DefinitionSchemas, registry: RuleRegistry): ShapeResult {
  if (!isPlainObject(input)) {
    return {
      problems: [
        problemAt(
          '',
          wording(
            'a path definition must be an object with key, title and requirements',
            'lp.problem.notAPath',
            {},
          ),
        ),
      ],
      nodes: [],
      tiers: [],
      complete: true,
    };
  }
  // A field nested too deeply is reported alone: the schemas are not run over it.
  const nested = nestingProblems(input, '', 'requirements');
  const problems = nested.length > 0 ? nested : shapeProblems(schemas.topLevelShallow, input, '');
  const criteriaNames = registry.criteria().map((criterion) => criterion.name);
  if (isPlainObject(input.defaultCriteria))
    checkCriteriaNotEmpty(input.defaultCriteria, '/defaultCriteria', criteriaNames, problems);
  const { nodes, complete } =
    'requirements' in input
      ? walkNodes(input.requirements, schemas, registry, criteriaNames, problems)
      : { nodes: [], complete: true };
  const tiers: TierRecord[] = [];
  if (Array.isArray(input.tiers)) {
    input.tiers.forEach((tier: unknown, index) => {
      if (isPlainObject(tier))
        tiers.push({
          tier,
          pointer: joinPointer('/tiers', index),
          id: typeof tier.id === 'string' ? tier.id : undefined,
        });
    });
  }
  return { problems, nodes, tiers, complete };
}

function walkNodes(
  root: unknown,
  schemas: DefinitionSchemas,
  registry: RuleRegistry,
  criteriaNames: readonly string[],
  problems: Problem[],
): { nodes: NodeRecord[]; complete: boolean } {
  const records: NodeRecord[] = [];
  // Depth-first with an explicit stack: documents may nest deeper than the call stack allows.
  // `level` counts the node and its ancestors, the root being level 1.
  const stack: { value: unknown; pointer: string; parent: number; level: number }[] = [
    { value: root, pointer: '/requirements', parent: -1, level: 1 },
  ];
  let visited = 0;
  let complete = true;
  while (stack.length > 0) {
    const { value, pointer, parent, level } = stack.pop()!;
    if (visited++ === FORMAT_LIMITS.nodes) {
      problems.push(tooManyNodes(pointer));
      return { nodes: records, complete: false };
    }
    if (!isPlainObject(value)) {
      problems.push(
        problemAt(
          pointer,
          wording(
            'a node must be an object: a step (with course) or a group (with rule and children)',
            'lp.problem.nodeNotAnObject',
            {},
          ),
        ),
      );
      continue;
    }
    const nested = nestingProblems(value, pointer, 'children');
    problems.push(...nested);
    const kind = nested.length > 0 ? 'invalid' : classify(value, pointer, registry, problems);
    const ownProblems =
      kind === 'step'
        ? shapeProblems(schemas.step, value, pointer)
        : kind === 'group'
          ? shapeProblems(schemas.groupShallow.get(value.rule as string)!, value, pointer)
          : [];
    if (kind === 'step' && isPlainObject(value.criteria)) {
      checkCriteriaNotEmpty(value.criteria, joinPointer(pointer, 'criteria'), criteriaNames, ownProblems);
    }
    problems.push(...ownProblems);
    const index = records.length;
    const id = typeof value.id === 'string' ? value.id : undefined;
    records.push({
      node: value,
      pointer,
      parent,
      kind,
      children: [],
      id,
      wellFormed: kind !== 'invalid' && ownProblems.length === 0,
    });
    if (parent >= 0) records[parent]!.children.push(index);
    if (kind !== 'step' && Array.isArray(value.children) && level > FORMAT_LIMITS.groupDepth) {
      problems.push(tooDeep(pointer));
      complete = false;
    } else if (kind !== 'step' && Array.isArray(value.children)) {
      if (value.children.length === 0) {
        problems.push(
          problemAt(
            joinPointer(pointer, 'children'),
            wording(
              'a group needs at least one child; an empty group can never be satisfied',
              'lp.problem.emptyGroup',
              {},
            ),
          ),
        );
      }
      for (let i = value.children.length - 1; i >= 0; i--) {
        stack.push({
          value: value.children[i],
          pointer: joinPointer(pointer, 'children', i),
          parent: index,
          level: level + 1,
        });
      }
    }
  }
  return { nodes: records, complete };
}

function classify(
  node: Record<string, unknown>,
  pointer: string,
  registry: RuleRegistry,
  problems: Problem[],
): NodeRecord['kind'] {
  const isStep = 'course' in node;
  const isGroup = 'rule' in node || 'children' in node;
  if (isStep && isGroup) {
    problems.push(
      problemAt(
        pointer,
        wording(
          'a node is either a step (with course) or a group (with rule and children), not both',
          'lp.problem.stepAndGroup',
          {},
        ),
      ),
    );
    return 'invalid';
  }
  if (isStep) return 'step';
  const ruleNames = registry.groupRules().map((rule) => rule.name);
  if (!isGroup) {
    problems.push(
      problemAt(
        pointer,
        wording(
          'a node needs either course (a step) or rule and children (a group)',
          'lp.problem.neitherStepNorGroup',
          {},
        ),
      ),
    );
    return 'invalid';
  }
  if (!('rule' in node)) {
    problems.push(
      problemAt(
        joinPointer(pointer, 'rule'),
        wording(`a group needs a rule: one of ${ruleNames.join(', ')}`, 'lp.problem.missingRule', {
          rules: ruleNames,
        }),
      ),
    );
    return 'invalid';
  }
  if (typeof node.rule !== 'string' || registry.groupRule(node.rule) === undefined) {
    // The rule as JSON writes it: a string in quotes, or whatever else was there.
    const value = String(JSON.stringify(node.rule));
    const words = withGuess(
      `unknown rule ${value}: the rules are ${ruleNames.join(', ')}`,
      'lp.problem.unknownRule',
      { value, rules: ruleNames },
      typeof node.rule === 'string' ? closestName(node.rule, ruleNames) : undefined,
    );
    problems.push(problemAt(joinPointer(pointer, 'rule'), words));
    return 'invalid';
  }
  return 'group';
}

function checkCriteriaNotEmpty(
  criteria: Record<string, unknown>,
  pointer: string,
  names: readonly string[],
  problems: Problem[],
): void {
  if (Object.keys(criteria).length === 0) {
    problems.push(
      problemAt(
        pointer,
        wording(`criteria must name at least one of: ${names.join(', ')}`, 'lp.problem.emptyCriteria', {
          criteria: [...names],
        }),
      ),
    );
  }
}

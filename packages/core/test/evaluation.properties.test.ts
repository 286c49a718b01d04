// Property-based tests of validation and evaluation against the spec (shared/spec/path-format.md, sections 1-4).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compilePath,
  evaluatePath,
  validateFacts,
  validatePath,
  type LearnerFacts,
  type PathDefinition,
  type PathEvaluation,
} from '../src/index.ts';
import {
  factsArb,
  improve,
  improvementChoiceArb,
  injectedErrorArb,
  isStepNode,
  nodeInfos,
  validDefinitionArb,
  type NodeInfo,
} from './arbitraries.ts';

// PBT_RUNS=5000 npx vitest run packages/core/test/ searches harder.
const RUNS = { numRuns: Number(process.env.PBT_RUNS ?? 200) };

const definitionAndFacts = validDefinitionArb().chain((definition) =>
  factsArb(definition).map((facts) => ({ definition, facts })),
);

const definitionAndTwoFacts = validDefinitionArb().chain((definition) =>
  fc
    .record({ facts: factsArb(definition), other: factsArb(definition) })
    .map((pair) => ({ definition, ...pair })),
);

/** Facts and a chain of 1-4 improvements (each one as `improvementArb` makes it) of them. */
const definitionFactsAndImprovements = definitionAndFacts.chain(({ definition, facts }) =>
  fc.array(improvementChoiceArb(definition), { minLength: 1, maxLength: 4 }).map((choices) => {
    const chain = [facts];
    for (const choice of choices) chain.push(improve(chain.at(-1)!, choice));
    return { definition, chain };
  }),
);

function evaluated(definition: PathDefinition, facts: LearnerFacts) {
  const infos = nodeInfos(definition);
  return { infos, result: evaluatePath(definition, facts) };
}

function tierIds(definition: PathDefinition): string[] {
  return (definition.tiers ?? []).map((tier) => tier.id);
}

const sorted = (values: readonly string[]) => [...values].sort();

// ---------------------------------------------------------------------------------------------
// A direct reading of the spec, for the properties that need to know what *should* hold.

/** Satisfaction of every node and tier from the facts alone (spec 1 and 4). */
function specSatisfaction(definition: PathDefinition, facts: LearnerFacts, infos: readonly NodeInfo[]) {
  const satisfied = new Map<string, boolean>();
  const defaultCriteria = definition.defaultCriteria ?? { passed: true };
  for (let i = infos.length - 1; i >= 0; i--) {
    const { node, children } = infos[i]!;
    if (isStepNode(node)) {
      const course = facts.courses[node.course] ?? {};
      const criteria = node.criteria ?? defaultCriteria;
      const number = (value: unknown) => (typeof value === 'number' ? value : 0);
      satisfied.set(
        node.id,
        (criteria.completion === undefined || number(course.completion) >= criteria.completion) &&
          (criteria.grade === undefined || number(course.grade) >= criteria.grade) &&
          (criteria.passed === undefined || course.passed === true),
      );
    } else {
      const kids = children.map((child) => infos[child]!.node);
      const done = kids.filter((kid) => satisfied.get(kid.id) === true);
      if (node.rule === 'atLeast') {
        const credits = (index: number): number => {
          const info = infos[index]!;
          if (typeof info.node.credits === 'number') return info.node.credits;
          if (isStepNode(info.node)) return 1;
          let sum = 0;
          for (const child of info.children) sum += credits(child);
          return sum;
        };
        let earned = 0;
        for (const child of children)
          if (satisfied.get(infos[child]!.node.id) === true) earned += credits(child);
        const target = node.credits;
        satisfied.set(
          node.id,
          (node.count === undefined || done.length >= node.count) &&
            (typeof target !== 'number' || earned >= target),
        );
      } else {
        satisfied.set(node.id, done.length === kids.length);
      }
    }
  }
  const tiers = new Map((definition.tiers ?? []).map((tier) => [tier.id, tier]));
  const achieved = (id: string): boolean => {
    if (!satisfied.has(id))
      satisfied.set(
        id,
        tiers
          .get(id)!
          .requires.every((required) => (tiers.has(required) ? achieved(required) : satisfied.get(required))),
      );
    return satisfied.get(id)!;
  };
  for (const id of tiers.keys()) achieved(id);
  return satisfied;
}

// ---------------------------------------------------------------------------------------------

describe('path engine properties', () => {
  it('generated facts are valid facts documents (generator sanity check)', () => {
    fc.assert(
      fc.property(definitionAndFacts, ({ facts }) => {
        expect(validateFacts(facts).errors).toEqual([]);
      }),
      RUNS,
    );
  });

  it('1. every generated valid definition validates', () => {
    fc.assert(
      fc.property(validDefinitionArb(), (definition) => {
        const result = validatePath(definition);
        expect(result.errors).toEqual([]);
        expect(result.valid).toBe(true);
      }),
      RUNS,
    );
  });

  it('2. evaluation is deterministic and pure', () => {
    fc.assert(
      fc.property(definitionAndTwoFacts, ({ definition, facts, other }) => {
        const definitionCopy = structuredClone(definition);
        const factsCopy = structuredClone(facts);
        const first = evaluatePath(definition, facts);
        expect(evaluatePath(definition, facts)).toStrictEqual(first);
        expect(evaluatePath(definition, structuredClone(facts))).toStrictEqual(first);

        const compiled = compilePath(definition);
        const fromCompiled = compiled.evaluate(facts);
        expect(fromCompiled).toStrictEqual(first);
        const snapshot = structuredClone(fromCompiled);
        // Evaluating another learner on the same compiled path leaves the earlier answer alone.
        compiled.evaluate(other);
        expect(fromCompiled).toStrictEqual(snapshot);
        expect(compiled.evaluate(structuredClone(facts))).toStrictEqual(first);
        expect(compilePath(structuredClone(definition)).evaluate(facts)).toStrictEqual(first);

        // Neither input was touched.
        expect(definition).toStrictEqual(definitionCopy);
        expect(facts).toStrictEqual(factsCopy);
      }),
      RUNS,
    );
  });

  it('3. every progress is within 0..1 and is 1 exactly when satisfied, achieved or completed', () => {
    fc.assert(
      fc.property(definitionAndFacts, ({ definition, facts }) => {
        const { infos, result } = evaluated(definition, facts);
        const inRange = (progress: number) => {
          expect(typeof progress).toBe('number');
          expect(progress).toBeGreaterThanOrEqual(0);
          expect(progress).toBeLessThanOrEqual(1);
        };
        expect(sorted(Object.keys(result.nodes))).toEqual(sorted(infos.map(({ node }) => node.id)));
        for (const { node } of infos) {
          const evaluation = result.nodes[node.id]!;
          inRange(evaluation.progress);
          expect(evaluation.progress === 1).toBe(evaluation.satisfied);
        }
        expect(sorted(Object.keys(result.tiers))).toEqual(sorted(tierIds(definition)));
        for (const tier of Object.values(result.tiers)) {
          inRange(tier.progress);
          expect(tier.progress === 1).toBe(tier.achieved);
        }
        inRange(result.progress);
        expect(result.progress === 1).toBe(result.completed);
        expect(result.completed).toBe(result.nodes[definition.requirements.id]!.satisfied);
        expect(result.key).toBe(definition.key);
      }),
      RUNS,
    );
  });

  it('4. improving a fact never lowers progress nor un-satisfies a node or un-achieves a tier', () => {
    fc.assert(
      fc.property(definitionFactsAndImprovements, ({ definition, chain }) => {
        const compiled = compilePath(definition);
        let before = compiled.evaluate(chain[0]!);
        for (const improved of chain.slice(1)) {
          const after = compiled.evaluate(improved);
          for (const [id, node] of Object.entries(before.nodes)) {
            expect(after.nodes[id]!.progress, `progress of node ${id}`).toBeGreaterThanOrEqual(node.progress);
            if (node.satisfied) expect(after.nodes[id]!.satisfied, `node ${id} satisfied`).toBe(true);
          }
          for (const [id, tier] of Object.entries(before.tiers)) {
            expect(after.tiers[id]!.progress, `progress of tier ${id}`).toBeGreaterThanOrEqual(tier.progress);
            if (tier.achieved) expect(after.tiers[id]!.achieved, `tier ${id} achieved`).toBe(true);
          }
          expect(after.progress).toBeGreaterThanOrEqual(before.progress);
          if (before.completed) expect(after.completed).toBe(true);
          before = after;
        }
      }),
      RUNS,
    );
  });

  it('5. status is completed exactly when the node is satisfied', () => {
    fc.assert(
      fc.property(definitionAndFacts, ({ definition, facts }) => {
        const { infos, result } = evaluated(definition, facts);
        for (const { node } of infos) {
          const { status, satisfied } = result.nodes[node.id]!;
          expect(['locked', 'available', 'in_progress', 'completed']).toContain(status);
          expect(status === 'completed', `status of ${node.id}`).toBe(satisfied);
        }
      }),
      RUNS,
    );
  });

  it('6. lockedBy is non-empty exactly for locked nodes and names nodes, tiers or the release date', () => {
    fc.assert(
      fc.property(definitionAndFacts, ({ definition, facts }) => {
        const { infos, result } = evaluated(definition, facts);
        const ids = new Set([...infos.map(({ node }) => node.id), ...tierIds(definition)]);
        for (const { node } of infos) {
          const { status, lockedBy } = result.nodes[node.id]!;
          expect(lockedBy.length > 0, `lockedBy of ${node.id}`).toBe(status === 'locked');
          for (const reason of lockedBy) {
            const isDate = node.availableFrom !== undefined && reason === `date:${node.availableFrom}`;
            expect(ids.has(reason) || isDate, `lockedBy entry ${reason} of ${node.id}`).toBe(true);
          }
        }
      }),
      RUNS,
    );
  });

  it('7. next holds exactly the unsatisfied, unlocked steps with no satisfied ancestor; remaining names unsatisfied, unlocked nodes', () => {
    fc.assert(
      fc.property(definitionAndFacts, ({ definition, facts }) => {
        const { infos, result } = evaluated(definition, facts);
        const byId = new Map(infos.map((info) => [info.node.id, info]));
        const workable = (info: NodeInfo) => {
          const evaluation = result.nodes[info.node.id]!;
          return (
            isStepNode(info.node) &&
            !evaluation.satisfied &&
            evaluation.status !== 'locked' &&
            info.ancestors.every((ancestor) => !result.nodes[infos[ancestor]!.node.id]!.satisfied)
          );
        };
        expect(new Set(result.next).size).toBe(result.next.length);
        for (const id of result.next) {
          expect(byId.has(id), `next entry ${id} is a node`).toBe(true);
          expect(workable(byId.get(id)!), `next entry ${id}`).toBe(true);
        }
        expect(sorted(result.next)).toEqual(sorted(infos.filter(workable).map(({ node }) => node.id)));

        for (const item of result.remaining) {
          const evaluation = result.nodes[item.node];
          expect(evaluation, `remaining entry ${item.node} is a node`).toBeDefined();
          expect(evaluation!.satisfied, `remaining entry ${item.node}`).toBe(false);
          expect(evaluation!.status, `remaining entry ${item.node}`).not.toBe('locked');
          expect(typeof item.text).toBe('string');
          expect(item.text.length).toBeGreaterThan(0);
        }
      }),
      RUNS,
    );
  });

  it('8. a tier is achieved exactly when nothing is missing, and missing lists its unsatisfied requirements', () => {
    fc.assert(
      fc.property(definitionAndFacts, ({ definition, facts }) => {
        const result: PathEvaluation = evaluatePath(definition, facts);
        const done = (id: string) => result.nodes[id]?.satisfied ?? result.tiers[id]!.achieved;
        for (const tier of definition.tiers ?? []) {
          const { achieved, missing } = result.tiers[tier.id]!;
          expect(achieved, `tier ${tier.id}`).toBe(missing.length === 0);
          expect(sorted(missing), `missing of ${tier.id}`).toEqual(
            sorted(tier.requires.filter((id) => !done(id))),
          );
        }
      }),
      RUNS,
    );
  });

  it('9. a definition with an injected error is rejected at the expected pointer', () => {
    fc.assert(
      fc.property(injectedErrorArb(), ({ kind, definition, pointer }) => {
        const result = validatePath(definition);
        expect(result.valid, kind).toBe(false);
        expect(
          result.errors.map((error) => error.pointer),
          `${kind}: ${JSON.stringify(result.errors)}`,
        ).toContain(pointer);
        for (const error of result.errors) expect(error.message.length).toBeGreaterThan(0);
        expect(() => compilePath(definition)).toThrow();
      }),
      RUNS,
    );
  });

  // Beyond the nine: satisfaction and locks recomputed from the spec's own wording.

  it('10. satisfaction follows the criteria and group rules of the spec', () => {
    fc.assert(
      fc.property(definitionAndFacts, ({ definition, facts }) => {
        const { infos, result } = evaluated(definition, facts);
        const expected = specSatisfaction(definition, facts, infos);
        for (const { node } of infos)
          expect(result.nodes[node.id]!.satisfied, `node ${node.id}`).toBe(expected.get(node.id));
        for (const id of tierIds(definition))
          expect(result.tiers[id]!.achieved, `tier ${id}`).toBe(expected.get(id));
        expect(result.completed).toBe(expected.get(definition.requirements.id));
      }),
      RUNS,
    );
  });

  it('11. statuses and lockedBy follow the lock rules of the spec', () => {
    fc.assert(
      fc.property(definitionAndFacts, ({ definition, facts }) => {
        const { infos, result } = evaluated(definition, facts);
        const satisfied = specSatisfaction(definition, facts, infos);
        const now = Date.parse(String(facts.now));
        const status = new Map<string, string>();
        for (const info of infos) {
          const { node, parent } = info;
          const reasons: string[] = [];
          if (!satisfied.get(node.id)) {
            for (const id of node.prerequisites ?? []) if (!satisfied.get(id)) reasons.push(id);
            const parentNode = parent >= 0 ? infos[parent]!.node : undefined;
            if (parentNode && !isStepNode(parentNode) && parentNode.rule === 'sequence') {
              for (const sibling of parentNode.children) {
                if (sibling === node) break;
                if (!satisfied.get(sibling.id)) reasons.push(sibling.id);
              }
            }
            if (node.availableFrom !== undefined && Date.parse(node.availableFrom) > now)
              reasons.push(`date:${node.availableFrom}`);
            const lockedAncestor = info.ancestors.find((a) => status.get(infos[a]!.node.id) === 'locked');
            if (lockedAncestor !== undefined) reasons.push(infos[lockedAncestor]!.node.id);
          }
          const evaluation = result.nodes[node.id]!;
          const enrolled = isStepNode(node) && facts.courses[node.course]?.enrolled === true;
          const expected = satisfied.get(node.id)
            ? 'completed'
            : reasons.length > 0
              ? 'locked'
              : evaluation.progress > 0 || enrolled
                ? 'in_progress'
                : 'available';
          status.set(node.id, expected);
          expect(evaluation.status, `status of ${node.id}`).toBe(expected);
          expect(sorted(evaluation.lockedBy), `lockedBy of ${node.id}`).toEqual(sorted(reasons));
        }
      }),
      RUNS,
    );
  });
});

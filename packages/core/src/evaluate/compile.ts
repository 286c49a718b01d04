// Compiles a validated definition into flat arrays once, so that evaluating many learners
// against it does no tree walking, lookups by id or validation.
import { displayTitle, resolvedCredits, resolvedWeight } from '../definition/node-facts.ts';
import { isStep, listNodes, type PathDefinition, type PathNode } from '../definition/types.ts';
import { courseOfRun } from '../keys.ts';
import { defaultRegistry } from '../registry/create-registry.ts';
import type { RuleRegistry } from '../registry/registry.ts';
import type { ChildOutcome, CriterionDefinition, GroupInfo, GroupRuleDefinition } from '../registry/types.ts';
import { assertValidPath } from '../validate/validate-path.ts';
import { DATE_REASON_PREFIX } from './types.ts';

export interface CompileOptions {
  readonly registry?: RuleRegistry;
  /** Titles of courses (from a catalog), used where a step has no title of its own. */
  readonly courseTitle?: (courseKey: string) => string | undefined;
}

/** A child outcome the engine refills before each call into a group rule. */
export interface MutableChildOutcome extends ChildOutcome {
  satisfied: boolean;
  progress: number;
  locked: boolean;
}

export interface CompiledNode {
  readonly index: number;
  readonly id: string;
  readonly title: string;
  readonly source: PathNode;
  readonly parent: number;
  readonly depth: number;
  readonly weight: number;
  readonly credits: number;
  /** Set for steps: the run the step names. */
  readonly course: string | null;
  /** Set for steps that follow their course (`run: current`): the course, `org+number`. */
  readonly follows: string | null;
  /** The step's criteria and, at the same positions, their parameters. */
  readonly criteria: readonly CriterionDefinition<unknown>[];
  readonly criterionParams: readonly unknown[];
  /** Set for groups. */
  readonly rule: GroupRuleDefinition<unknown> | null;
  readonly group: GroupInfo<unknown>;
  readonly children: readonly number[];
  readonly outcomes: MutableChildOutcome[];
  /** Earlier siblings that lock this node while unsatisfied (the parent is a sequence). */
  readonly gatingSiblings: readonly number[];
  /** Slots of prerequisites: node indexes, or node count + tier index for tiers. */
  readonly prerequisites: readonly number[];
  readonly availableFrom: number;
  readonly dateReason: string;
}

export interface CompiledTier {
  readonly index: number;
  readonly id: string;
  readonly title: string;
  readonly requires: readonly number[];
}

export interface CompiledStructure {
  readonly definition: PathDefinition;
  readonly nodes: readonly CompiledNode[];
  readonly tiers: readonly CompiledTier[];
  /** Tier indexes ordered so that a tier comes after the tiers it requires. */
  readonly tierOrder: readonly number[];
  /** Node or tier id to its slot (node index, or node count + tier index). */
  readonly slotOf: ReadonlyMap<string, number>;
}

export function compileStructure(input: unknown, options: CompileOptions = {}): CompiledStructure {
  const registry = options.registry ?? defaultRegistry;
  const definition = assertValidPath(input, registry);
  const sources = listNodes(definition.requirements);
  const indexOf = new Map(sources.map((node, index) => [node, index]));
  const parents = new Array<number>(sources.length).fill(-1);
  sources.forEach((node, index) => {
    if (!isStep(node)) for (const child of node.children) parents[indexOf.get(child)!] = index;
  });
  const credits = new Array<number>(sources.length);
  for (let i = sources.length - 1; i >= 0; i--) {
    const node = sources[i]!;
    credits[i] = resolvedCredits(
      node.credits,
      isStep(node),
      isStep(node) ? [] : node.children.map((child) => credits[indexOf.get(child)!]!),
    );
  }
  const slotOf = new Map<string, number>(sources.map((node, index) => [node.id, index]));
  (definition.tiers ?? []).forEach((tier, index) => slotOf.set(tier.id, sources.length + index));
  const defaultCriteria = definition.defaultCriteria ?? { passed: true };

  const nodes: CompiledNode[] = [];
  sources.forEach((source, index) => {
    const parent = parents[index]!;
    const childIndexes = isStep(source) ? [] : source.children.map((child) => indexOf.get(child)!);
    const parentNode = parent >= 0 ? nodes[parent]! : undefined;
    const position = parentNode ? parentNode.children.indexOf(index) : -1;
    const rule = isStep(source) ? null : registry.groupRule(source.rule)!;
    const date = source.availableFrom;
    const title = displayTitle(source, options.courseTitle);
    const criteria = isStep(source)
      ? Object.entries(source.criteria ?? defaultCriteria).filter(([, param]) => param !== undefined)
      : [];
    nodes.push({
      index,
      id: source.id,
      title,
      source,
      parent,
      depth: parentNode ? parentNode.depth + 1 : 0,
      weight: resolvedWeight(source.weight),
      credits: credits[index]!,
      course: isStep(source) ? internalized(source.course) : null,
      follows: isStep(source) && source.run === 'current' ? courseOfRun(source.course) : null,
      criteria: criteria.map(([name]) => registry.criterion(name)!),
      criterionParams: criteria.map(([, param]) => param),
      rule,
      group: groupInfo(source, rule, title),
      children: childIndexes,
      outcomes: [],
      gatingSiblings: parentNode?.rule?.ordered ? parentNode.children.slice(0, position) : [],
      prerequisites: (source.prerequisites ?? []).map((id) => slotOf.get(id)!),
      availableFrom: date === undefined ? Number.NaN : Date.parse(date),
      dateReason: date === undefined ? '' : DATE_REASON_PREFIX + date,
    });
  });
  for (const node of nodes) {
    node.outcomes.push(
      ...node.children.map((child) => {
        const { id, title, weight, credits } = nodes[child]!;
        return { id, title, weight, credits, satisfied: false, progress: 0, locked: false };
      }),
    );
  }

  const tiers: CompiledTier[] = (definition.tiers ?? []).map((tier, index) => ({
    index,
    id: tier.id,
    title: tier.title,
    requires: tier.requires.map((id) => slotOf.get(id)!),
  }));
  return { definition, nodes, tiers, tierOrder: orderTiers(tiers, sources.length), slotOf };
}

/** What a group rule sees of its group: its id, its title and the fields the rule reads. */
export function groupInfo(
  source: PathNode,
  rule: GroupRuleDefinition<unknown> | null,
  title: string,
): GroupInfo<unknown> {
  const fields = source as unknown as Record<string, unknown>;
  const params = rule ? Object.fromEntries(Object.keys(rule.params).map((name) => [name, fields[name]])) : {};
  return { id: source.id, title, params };
}

/**
 * The same string as a V8 internalized string: looking a non-internalized string up as a
 * property key (a course key built at run time) hashes it on every lookup.
 */
function internalized(key: string): string {
  return Object.keys({ [key]: true })[0]!;
}

/** Tiers after the tiers they require (validation has ruled out cycles). */
function orderTiers(tiers: readonly CompiledTier[], nodeCount: number): number[] {
  const order: number[] = [];
  const placed = new Uint8Array(tiers.length);
  const place = (tier: number) => {
    if (placed[tier]) return;
    placed[tier] = 1;
    for (const slot of tiers[tier]!.requires) if (slot >= nodeCount) place(slot - nodeCount);
    order.push(tier);
  };
  tiers.forEach((tier) => place(tier.index));
  return order;
}

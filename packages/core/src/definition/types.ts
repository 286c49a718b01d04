// The path definition as TypeScript types (spec section 1). The zod schemas in ./schemas.ts
// check documents against these shapes; the rule registry may add criteria and group fields.

export type Level = 'beginner' | 'intermediate' | 'advanced';
export type Visibility = 'invite_only' | 'public';

/** Which results a step needs. Keys are criterion names from the rule registry. */
export interface Criteria {
  readonly completion?: number;
  readonly grade?: number;
  readonly passed?: true;
  readonly [criterion: string]: unknown;
}

interface NodeFields {
  readonly id: string;
  readonly title?: string;
  readonly weight?: number;
  readonly credits?: number;
  readonly prerequisites?: readonly string[];
  readonly availableFrom?: string;
}

/**
 * Which run of its course a step takes: `exact`, the run `course` names (the default); `current`,
 * the course whatever its run: the run open now, else the next one, and any run the learner took.
 */
export type RunChoice = 'exact' | 'current';

/** A node with a course: the learner takes that course. */
export interface StepNode extends NodeFields {
  readonly course: string;
  readonly run?: RunChoice;
  readonly criteria?: Criteria;
}

/** A node with a rule over its children. Rules may read extra fields (`count` for atLeast). */
export interface GroupNode extends NodeFields {
  readonly rule: string;
  readonly children: readonly PathNode[];
  readonly count?: number;
  readonly [ruleParam: string]: unknown;
}

export type PathNode = StepNode | GroupNode;

export interface SkillLevel {
  readonly skill: string;
  readonly level?: number;
}

export interface Tier {
  readonly id: string;
  readonly title: string;
  readonly description?: string;
  readonly requires: readonly string[];
}

export interface PathDefinition {
  readonly key: string;
  readonly title: string;
  readonly subtitle?: string;
  readonly description?: string;
  readonly image?: string;
  readonly level?: Level;
  readonly duration?: string;
  readonly timeCommitment?: string;
  readonly visibility?: Visibility;
  readonly skills?: { readonly required?: readonly SkillLevel[]; readonly acquired?: readonly SkillLevel[] };
  readonly defaultCriteria?: Criteria;
  readonly requirements: PathNode;
  readonly tiers?: readonly Tier[];
}

export function isStep(node: PathNode): node is StepNode {
  return 'course' in node;
}

/** Every node of the tree in document order (pre-order: a group before its children). */
export function listNodes(root: PathNode): PathNode[] {
  const nodes: PathNode[] = [];
  const stack: PathNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    nodes.push(node);
    if (!isStep(node)) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return nodes;
}

// The zod schemas of the definition format, built from a rule registry (criteria and group rules
// contribute fields). Validation applies the pieces node by node for precise errors; the
// recursive `definition` schema is the one published as JSON Schema.
import { z } from 'zod';
import type { ZodType } from 'zod';
import { courseKeyWords, pathKeyWords } from '../keys.ts';
import type { RuleRegistry } from '../registry/registry.ts';
import { wording, type Wording } from '../registry/wording.ts';
import { FORMAT_PREDICATES } from './format-predicates.ts';
import { FORMAT_LIMITS } from './limits.ts';

export const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
const PATH_KEY_PATTERN =
  '^path-v1:[\\p{L}\\p{N}_\\-~.:]+\\+[\\p{L}\\p{N}_\\-~.:]+\\+[\\p{L}\\p{N}_\\-~.:]+\\+[\\p{L}\\p{N}_\\-~.:]+$';
const COURSE_KEY_PATTERN =
  '^course-v1:[\\p{L}\\p{N}_\\-~.:]+\\+[\\p{L}\\p{N}_\\-~.:]+\\+[\\p{L}\\p{N}_\\-~.:]+$';

/** A custom issue's sentence, with its message as params: issue-messages.ts gives both to the problem. */
function customIssue(words: Wording): { message: string; params: { translatable: Wording['message'] } } {
  return { message: words.text, params: { translatable: words.message } };
}

const RESERVED_ID = wording('the id "__proto__" is reserved; choose another', 'lp.problem.reservedId', {
  id: '__proto__',
});

const id = z
  .string()
  .regex(ID_PATTERN, { error: FORMAT_PREDICATES.id.text })
  // Ids become keys of the evaluation's objects, where "__proto__" would not be an ordinary key.
  .refine((text) => text !== '__proto__', customIssue(RESERVED_ID))
  .meta({ description: 'Unique within the document, across nodes and tiers.' });

function keyString(problem: (text: string) => Wording | null, pattern: string, description: string) {
  return z
    .string()
    .superRefine((text, context) => {
      const words = problem(text);
      if (words !== null) context.addIssue({ code: 'custom', ...customIssue(words) });
    })
    .meta({ pattern, maxLength: FORMAT_LIMITS.keyLength, description });
}

const pathKey = keyString(
  pathKeyWords,
  PATH_KEY_PATTERN,
  'A learning path key: path-v1:{org}+{number}+{run}+{group}.',
);
const courseKey = keyString(
  courseKeyWords,
  COURSE_KEY_PATTERN,
  'A course key: course-v1:{org}+{number}+{run}.',
);
const isoTime = z.iso.datetime({ offset: true, error: FORMAT_PREDICATES.definitionTime.text });
/** A short text for people: a title, a duration, a skill. */
const label = z.string().min(1).max(FORMAT_LIMITS.labelLength);
/** Markdown for people: a path's or a tier's description. */
const markdown = z.string().max(FORMAT_LIMITS.descriptionLength);
const url = z.string().max(FORMAT_LIMITS.urlLength);
/** Ids of nodes or tiers (prerequisites, requires). */
const idList = z.array(id).max(FORMAT_LIMITS.listEntries);

/** Fields every node may carry. */
const nodeFields = {
  id,
  title: label.optional(),
  weight: z
    .number()
    .positive()
    .optional()
    .meta({ description: "Share in the parent group's progress (default 1)." }),
  credits: z.number().min(0).optional().meta({
    description: 'Credits the node is worth (steps default to 1, groups to the sum of their children).',
  }),
  prerequisites: idList
    .optional()
    .meta({ description: 'Ids of nodes or tiers that must be satisfied before this node unlocks.' }),
  availableFrom: isoTime.optional().meta({ description: 'The node is locked before this time.' }),
};

const skillLevel = z.strictObject({ skill: label, level: z.int().min(0).optional() });
const skillList = z.array(skillLevel).max(FORMAT_LIMITS.listEntries);

export interface DefinitionSchemas {
  readonly criteria: z.ZodObject;
  readonly step: z.ZodObject;
  /** The group schema for one rule, with `children` left unchecked (validation walks them itself). */
  readonly groupShallow: ReadonlyMap<string, z.ZodObject>;
  /** The top level with `requirements` left unchecked. */
  readonly topLevelShallow: z.ZodObject;
  readonly tier: z.ZodObject;
  /** The whole recursive definition, for the published JSON Schema. */
  readonly definition: ZodType;
}

const cache = new WeakMap<RuleRegistry, { revision: number; schemas: DefinitionSchemas }>();

/** The schemas for a registry, rebuilt only when something new was registered. */
export function schemasFor(registry: RuleRegistry): DefinitionSchemas {
  const cached = cache.get(registry);
  if (cached && cached.revision === registry.revision) return cached.schemas;
  const schemas = buildSchemas(registry);
  cache.set(registry, { revision: registry.revision, schemas });
  return schemas;
}

function buildSchemas(registry: RuleRegistry): DefinitionSchemas {
  const criteria = z
    .strictObject(
      Object.fromEntries(
        registry
          .criteria()
          .map((criterion) => [
            criterion.name,
            criterion.schema.optional().meta({ description: criterion.description }),
          ]),
      ),
    )
    .meta({ description: 'All given criteria must hold. At least one is needed.' });

  const step = z.strictObject({
    ...nodeFields,
    course: courseKey,
    run: z.enum(['exact', 'current']).optional().meta({
      description:
        'exact (default): the run `course` names. current: the course whatever its run; learners are sent to the run open now, else the next one to start, and any run they took counts.',
    }),
    criteria: criteria
      .optional()
      .meta({ description: "What the step needs (default: the path's defaultCriteria)." }),
  });

  const groupShape = (rule: {
    name: string;
    description: string;
    params: Readonly<Record<string, ZodType>>;
  }) => ({
    ...nodeFields,
    rule: z.literal(rule.name).meta({ description: rule.description }),
    ...rule.params,
  });

  const groupShallow = new Map(
    registry
      .groupRules()
      .map((rule) => [rule.name, z.strictObject({ ...groupShape(rule), children: z.array(z.unknown()) })]),
  );

  const node: ZodType = z
    .union([
      step,
      ...registry.groupRules().map((rule) =>
        z.strictObject({
          ...groupShape(rule),
          get children() {
            return z.array(node).min(1);
          },
        }),
      ),
    ])
    .meta({ id: 'node', description: 'A step (it has course) or a group (it has rule and children).' });

  const tier = z.strictObject({
    id,
    title: label,
    description: markdown.min(1).optional(),
    requires: idList.min(1).meta({ description: 'Ids of nodes or tiers that must all be satisfied.' }),
  });

  const topLevelFields = {
    $schema: url
      .optional()
      .meta({ description: 'The JSON Schema this file follows, for editors; ignored by the engine.' }),
    key: pathKey,
    title: label,
    subtitle: label.optional(),
    description: markdown.optional().meta({ description: 'Markdown; rendered safely.' }),
    image: url.min(1).optional().meta({ description: "URL of the path's image." }),
    level: z.enum(['beginner', 'intermediate', 'advanced']).optional(),
    duration: label.optional().meta({ description: 'For learners, e.g. "12 weeks".' }),
    timeCommitment: label.optional().meta({ description: 'For learners, e.g. "5 hours a week".' }),
    visibility: z.enum(['invite_only', 'public']).optional().meta({
      description:
        'invite_only (default): only enrolled learners and staff see it; public: every signed-in learner may enroll.',
    }),
    skills: z.strictObject({ required: skillList.optional(), acquired: skillList.optional() }).optional(),
    defaultCriteria: criteria
      .optional()
      .meta({ description: 'Criteria of steps that give none (default: { "passed": true }).' }),
    tiers: z
      .array(tier)
      .max(FORMAT_LIMITS.tiers)
      .optional()
      .meta({ description: 'Ordered milestones, each carrying a credential.' }),
  };

  return {
    criteria,
    step,
    groupShallow,
    topLevelShallow: z.strictObject({ ...topLevelFields, requirements: z.unknown() }),
    tier,
    definition: z.strictObject({ ...topLevelFields, requirements: node }).meta({
      title: 'Learning path definition',
      description: `A learning path: courses arranged in nested groups with rules, prerequisites and tiers. Groups nest at most ${FORMAT_LIMITS.groupDepth} levels deep, with at most ${FORMAT_LIMITS.nodes.toLocaleString('en')} nodes in all.`,
    }),
  };
}

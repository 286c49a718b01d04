// The Open edX plugin's shapes as zod schemas: request bodies, path parameters and answers of the
// compatibility routes, so that each one is checked and described in the OpenAPI document.
import { z } from 'zod';

/** Where the plugin serves its API. */
export const BASE = '/api/learning_paths/v1';
/** Where OpenCraft's learning-credentials plugin serves its API, beside the LMS's. */
export const CREDENTIALS_BASE = '/api/learning_credentials/v1';
export const TAGS = ['openedx-compat'];

export const keyParams = z.object({
  key: z.string().meta({ description: 'The path key, path-v1:org+number+run+group' }),
});

const step = z.object({
  order: z.number().int().meta({ description: 'From 0, in document order' }),
  course_key: z.string(),
  course_dates: z
    .array(z.string().nullable())
    .length(2)
    .meta({ description: '[start, end] from the catalog; null when the catalog has no date (or no course)' }),
  weight: z.number(),
});

export const learningPath = z.object({
  key: z.string(),
  display_name: z.string(),
  image: z.string().nullable(),
  sequential: z.boolean().meta({ description: "True when the path's root group is a sequence" }),
  steps: z.array(step),
  required_completion: z.number(),
  enrollment_date: z.string().nullable().meta({ description: "When the caller's active enrollment began" }),
  invite_only: z.boolean(),
});

const skill = z.object({
  skill: z.object({
    id: z.string().meta({ description: "The skill's name: skills have no ids of their own here" }),
    display_name: z.string(),
  }),
  level: z.number().nullable(),
});

export const learningPathDetail = learningPath.extend({
  subtitle: z.string(),
  description: z.string(),
  level: z.string(),
  duration: z.string(),
  time_commitment: z.string(),
  required_skills: z.array(skill),
  acquired_skills: z.array(skill),
});

export const enrollment = z.object({
  user: z.string().meta({ description: 'The username' }),
  learning_path: z.string().meta({ description: 'The path key' }),
  is_active: z.boolean(),
  created: z.string(),
});

/** The plugin takes `reason`, `org` and `role` for its audit log; only `reason` is kept here. */
const auditFields = {
  reason: z.string().max(1000).optional(),
  org: z.string().max(255).optional(),
  role: z.string().max(255).optional(),
};

export const enrollmentBody = z
  .object({
    username: z
      .string()
      .min(1)
      .max(150)
      .optional()
      .meta({ description: 'Staff only; the caller when absent' }),
    ...auditFields,
  })
  .nullish()
  .meta({ description: 'May be absent: the caller, no reason' });

export const bulkBody = z.strictObject({
  learning_paths: z
    .string()
    .meta({ description: 'Path keys separated by commas; spaces around them are ignored' }),
  emails: z
    .string()
    .meta({ description: 'Email addresses separated by commas; spaces around them are ignored' }),
  ...auditFields,
});

export const program = z.object({
  uuid: z.string(),
  name: z.string(),
  marketing_slug: z.string().meta({ description: 'The path key' }),
  title: z.string(),
  subtitle: z.string(),
  status: z.literal('active'),
  banner_image_urls: z.object({ w1440h480: z.string().optional() }),
  organizations: z.array(z.string()).meta({ description: 'Always empty, as in the plugin' }),
  course_codes: z.array(
    z.object({
      key: z.string().meta({ description: 'The course number' }),
      run_modes: z.array(z.object({ course_key: z.string(), run_key: z.string() })),
    }),
  ),
});

// What the credential template routes take, as zod schemas (validated by the core, problems answered
// at their pointers: `/name`, `/query/name`): a tier's template, each field null for the generated one.
import { FORMAT_LIMITS } from '@learning-paths/core';
import { z } from 'zod';
import { ACHIEVEMENT_TYPES } from '../settings.ts';

/** The longest criteria text: OB 3.0 reads it as Markdown, one line per requirement. */
export const CRITERIA_LIMIT = 5000;
/** An uploaded image (as a path names one) or an image on the web. */
const IMAGE_ADDRESS = /^(\/api\/v1\/images\/[A-Za-z0-9_-]+|https?:\/\/\S+)$/;

/** A tier id as the path format allows it. */
const tierId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'a tier id: 1 to 64 letters, digits, _ or -');

export const templateParams = z.object({
  key: z.string().min(1).max(FORMAT_LIMITS.keyLength),
  tierId,
});

const text = (max: number, description: string) =>
  z
    .string()
    .trim()
    .min(1, 'write something, or send null for the generated text')
    .max(max)
    .nullable()
    .default(null)
    .meta({ description });

export const templateBody = z.strictObject({
  name: text(FORMAT_LIMITS.labelLength, "The achievement's name; null for the tier's title"),
  description: text(FORMAT_LIMITS.descriptionLength, "The achievement's description; null for the tier's"),
  achievementType: z
    .enum(ACHIEVEMENT_TYPES)
    .nullable()
    .default(null)
    .meta({ description: "OB 3.0's achievement type; null for the plugin's setting" }),
  image: z
    .string()
    .max(FORMAT_LIMITS.urlLength)
    .regex(IMAGE_ADDRESS, 'an uploaded image (/api/v1/images/…) or an http(s) address')
    .nullable()
    .default(null)
    .meta({ description: "The achievement's image; null for the path's" }),
  criteria: text(
    CRITERIA_LIMIT,
    'What the tier asks, Markdown; null for the text generated from the structure',
  ),
});

export const previewQuery = z.object({
  name: z.string().trim().min(1).max(FORMAT_LIMITS.labelLength).meta({ description: 'The name to print' }),
});

export type TemplateParams = z.infer<typeof templateParams>;
export type TemplateBody = z.infer<typeof templateBody>;
export type PreviewQuery = z.infer<typeof previewQuery>;

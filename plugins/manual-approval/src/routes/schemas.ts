// What the routes take, as zod schemas: the core validates each request part with them and answers a
// problem+json pointing at what is wrong (`/comment`, `/query/status`), and they document the routes.
import { FORMAT_LIMITS } from '@learning-paths/core';
import { z } from 'zod';
import { TEXT_LIMIT } from '../text-limit.ts';
import { APPROVAL_STATUSES } from '../views.ts';

const key = z.string().min(1).max(FORMAT_LIMITS.keyLength);
const stepId = z.string().min(1).max(64);
const username = z.string().min(1).max(150);

export const pathParams = z.object({ key });
export const stepParams = z.object({ key, step: stepId });
export const learnerParams = z.object({ key, username });
export const decisionParams = z.object({ key, step: stepId, username });

/** Blank text counts as none (`textOrNull`). */
const optionalText = z.string().trim().max(TEXT_LIMIT).optional();

export const textOrNull = (text: string | undefined): string | null => (text ? text : null);

export const requestBody = z
  .strictObject({ note: optionalText.meta({ description: 'What the learner wants staff to know' }) })
  .optional();

/** A decline says why unless the plugin's settings say it need not. */
export function decisionBody(commentRequiredOnDecline: boolean) {
  const requiredComment = z
    .string({ error: 'say why, so that the learner knows what to change' })
    .trim()
    .min(1, 'say why, so that the learner knows what to change')
    .max(TEXT_LIMIT);
  return z.discriminatedUnion('decision', [
    z.strictObject({ decision: z.literal('approve'), comment: optionalText }),
    z.strictObject({
      decision: z.literal('decline'),
      comment: commentRequiredOnDecline ? requiredComment : optionalText,
    }),
  ]);
}

const page = {
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
};

export const requestsQuery = z.object({
  status: z
    .enum([...APPROVAL_STATUSES, 'all'])
    .default('waiting')
    .meta({ description: 'Which requests: waiting (the default), approved, declined or all' }),
  ...page,
});

export const auditQuery = z.object({ learner: username.optional(), ...page });

export type PathParams = z.infer<typeof pathParams>;
export type StepParams = z.infer<typeof stepParams>;
export type LearnerParams = z.infer<typeof learnerParams>;
export type DecisionParams = z.infer<typeof decisionParams>;
export type RequestBody = z.infer<typeof requestBody>;
export type DecisionBody = z.infer<ReturnType<typeof decisionBody>>;
export type RequestsQuery = z.infer<typeof requestsQuery>;
export type AuditQuery = z.infer<typeof auditQuery>;

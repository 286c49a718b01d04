// One course fact as the service takes it from outside, whoever sends it: the facts API (its
// OpenAPI schema) and the plugins' fact sources check facts with this one schema.
import { z } from 'zod';
import { courseKeyProblem } from '@learning-paths/core';

const fraction = z.number().min(0).max(1);

export const factInputSchema = z
  .strictObject({
    user: z.string().min(1).max(150).meta({ description: 'The username' }),
    course: z.string().superRefine((key, context) => {
      const problem = courseKeyProblem(key);
      if (problem !== null) context.addIssue({ code: 'custom', message: problem });
    }),
    completion: fraction.optional(),
    grade: fraction.optional(),
    passed: z.boolean().optional(),
    enrolled: z.boolean().optional(),
    time: z.iso
      .datetime({ offset: true })
      .optional()
      .meta({ description: 'When it happened; now when absent' }),
    id: z.string().min(1).max(200).optional().meta({ description: 'Idempotency id: applied once' }),
  })
  .refine((value) => ['completion', 'grade', 'passed', 'enrolled'].some((field) => field in value), {
    message: 'a fact needs at least one of completion, grade, passed, enrolled',
  });

// What the API routes take, as zod schemas: the core validates each request part with them, answers
// a problem+json pointing at what is wrong (`/reason`, `/query/limit`), and documents the routes.
import { FORMAT_LIMITS } from '@learning-paths/core';
import { z } from 'zod';

/** The longest reason for a revocation staff may give. */
export const REASON_LIMIT = 500;

export const credentialParams = z.object({ id: z.string().min(1).max(100) });
export const pathParams = z.object({ key: z.string().min(1).max(FORMAT_LIMITS.keyLength) });

export const visibilityBody = z.strictObject({
  public: z.boolean().meta({ description: 'Whether anyone with the link may see it, or only its learner' }),
});

export const revocationBody = z.strictObject({
  reason: z
    .string()
    .trim()
    .min(1, 'say why it is revoked: the audit log keeps it (the learner and the public never see it)')
    .max(REASON_LIMIT),
});

export const pathCredentialsQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
  revoked: z
    .enum(['true', 'false'])
    .optional()
    .meta({ description: 'Only revoked credentials (true) or only valid ones (false)' }),
  tier: z.string().min(1).max(64).optional().meta({ description: "Only this tier's credentials" }),
  search: z
    .string()
    .trim()
    .max(200)
    .optional()
    .meta({ description: 'Only learners whose username or name holds these words (case aside)' }),
});

/** The CSV export's query: the list's filters, every matching credential. */
export const pathCredentialsCsvQuery = pathCredentialsQuery.omit({ limit: true, offset: true });

export type CredentialParams = z.infer<typeof credentialParams>;
export type PathParams = z.infer<typeof pathParams>;
export type VisibilityBody = z.infer<typeof visibilityBody>;
export type RevocationBody = z.infer<typeof revocationBody>;
export type PathCredentialsQuery = z.infer<typeof pathCredentialsQuery>;
export type PathCredentialsCsvQuery = z.infer<typeof pathCredentialsCsvQuery>;

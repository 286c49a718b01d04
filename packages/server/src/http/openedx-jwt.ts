// Open edX JWTs: verified with jose against the LMS's JWK set (inline, or fetched from its URL and
// cached by jose), then read into the claims this service uses. A token that fails says why, as 401;
// keys that cannot be fetched are the server's failure, not the caller's (500, logged). A token must
// name its user by LMS user id (`user_id`, which the LMS puts in with the `user_id` scope, as it does
// in its JWT cookie): accounts are linked by that id, never by username alone.
import { createLocalJWKSet, createRemoteJWKSet, errors, jwtVerify, type JWTPayload } from 'jose';
import { z } from 'zod';
import type { OpenedxJwtConfig } from '../config/config.ts';
import { AppError } from '../errors.ts';
import { LMS_USER_ID, LMS_USERNAME } from '../services/accounts/identifiers.ts';
import type { LmsClaims } from '../services/accounts/sign-in-with-lms.ts';

/** Verifies a compact JWT at a time (the application's clock) and returns what it says. */
export type OpenedxJwtVerifier = (token: string, now: Date) => Promise<LmsClaims>;

const claimsSchema = z.object({
  preferred_username: z.string().min(1),
  email: z.string().nullish(),
  administrator: z.boolean().optional(),
  user_id: z.union([z.number().int().nonnegative(), z.string().regex(LMS_USER_ID)]).nullish(),
});

export function openedxJwtVerifier({ jwks, issuer, audience }: OpenedxJwtConfig): OpenedxJwtVerifier {
  const keys = jwks instanceof URL ? createRemoteJWKSet(jwks) : createLocalJWKSet(jwks);
  return async (token, now) => {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, keys, {
        currentDate: now,
        requiredClaims: ['exp'],
        ...(issuer === undefined ? {} : { issuer }),
        ...(audience === undefined ? {} : { audience }),
      }));
    } catch (error) {
      throw new AppError('unauthenticated', refusal(error));
    }
    const claims = claimsSchema.safeParse(payload);
    if (!claims.success)
      throw new AppError(
        'unauthenticated',
        'the JWT does not name an Open edX user (preferred_username, and user_id if given, are not valid)',
      );
    const { preferred_username, email, administrator, user_id } = claims.data;
    if (user_id === undefined || user_id === null)
      throw new AppError(
        'unauthenticated',
        'the JWT carries no user_id: ask the LMS for a token with the user_id scope',
      );
    if (!LMS_USERNAME.test(preferred_username))
      throw new AppError(
        'unauthenticated',
        "the JWT's preferred_username is not an Open edX username: 2 to 150 letters, digits or _ . @ + -",
      );
    return {
      username: preferred_username,
      email: email ?? null,
      isAdmin: administrator === true,
      lmsUserId: String(user_id),
    };
  };
}

/** Why a token was refused, for the caller; anything that is not the token's fault is thrown on. */
function refusal(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'the JWT has expired: get a new one from the LMS';
  if (error instanceof errors.JWTClaimValidationFailed) return `the JWT is refused: ${error.message}`;
  if (error instanceof errors.JWSSignatureVerificationFailed || error instanceof errors.JWKSNoMatchingKey)
    return 'the JWT is not signed by a key of the LMS';
  if (
    error instanceof errors.JWSInvalid ||
    error instanceof errors.JWTInvalid ||
    error instanceof errors.JOSENotSupported ||
    error instanceof errors.JOSEAlgNotAllowed
  )
    return `the JWT is not valid: ${error.message}`;
  throw error;
}

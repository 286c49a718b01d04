// The staff's routes: a path's credentials for its instructors and authors (and administrators),
// and revocation for the authors of its organisation. Whoever may not know the path is told that
// the credential (or the path) is not found; an instructor who may see but not revoke gets 403.
import type { PluginRouteContext, PluginRoutes } from '@learning-paths/plugin-api';
import { routeSchema } from '@learning-paths/plugin-api';
import type { FastifyRequest } from 'fastify';
import { issuerOf, tablesOf, type CredentialHost } from '../issuance/issuer.ts';
import { revokeCredential } from '../issuance/revoke-credential.ts';
import type { StoredVerification } from '../issuance/stored-verification.ts';
import { findCredential, pathCredentials } from '../store/credential-rows.ts';
import {
  credentialItem,
  staffCredentialItems,
  type CredentialItem,
  type StaffCredentialItem,
} from './credential-views.ts';
import { HttpError, noCredential } from './http-error.ts';
import {
  credentialParams,
  pathCredentialsQuery,
  pathParams,
  revocationBody,
  type CredentialParams,
  type PathCredentialsQuery,
  type PathParams,
  type RevocationBody,
} from './schemas.ts';

export function staffRoutes(
  app: Parameters<PluginRoutes>[0],
  context: PluginRouteContext,
  { host, verification }: { host: CredentialHost; verification: StoredVerification },
): void {
  const db = tablesOf(host);

  app.get<{ Params: PathParams; Querystring: PathCredentialsQuery }>(
    '/api/v1/paths/:key/credentials',
    {
      schema: routeSchema("The path's credentials, the newest first, a page at a time", {
        description: "For the path's instructors and authors, and administrators; 404 for anyone else.",
        params: pathParams,
        querystring: pathCredentialsQuery,
      }),
    },
    async (request): Promise<{ items: StaffCredentialItem[]; total: number }> => {
      const path = await context.path(request, request.params.key, 'staff');
      const { limit, offset, tier, revoked } = request.query;
      const page = await pathCredentials(db, path.key, {
        limit,
        offset,
        tier,
        revoked: revoked === undefined ? undefined : revoked === 'true',
      });
      return {
        items: await staffCredentialItems(page.rows, issuerOf(host.settings), host.users),
        total: page.total,
      };
    },
  );

  app.post<{ Params: CredentialParams; Body: RevocationBody }>(
    '/api/v1/credentials/:id/revoke',
    {
      schema: routeSchema('Revoke a credential, saying why', {
        description:
          "For authors of the path's organisation and administrators (403 for its instructors, 404 for anyone else; 409 when it is revoked already). Its bit is set in the signed revocation list; the reason goes to the audit log only.",
        params: credentialParams,
        body: revocationBody,
      }),
    },
    async (request): Promise<CredentialItem> => {
      const { username } = await context.caller(request);
      const { id } = request.params;
      const row = await findCredential(db, id);
      if (!row || !(await isPathStaff(context, request, row.path_key))) throw noCredential(id);
      await context.path(request, row.path_key, 'author');
      if (row.revoked_at !== null)
        throw new HttpError(409, `the credential ${id} was revoked on ${row.revoked_at}`);
      const revoked = await revokeCredential(host, row, {
        by: username,
        reason: request.body.reason,
        at: context.now(request),
      });
      verification.forget(id);
      return credentialItem(revoked, issuerOf(host.settings));
    },
  );
}

/**
 * Whether the caller is staff of the path. The core's 404 names the path's key, which a caller given
 * only a credential's id must not learn: the route answers its own 404 instead.
 */
async function isPathStaff(
  context: PluginRouteContext,
  request: FastifyRequest,
  key: string,
): Promise<boolean> {
  try {
    await context.path(request, key, 'staff');
    return true;
  } catch (error) {
    if (statusOf(error) === 404) return false;
    throw error;
  }
}

/** The HTTP status a refusal of `context.path` stands for (RefusedByCore). */
function statusOf(error: unknown): number | undefined {
  const { statusCode } = (error ?? {}) as { statusCode?: unknown };
  return typeof statusCode === 'number' ? statusCode : undefined;
}

// The staff's routes: a path's credentials for its instructors and authors (and administrators), as
// pages or a CSV file, and revocation for the authors of its organisation. Whoever may not know the
// path is told that the credential (or the path) is not found; an instructor who may see but not
// revoke gets 403.
import type { PluginRouteContext, PluginRoutes } from '@learning-paths/plugin-api';
import { routeSchema } from '@learning-paths/plugin-api';
import { downloadFileName } from '@learning-paths/core';
import type { FastifyRequest } from 'fastify';
import { issuerOf, tablesOf, type CredentialHost } from '../issuance/issuer.ts';
import { revokeCredential } from '../issuance/revoke-credential.ts';
import type { StoredVerification } from '../issuance/stored-verification.ts';
import { findCredential, pathCredentials, type PathCredentialFilter } from '../store/credential-rows.ts';
import type { CredentialDatabase } from '../tables.ts';
import {
  credentialItem,
  staffCredentialItems,
  type CredentialItem,
  type StaffCredentialItem,
} from './credential-views.ts';
import { credentialsCsvHeader, credentialsCsvLines } from './credentials-csv.ts';
import { HttpError, noCredential } from './http-error.ts';
import { learnersMatching } from './learner-search.ts';
import { hasPathAccess } from './path-access.ts';
import {
  credentialParams,
  pathCredentialsCsvQuery,
  pathCredentialsQuery,
  pathParams,
  revocationBody,
  type CredentialParams,
  type PathCredentialsCsvQuery,
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
        description:
          "For the path's instructors and authors, and administrators; 404 for anyone else. `canRevoke` says whether the caller may revoke them.",
        params: pathParams,
        querystring: pathCredentialsQuery,
      }),
    },
    async (request): Promise<{ items: StaffCredentialItem[]; total: number; canRevoke: boolean }> => {
      const path = await context.path(request, request.params.key, 'staff');
      const { limit, offset, ...filters } = request.query;
      const page = await pathCredentials(db, path.key, {
        limit,
        offset,
        ...(await credentialFilter(db, host, path.key, filters)),
      });
      return {
        items: await staffCredentialItems(page.rows, issuerOf(host.settings), host.users),
        total: page.total,
        canRevoke: await hasPathAccess(context, request, path.key, 'author'),
      };
    },
  );

  app.get<{ Params: PathParams; Querystring: PathCredentialsCsvQuery }>(
    '/api/v1/paths/:key/credentials.csv',
    {
      schema: routeSchema("The path's credentials as a CSV file, with the list's filters", {
        description:
          "For the path's instructors and authors, and administrators; 404 for anyone else. Columns: Learner, Name, Tier, Issued, Status, Revoked on, Reason, URL; a cell a spreadsheet would run as a formula starts with '.",
        params: pathParams,
        querystring: pathCredentialsCsvQuery,
      }),
    },
    async (request, reply) => {
      const path = await context.path(request, request.params.key, 'staff');
      const filter = await credentialFilter(db, host, path.key, request.query);
      const issuer = issuerOf(host.settings);
      let csv = credentialsCsvHeader();
      for (let offset = 0, more = true; more; offset += CSV_PAGE) {
        const page = await pathCredentials(db, path.key, { ...filter, limit: CSV_PAGE, offset });
        csv += credentialsCsvLines(await staffCredentialItems(page.rows, issuer, host.users));
        more = offset + CSV_PAGE < page.total;
      }
      return reply
        .type('text/csv; charset=utf-8')
        .header(
          'content-disposition',
          `attachment; filename="${downloadFileName(path.key, 'credentials', 'csv')}"`,
        )
        .send(csv);
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

/** Credentials the CSV export reads at a time. */
const CSV_PAGE = 500;

/**
 * Whether the caller is staff of the path. The core's 404 names the path's key, which a caller given
 * only a credential's id must not learn: the route answers its own 404 instead.
 */
function isPathStaff(context: PluginRouteContext, request: FastifyRequest, key: string): Promise<boolean> {
  return hasPathAccess(context, request, key, 'staff');
}

/** The list's filters as the store takes them; a search becomes the learners it names. */
async function credentialFilter(
  db: CredentialDatabase,
  host: CredentialHost,
  pathKey: string,
  { tier, revoked, search }: PathCredentialsCsvQuery,
): Promise<Omit<PathCredentialFilter, 'limit' | 'offset'>> {
  return {
    tier,
    revoked: revoked === undefined ? undefined : revoked === 'true',
    learners: search ? await learnersMatching(db, host.users, pathKey, search) : undefined,
  };
}

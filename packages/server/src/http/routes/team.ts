// Routes for a team: who works on a path, or on every path of an organisation, as authors and
// instructors; listed, added (by username or email) and removed by the organisation's authors.
import { z } from 'zod';
import { FORMAT_LIMITS } from '@learning-paths/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { addTeamMember } from '../../services/team/add-team-member.ts';
import { listTeam } from '../../services/team/list-team.ts';
import { removeTeamMember } from '../../services/team/remove-team-member.ts';
import { TEAM_ROLES, type Team } from '../../services/team/team-access.ts';
import { security, useCaseContext } from '../request-context.ts';

const pathParams = z.object({ key: z.string().meta({ description: 'The path key' }) });
const orgParams = z.object({
  org: z.string().max(FORMAT_LIMITS.keyLength).meta({ description: 'The org part of path keys' }),
});
const role = z.enum(TEAM_ROLES);
const scope = z.string().max(300);
const teamView = z.object({
  scopes: z.array(z.string()).meta({
    description: "The scopes the team's own grants are made at: `path:<key>` and `org:<org>`, or `org:<org>`",
  }),
  members: z.array(
    z.object({
      username: z.string(),
      displayName: z.string().nullable(),
      email: z.string().nullable(),
      role,
      scope: z.string().meta({ description: '`path:<key>`, `org:<org>`, or `*` (every organisation)' }),
      grantedAt: z.string(),
    }),
  ),
});
const addition = z.strictObject({
  person: z.string().min(1).max(320).meta({ description: 'A username or an email address, in any case' }),
  role,
  scope: scope.meta({ description: "One of the team's scopes; authors are given an organisation" }),
});
const removal = z.object({ role, scope });

type Params = z.infer<typeof pathParams> | z.infer<typeof orgParams>;
const teamOf = (params: Params): Team => ('key' in params ? { path: params.key } : { org: params.org });

const ACCESS =
  "Authors of the path's organisation and admins; the path's other staff get 403, anyone else 404.";
const ORG_ACCESS = 'Authors of the organisation and admins; anyone else gets 403.';

export const teamRoutes: FastifyPluginAsyncZod = (app) => {
  for (const [url, params, whose, access] of [
    ['/api/v1/paths/:key/team', pathParams, 'the path', ACCESS],
    ['/api/v1/organizations/:org/team', orgParams, 'every path of the organisation', ORG_ACCESS],
  ] as const) {
    app.get(
      url,
      {
        schema: {
          tags: ['team'],
          summary: `Who works on ${whose}: authors and instructors, with their scope`,
          description: access,
          security,
          params,
          response: { 200: teamView },
        },
      },
      async (request) => {
        const { data, actor } = await useCaseContext(request);
        return listTeam({ data, actor, team: teamOf(request.params) });
      },
    );

    app.post(
      url,
      {
        schema: {
          tags: ['team'],
          summary: `Give someone a role on ${whose}`,
          description: `${access} Recorded in the account audit log. Answers the team.`,
          security,
          params,
          body: addition,
          response: { 200: teamView },
        },
      },
      async (request) => {
        const { data, actor, now } = await useCaseContext(request);
        return addTeamMember({ data, actor, team: teamOf(request.params), ...request.body, now });
      },
    );

    app.delete(
      `${url}/:username`,
      {
        schema: {
          tags: ['team'],
          summary: `Take someone's role on ${whose} away`,
          description: `${access} Recorded in the account audit log; one's own role cannot be taken away (409).`,
          security,
          params: params.extend({ username: z.string().max(150) }),
          querystring: removal,
          response: { 204: z.null() },
        },
      },
      async (request, reply) => {
        const { data, actor, now } = await useCaseContext(request);
        const { username, ...params } = request.params;
        await removeTeamMember({ data, actor, team: teamOf(params), username, ...request.query, now });
        return reply.code(204).send(null);
      },
    );
  }
  return Promise.resolve();
};

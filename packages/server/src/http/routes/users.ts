// Account routes for administrators: users, their roles, disabling, the link to the LMS, API tokens,
// and the account audit log. Anyone else gets 404, as if the account did not exist, except that a
// user may list and revoke their own tokens. Every answer is private: Cache-Control no-store, as
// for every API answer and error (security-headers.ts).
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { createApiToken, MAX_TOKEN_DAYS, MAX_TOKEN_NAME } from '../../services/accounts/create-api-token.ts';
import { ACCOUNT_ROLES } from '../../domain/roles.ts';
import { disableUser } from '../../services/accounts/disable-user.ts';
import { enableUser } from '../../services/accounts/enable-user.ts';
import { getUser } from '../../services/accounts/get-user.ts';
import { grantRole } from '../../services/accounts/grant-role.ts';
import { linkLmsUser } from '../../services/accounts/link-lms-user.ts';
import { listAccountAudit } from '../../services/accounts/list-account-audit.ts';
import { listApiTokens } from '../../services/accounts/list-api-tokens.ts';
import { listUsers } from '../../services/accounts/list-users.ts';
import { revokeApiToken } from '../../services/accounts/revoke-api-token.ts';
import { revokeRole } from '../../services/accounts/revoke-role.ts';
import { ACCOUNT_ACTIONS } from '../../domain/account-actions.ts';
import { security, useCaseContext } from '../request-context.ts';

const usernameParams = z.object({ username: z.string().min(1).max(150) });
const roleGrant = z.object({
  role: z.string(),
  scope: z.string().meta({ description: '*, org:<org> or path:<path key>' }),
});
const account = z.object({
  username: z.string(),
  email: z.string().nullable(),
  displayName: z.string().nullable(),
  lmsUserId: z
    .string()
    .nullable()
    .meta({ description: 'The LMS user the account is linked to; null for a local account' }),
  isAdmin: z.boolean(),
  adminFrom: z.enum(['here', 'lms']).nullable().meta({
    description:
      'Where the administrator right came from: granted here, or by the LMS (which may take it back)',
  }),
  disabledAt: z.string().nullable(),
  createdAt: z.string(),
  roles: z.array(roleGrant),
});
const token = z.object({
  id: z.number().int(),
  name: z.string(),
  createdAt: z.string(),
  expiresAt: z.string().nullable(),
  lastUsedAt: z.string().nullable().meta({ description: 'When it last signed a request in, to the hour' }),
  revokedAt: z.string().nullable(),
  state: z.enum(['active', 'expired', 'revoked']),
});
const role = z.object({
  role: z.enum(ACCOUNT_ROLES),
  scope: z
    .string()
    .min(1)
    .max(300)
    .optional()
    .meta({ description: '*, org:<org> or path:<path key>; * when absent' }),
});
const page = {
  limit: z.coerce.number().int().min(1).max(100).default(50),
  offset: z.coerce.number().int().min(0).default(0),
};
const adminsOnly = 'Administrators only; anyone else gets 404.';

export const userRoutes: FastifyPluginAsyncZod = (app) => {
  app.get(
    '/api/v1/users',
    {
      schema: {
        tags: ['users'],
        summary: 'The accounts, in username order, with their roles',
        description: adminsOnly,
        security,
        querystring: z.object({
          search: z.string().max(200).optional().meta({ description: 'Part of the username, email or name' }),
          ...page,
        }),
        response: { 200: z.object({ items: z.array(account), total: z.number().int() }) },
      },
    },
    async (request) => {
      const { data, actor } = await useCaseContext(request);
      return listUsers({ data, actor, ...request.query });
    },
  );

  app.get(
    '/api/v1/users/:username',
    {
      schema: {
        tags: ['users'],
        summary: 'An account: its LMS link, administrator right, roles, and whether it is disabled',
        description: adminsOnly,
        security,
        params: usernameParams,
        response: { 200: account },
      },
    },
    async (request) => {
      const { data, actor } = await useCaseContext(request);
      return getUser({ data, actor, username: request.params.username });
    },
  );

  app.post(
    '/api/v1/users/:username/disable',
    {
      schema: {
        tags: ['users'],
        summary: 'Disable an account: its sessions end, and none of its credentials sign in',
        description: `${adminsOnly} Its API tokens are kept (they work again once it is enabled). You cannot disable yourself (409).`,
        security,
        params: usernameParams,
        response: { 200: account },
      },
    },
    async (request) => {
      const { data, actor, now } = await useCaseContext(request);
      return disableUser({ data, actor, username: request.params.username, now });
    },
  );

  app.post(
    '/api/v1/users/:username/enable',
    {
      schema: {
        tags: ['users'],
        summary: 'Enable a disabled account again',
        description: adminsOnly,
        security,
        params: usernameParams,
        response: { 200: account },
      },
    },
    async (request) => {
      const { data, actor, now } = await useCaseContext(request);
      return enableUser({ data, actor, username: request.params.username, now });
    },
  );

  app.put(
    '/api/v1/users/:username/roles',
    {
      schema: {
        tags: ['users'],
        summary: 'Grant a role (admin, author, instructor, learner, service) at a scope',
        description: `${adminsOnly} admin is granted everywhere (scope *), and the LMS never takes it back.`,
        security,
        params: usernameParams,
        body: role,
        response: { 200: account },
      },
    },
    async (request) => {
      const { data, actor, now } = await useCaseContext(request);
      return grantRole({ data, actor, username: request.params.username, ...request.body, now });
    },
  );

  app.delete(
    '/api/v1/users/:username/roles',
    {
      schema: {
        tags: ['users'],
        summary: 'Take a role away (404 when the account does not have it)',
        description: `${adminsOnly} You cannot take your own admin right away (409).`,
        security,
        params: usernameParams,
        querystring: role,
        response: { 200: account },
      },
    },
    async (request) => {
      const { data, actor, now } = await useCaseContext(request);
      return revokeRole({ data, actor, username: request.params.username, ...request.query, now });
    },
  );

  app.put(
    '/api/v1/users/:username/lms-link',
    {
      schema: {
        tags: ['users'],
        summary: "Link a local account to its LMS user, so that that user's LMS JWTs sign in to it",
        description: `${adminsOnly} An account is linked to one LMS user and an LMS user to one account (409 otherwise).`,
        security,
        params: usernameParams,
        body: z.object({
          lmsUserId: z.string().min(1).max(64).meta({ description: "The LMS's user id (Open edX: user_id)" }),
        }),
        response: { 200: account },
      },
    },
    async (request) => {
      const { data, actor, now } = await useCaseContext(request);
      const { username } = request.params;
      return linkLmsUser({ data, actor, username, lmsUserId: request.body.lmsUserId, now });
    },
  );

  app.get(
    '/api/v1/users/:username/tokens',
    {
      schema: {
        tags: ['users'],
        summary: "An account's API tokens, newest first, never their secrets",
        description: 'Administrators, and the account itself; anyone else gets 404.',
        security,
        params: usernameParams,
        response: { 200: z.object({ items: z.array(token) }) },
      },
    },
    async (request) => {
      const { data, actor, now } = await useCaseContext(request);
      return { items: await listApiTokens({ data, actor, username: request.params.username, now }) };
    },
  );

  app.post(
    '/api/v1/users/:username/tokens',
    {
      schema: {
        tags: ['users'],
        summary: 'Create an API token; the answer is the only time it is shown',
        description: `${adminsOnly} It never expires unless expiresInDays is given.`,
        security,
        params: usernameParams,
        body: z.object({
          name: z.string().min(1).max(MAX_TOKEN_NAME).meta({ description: 'What the token is for' }),
          expiresInDays: z.number().int().min(1).max(MAX_TOKEN_DAYS).optional(),
        }),
        response: { 201: token.extend({ token: z.string() }) },
      },
    },
    async (request, reply) => {
      const { data, actor, now } = await useCaseContext(request);
      const { username } = request.params;
      return reply.code(201).send(await createApiToken({ data, actor, username, ...request.body, now }));
    },
  );

  app.delete(
    '/api/v1/users/:username/tokens/:id',
    {
      schema: {
        tags: ['users'],
        summary: 'Revoke an API token: the next request it signs is refused',
        description: 'Administrators, and the account itself; anyone else gets 404.',
        security,
        params: usernameParams.extend({ id: z.coerce.number().int().positive() }),
        response: { 200: token },
      },
    },
    // The answer's schema leaves out the username the command line prints.
    async (request) => {
      const { data, actor, now } = await useCaseContext(request);
      return revokeApiToken({ data, actor, ...request.params, now });
    },
  );

  app.get(
    '/api/v1/audit/accounts',
    {
      schema: {
        tags: ['users'],
        summary: 'The account audit log, newest first: who changed whose account, how and when',
        description: adminsOnly,
        security,
        querystring: z.object({ username: z.string().max(150).optional(), ...page }),
        response: {
          200: z.object({
            items: z.array(
              z.object({
                id: z.number().int(),
                at: z.string(),
                actor: z.string(),
                action: z.enum(ACCOUNT_ACTIONS),
                username: z.string(),
                details: z.record(z.string(), z.unknown()).nullable(),
              }),
            ),
            total: z.number().int(),
          }),
        },
      },
    },
    async (request) => {
      const { data, actor } = await useCaseContext(request);
      return listAccountAudit({ data, actor, ...request.query });
    },
  );
  return Promise.resolve();
};

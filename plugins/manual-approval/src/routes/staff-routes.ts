// The staff's routes (the path's authors and instructors): the requests by status, one learner's
// approval steps and history, the decision, and the audit. Anyone else is told the path is not found.
import type { PluginRouteContext, PluginRoutes } from '@learning-paths/plugin-api';
import { routeSchema } from '@learning-paths/plugin-api';
import type { Approvals } from '../approvals.ts';
import type { AuditAnswer, DecisionAnswer, LearnerApprovalsAnswer, RequestListAnswer } from '../views.ts';
import {
  auditQuery,
  decisionBody,
  decisionParams,
  learnerParams,
  pathParams,
  requestsQuery,
  textOrNull,
  type AuditQuery,
  type DecisionBody,
  type DecisionParams,
  type LearnerParams,
  type PathParams,
  type RequestsQuery,
} from './schemas.ts';

export function staffRoutes(
  app: Parameters<PluginRoutes>[0],
  context: PluginRouteContext,
  { approvals, commentRequiredOnDecline }: { approvals: Approvals; commentRequiredOnDecline: boolean },
): void {
  app.get<{ Params: PathParams; Querystring: RequestsQuery }>(
    '/paths/:key/requests',
    {
      schema: routeSchema("The requests of the path's approval steps, the longest waiting first", {
        params: pathParams,
        querystring: requestsQuery,
      }),
    },
    async (request): Promise<RequestListAnswer> => {
      const path = await context.path(request, request.params.key, 'staff');
      const { status, limit, offset } = request.query;
      return approvals.list(path, status, { limit, offset });
    },
  );

  app.get<{ Params: LearnerParams }>(
    '/paths/:key/learners/:username',
    {
      schema: routeSchema("A learner's approval steps and what happened to them", {
        description: '404 when the account is not a learner of the path.',
        params: learnerParams,
      }),
    },
    async (request): Promise<LearnerApprovalsAnswer> => {
      const path = await context.path(request, request.params.key, 'staff');
      return approvals.learner(path, request.params.username);
    },
  );

  app.post<{ Params: DecisionParams; Body: DecisionBody }>(
    '/paths/:key/steps/:step/learners/:username/decision',
    {
      schema: routeSchema("Approve or decline a learner's step, asked or not", {
        description: `${commentRequiredOnDecline ? 'A decline needs a comment saying why. ' : ''}404 when the account is not a learner of the path.`,
        params: decisionParams,
        body: decisionBody(commentRequiredOnDecline),
      }),
    },
    async (request): Promise<DecisionAnswer> => {
      const { key, step, username } = request.params;
      const path = await context.path(request, key, 'staff');
      const caller = await context.caller(request);
      const decision = { decision: request.body.decision, comment: textOrNull(request.body.comment) };
      return approvals.decide(path, step, username, decision, caller.username, context.now(request));
    },
  );

  app.get<{ Params: PathParams; Querystring: AuditQuery }>(
    '/paths/:key/audit',
    {
      schema: routeSchema('Every request, withdrawal and decision on the path, newest first', {
        params: pathParams,
        querystring: auditQuery,
      }),
    },
    async (request): Promise<AuditAnswer> => {
      const path = await context.path(request, request.params.key, 'staff');
      const { learner, limit, offset } = request.query;
      return approvals.audit(path, learner, { limit, offset });
    },
  );
}

// The learner's routes: the path's approval steps, where the caller stands on each, asking for
// approval and withdrawing a request. A path the caller may not see is not found (404).
import type { PluginRouteContext, PluginRoutes } from '@learning-paths/plugin-api';
import { routeSchema } from '@learning-paths/plugin-api';
import { approvalSteps } from '../approval-steps.ts';
import type { Approvals } from '../approvals.ts';
import type { ApprovalStepsAnswer, MyApprovalsAnswer, StepApproval } from '../views.ts';
import {
  pathParams,
  requestBody,
  stepParams,
  textOrNull,
  type PathParams,
  type RequestBody,
  type StepParams,
} from './schemas.ts';

export function learnerRoutes(
  app: Parameters<PluginRoutes>[0],
  context: PluginRouteContext,
  { approvals, commentRequiredOnDecline }: { approvals: Approvals; commentRequiredOnDecline: boolean },
): void {
  app.get<{ Params: PathParams }>(
    '/paths/:key/approval-steps',
    {
      schema: routeSchema('The steps of the published path that need staff approval', { params: pathParams }),
    },
    async (request): Promise<ApprovalStepsAnswer> => {
      const path = await context.path(request, request.params.key, 'learner');
      return { steps: approvalSteps(path.definition), commentRequiredOnDecline };
    },
  );

  app.get<{ Params: PathParams }>(
    '/paths/:key/mine',
    {
      schema: routeSchema('Where the caller stands on each approval step of the path', {
        params: pathParams,
      }),
    },
    async (request): Promise<MyApprovalsAnswer> => {
      const path = await context.path(request, request.params.key, 'learner');
      const { username } = await context.caller(request);
      return approvals.mine(path, username);
    },
  );

  app.post<{ Params: StepParams; Body: RequestBody }>(
    '/paths/:key/steps/:step/requests',
    {
      schema: routeSchema('Ask for approval of a step (again after a decline), or change the note', {
        description: '409 when the caller is not enrolled on the path or the step is approved already.',
        params: stepParams,
        body: requestBody,
      }),
    },
    async (request): Promise<StepApproval> => {
      const { key, step } = request.params;
      const path = await context.path(request, key, 'learner');
      const { username } = await context.caller(request);
      const note = textOrNull(request.body?.note);
      return approvals.request(path, step, username, note, context.now(request));
    },
  );

  app.delete<{ Params: StepParams }>(
    '/paths/:key/steps/:step/requests',
    {
      schema: routeSchema('Withdraw a request no one has decided on yet', {
        description: '409 once staff have decided.',
        params: stepParams,
      }),
    },
    async (request): Promise<StepApproval> => {
      const { key, step } = request.params;
      const path = await context.path(request, key, 'learner');
      const { username } = await context.caller(request);
      return approvals.withdraw(path, step, username, context.now(request));
    },
  );
}

// The LRS endpoints under /api/v1/plugins/org.learningpaths.xapi/xapi/ (xAPI 1.0.3, Communication
// 2.1 and 2.8): GET about for anyone; POST statements (one or an array; 200 with their ids) and
// PUT statements?statementId= (204) for registered sources, with X-Experience-API-Version 1.0.x.
// Every answer carries X-Experience-API-Version: 1.0.3. JSON only: attachment data
// (multipart/mixed) and the alternate request syntax (form-encoded) are refused with a 400.
import type { PluginLog, PluginRouteContext } from '@learning-paths/plugin-api';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { FactDelivery } from '../facts/fact-delivery.ts';
import { httpError, sendProblem } from '../http/problem.ts';
import type { ZodTypes } from '../http/route-types.ts';
import { batchProblems } from '../statements/batch-problems.ts';
import { quoted, UUID_FORMAT } from '../statements/check-values.ts';
import type { XapiStatement } from '../statements/statement-types.ts';
import { storeStatements } from '../statements/store-statements.ts';
import { isVersion10 } from '../statements/xapi-formats.ts';
import type { SourceRow, XapiDatabase } from '../tables.ts';
import { allowAnyOrigin } from './lrs-cors.ts';
import { sourceAuthentication } from './source-authentication.ts';

export const XAPI_VERSION = '1.0.3';

export interface LrsRouteOptions {
  readonly database: () => XapiDatabase;
  readonly maxStatementsPerRequest: number;
  readonly facts: FactDelivery;
  readonly context: PluginRouteContext;
  readonly log: PluginLog;
}

const NOT_JSON =
  'this LRS takes statements as application/json only: attachment data (multipart/mixed) and the alternate request syntax (form-encoded) are not supported';

function checkVersionHeader(request: FastifyRequest, reply: FastifyReply): FastifyReply | undefined {
  const version = request.headers['x-experience-api-version'];
  if (typeof version !== 'string' || version.trim() === '')
    return sendProblem(reply, 400, `send the header X-Experience-API-Version: ${XAPI_VERSION}`);
  if (!isVersion10(version.trim()))
    return sendProblem(
      reply,
      400,
      `this LRS speaks xAPI 1.0.x; X-Experience-API-Version ${quoted(version)} is not one of them`,
    );
  return undefined;
}

/** The Agent stored as the authority of a source's statements: its key, on this service. */
function authorityOf(source: SourceRow, request: FastifyRequest) {
  return {
    objectType: 'Agent' as const,
    name: source.name,
    account: { homePage: `${request.protocol}://${request.host}`, name: source.key },
  };
}

export function lrsRoutes(options: LrsRouteOptions) {
  return async (app: FastifyInstance): Promise<void> => {
    app.addHook('onRequest', (_request, reply, done) => {
      reply.header('x-experience-api-version', XAPI_VERSION);
      done();
    });
    allowAnyOrigin(app, ['/about', '/statements']);
    app.get(
      '/about',
      { schema: { summary: 'The xAPI versions this LRS speaks (xAPI Communication 2.8); public' } },
      () => ({ version: [XAPI_VERSION] }),
    );
    await app.register(statementRoutes(options));
  };
}

function statementRoutes({ database, maxStatementsPerRequest, facts, context, log }: LrsRouteOptions) {
  return (scope: FastifyInstance): Promise<void> => {
    const app = scope.withTypeProvider<ZodTypes>();
    const sources = sourceAuthentication(database);
    app.addHook('onRequest', async (request, reply) => {
      return (await sources.authenticate(request, reply)) ?? checkVersionHeader(request, reply);
    });
    app.addContentTypeParser(/^(multipart\/|application\/x-www-form-urlencoded)/, (_request, _body, done) =>
      done(httpError(400, NOT_JSON), undefined),
    );

    /** Stores valid statements, then records their facts; their ids in order. */
    const accept = async (request: FastifyRequest, statements: readonly XapiStatement[]) => {
      const source = sources.sourceOf(request);
      const batch = await storeStatements({
        db: database(),
        statements,
        sourceId: source.id,
        authority: authorityOf(source, request),
        now: context.now(request),
      });
      // The statements are stored: a fact the service fails to record now is tried again later.
      await facts.deliver(batch.toDeliver).catch((error: unknown) => {
        log.error({ error: (error as Error).message }, 'xAPI facts were not recorded; they stay pending');
      });
      return batch.ids;
    };

    app.post(
      '/statements',
      {
        schema: {
          summary: 'Stores one statement or an array of them (xAPI Communication 2.1.2); their ids in order',
          description: 'Basic auth of a registered source; X-Experience-API-Version 1.0.x. All or nothing.',
          querystring: z.strictObject({}),
        },
      },
      async (request, reply) => {
        const inArray = Array.isArray(request.body);
        const statements = inArray ? (request.body as unknown[]) : [request.body];
        if (statements.length > maxStatementsPerRequest)
          return sendProblem(
            reply,
            413,
            `at most ${maxStatementsPerRequest} statements a request; this one has ${statements.length}`,
          );
        const problems = batchProblems(statements, inArray);
        if (problems !== null) return sendProblem(reply, 400, problems.detail, problems.errors);
        return accept(request, statements as XapiStatement[]);
      },
    );

    app.put(
      '/statements',
      {
        schema: {
          summary: 'Stores one statement under statementId (xAPI Communication 2.1.1); 204',
          description: 'Basic auth of a registered source; X-Experience-API-Version 1.0.x.',
          querystring: z.strictObject({
            statementId: z.string().refine(UUID_FORMAT.test, `must be ${UUID_FORMAT.name}`),
          }),
        },
      },
      async (request, reply) => {
        if (Array.isArray(request.body)) throw httpError(400, 'PUT takes one statement; POST takes an array');
        const id = request.query.statementId.toLowerCase();
        const sentId = (request.body as { id?: unknown } | null)?.id;
        if (typeof sentId === 'string' && sentId.toLowerCase() !== id)
          throw httpError(400, `the statement's id ${quoted(sentId)} is not the statementId ${id}`);
        const problems = batchProblems([request.body], false);
        if (problems !== null) return sendProblem(reply, 400, problems.detail, problems.errors);
        await accept(request, [{ ...(request.body as XapiStatement), id }]);
        return reply.code(204).send();
      },
    );
    return Promise.resolve();
  };
}

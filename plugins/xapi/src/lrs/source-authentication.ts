// Who sends statements: a registered, enabled source, by `Authorization: Basic base64(key:secret)`.
// The core's caller (tokens, sessions, LMS JWTs) is never asked: a source is not a user, and the
// core resolves a caller only for routes that ask for one. Anything else is a 401 that names Basic.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { sendProblem } from '../http/problem.ts';
import { basicCredentials, secretHash, secretMatches } from '../sources/credentials.ts';
import { sourceByKey } from '../sources/source-store.ts';
import type { SourceRow, XapiDatabase } from '../tables.ts';

/** Compared when the key is unknown, so that an unknown key takes as long as a wrong secret. */
const NO_SECRET = secretHash('');

function unauthorized(reply: FastifyReply, detail: string): FastifyReply {
  return sendProblem(reply.header('www-authenticate', 'Basic realm="xAPI"'), 401, detail);
}

/** An onRequest hook that authenticates the source, and how handlers read it. */
export function sourceAuthentication(database: () => XapiDatabase) {
  const sources = new WeakMap<FastifyRequest, SourceRow>();
  return {
    async authenticate(request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply | undefined> {
      const credentials = basicCredentials(request.headers.authorization);
      if (credentials === null)
        return unauthorized(
          reply,
          'send Authorization: Basic base64(key:secret) with the credentials of a registered xAPI source',
        );
      const source = await sourceByKey(database(), credentials.key);
      const matches = secretMatches(credentials.secret, source?.secret_hash ?? NO_SECRET);
      if (source === null || !matches)
        return unauthorized(reply, 'the key and secret are not those of a registered xAPI source');
      if (source.enabled !== 1)
        return unauthorized(reply, 'this xAPI source is disabled: ask an administrator');
      sources.set(request, source);
      return undefined;
    },
    sourceOf(request: FastifyRequest): SourceRow {
      const source = sources.get(request);
      if (source === undefined) throw new Error('the xAPI source was not authenticated');
      return source;
    },
  };
}

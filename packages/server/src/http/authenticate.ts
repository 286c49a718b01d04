// Who is calling: `Authorization: Bearer <api token>` resolved to an Actor. (Session cookies and
// Open edX JWTs join here later.) Routes that need a caller call requireActor.
import type { FastifyRequest } from 'fastify';
import { AppError } from '../errors.ts';
import type { Actor } from '../services/actor.ts';
import type { UserRepository } from '../store/repositories/user-repository.ts';

export type ActorResolver = (request: FastifyRequest) => Promise<Actor>;

export function bearerTokenResolver(users: UserRepository): ActorResolver {
  return async (request) => {
    const header = request.headers.authorization;
    const match = header === undefined ? null : /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) throw new AppError('unauthenticated', 'sign in, or send Authorization: Bearer <api token>');
    const user = await users.findByToken(match[1]!);
    if (!user) throw new AppError('unauthenticated', 'the API token is not valid');
    return { user, grants: await users.grants(user.id) };
  };
}

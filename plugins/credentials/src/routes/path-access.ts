// Whether the caller has an access to a path, as a yes or no: for answers that show or hide what a
// caller may do (an Edit or a Revoke), and for routes that must not repeat the core's 404 wording.
import type { PathAccess, PluginRouteContext } from '@learning-paths/plugin-api';
import type { FastifyRequest } from 'fastify';

/** True when the core grants `access`; false when it answers 403 or 404; anything else is thrown. */
export async function hasPathAccess(
  context: PluginRouteContext,
  request: FastifyRequest,
  key: string,
  access: PathAccess,
): Promise<boolean> {
  try {
    await context.path(request, key, access);
    return true;
  } catch (error) {
    const { statusCode } = (error ?? {}) as { statusCode?: unknown };
    if (statusCode === 403 || statusCode === 404) return false;
    throw error;
  }
}

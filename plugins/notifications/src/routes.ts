// The plugin's routes under /api/v1/plugins/org.learningpaths.notifications/: the signed-in
// learner's preferences (GET and PUT me/preferences), and the public unsubscribe link (GET shows a
// confirmation, POST opts out, including RFC 8058 one-click POSTs from mail clients).
import type { PluginRoutes } from '@learning-paths/plugin-api';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { readPreferences, savePreferences, type Preferences } from './preferences.ts';
import { languageFor, tablesOf, type NotificationHost } from './plugin-context.ts';
import { problemsOf, sendProblem } from './problem.ts';
import { LANGUAGES, messagesIn } from './templates/index.ts';
import { confirmationPage, unsubscribedPage } from './unsubscribe-page.ts';
import { MAX_TOKEN_LENGTH, signingKey, tokenUsername } from './unsubscribe-token.ts';

const preferencesBody = z
  .strictObject({ optedOut: z.boolean(), digest: z.boolean(), language: z.enum(LANGUAGES) })
  .partial();

const tokenQuery = z.object({ token: z.string().min(1).max(MAX_TOKEN_LENGTH) });

/** What the learner sees: the language in force, the default one until they choose. */
function preferencesView(host: NotificationHost, preferences: Preferences) {
  return { ...preferences, language: languageFor(host, preferences) };
}

export function notificationRoutes(host: NotificationHost): PluginRoutes {
  /** The learner an unsubscribe link names; otherwise answers 400 (no token) or 404 (not a link of ours). */
  async function linkOwner(request: FastifyRequest, reply: FastifyReply, now: string) {
    const query = tokenQuery.safeParse(request.query);
    if (!query.success) {
      await sendProblem(
        reply,
        400,
        'the unsubscribe link has no valid token',
        problemsOf(query.error, '/query'),
      );
      return null;
    }
    const username = tokenUsername(await signingKey(tablesOf(host), now), query.data.token);
    const user = username === null ? null : await host.users.get(username);
    if (!user) {
      await sendProblem(reply, 404, 'this unsubscribe link is not valid');
      return null;
    }
    return { username: user.username, token: query.data.token };
  }

  return (app, context) => {
    // Mail clients post the one-click body as a form (RFC 8058); the body itself says nothing more.
    app.addContentTypeParser(
      ['application/x-www-form-urlencoded', 'multipart/form-data'],
      { parseAs: 'string', bodyLimit: 1024 },
      (_request, body, done) => done(null, body),
    );

    app.get('/me/preferences', async (request) => {
      const { username } = await context.caller(request);
      return preferencesView(host, await readPreferences(tablesOf(host), username));
    });

    app.put('/me/preferences', async (request, reply) => {
      const { username } = await context.caller(request);
      const body = preferencesBody.safeParse(request.body);
      if (!body.success)
        return sendProblem(reply, 400, 'the notification preferences are not valid', problemsOf(body.error));
      const saved = await savePreferences(tablesOf(host), username, body.data, context.now(request));
      return preferencesView(host, saved);
    });

    app.get('/unsubscribe', async (request, reply) => {
      const owner = await linkOwner(request, reply, context.now(request));
      if (!owner) return reply;
      const preferences = await readPreferences(tablesOf(host), owner.username);
      return reply
        .type('text/html; charset=utf-8')
        .send(confirmationPage(messagesIn(languageFor(host, preferences)), owner.token));
    });

    app.post('/unsubscribe', async (request, reply) => {
      const now = context.now(request);
      const owner = await linkOwner(request, reply, now);
      if (!owner) return reply;
      const saved = await savePreferences(tablesOf(host), owner.username, { optedOut: true }, now);
      host.log.info({ learner: owner.username }, 'opted out of notifications by the unsubscribe link');
      return reply
        .type('text/html; charset=utf-8')
        .send(unsubscribedPage(messagesIn(languageFor(host, saved)), host.settings.learnUrl));
    });
    return Promise.resolve();
  };
}

import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  getNotificationPreferences,
  type NotificationPreferenceChanges,
  previewUnsubscribe,
  unsubscribe,
  updateNotificationPreferences,
  ValidationError,
} from '@portico/core';
import { problems } from '../../http/problem';
import { defaultEmptyBody } from '../../http/schema-helpers';
import { toPreferencesDto, toUnsubscribeDto } from './dto';
import {
  NotificationPreferencesDto,
  UnsubscribeBody,
  UnsubscribeDto,
  UnsubscribeQuery,
  UpdateNotificationPreferencesBody,
} from './schemas';

/** The signed-in contact's own notification settings. */
export const portalPreferenceRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addHook('onRequest', app.authenticatePortal);
  const common = { tags: ['portal'], security: [{ portalBearer: [] }] };

  app.get(
    '/me/notification-preferences',
    {
      schema: {
        ...common,
        operationId: 'getMyNotificationPreferences',
        summary: 'How the signed-in contact is notified, per category',
        response: { 200: NotificationPreferencesDto, ...problems(401, 403) },
      },
    },
    async (request) => toPreferencesDto(await getNotificationPreferences(app.db, request.portal.contact)),
  );

  app.put(
    '/me/notification-preferences',
    {
      schema: {
        ...common,
        operationId: 'updateMyNotificationPreferences',
        summary: 'Set categories to immediately, daily or off (categories not listed stay as they are)',
        body: UpdateNotificationPreferencesBody,
        response: { 200: NotificationPreferencesDto, ...problems(400, 401, 403) },
      },
    },
    async (request) => {
      const changes: NotificationPreferenceChanges = {};
      for (const { category, choice } of request.body.preferences) {
        if (changes[category]) throw new ValidationError(`"${category}" is listed twice.`);
        changes[category] = choice;
      }
      const { contact } = request.portal;
      return toPreferencesDto(await updateNotificationPreferences(app.db, contact, changes, 'contact'));
    },
  );
};

/**
 * One-click unsubscribe (RFC 8058), no sign-in: the signed token is the authority, and it can do
 * one thing, turn its own contact's categories off. GET only shows what it would do (mail
 * scanners fetch links; docs/decisions/007); POST does it.
 */
export const unsubscribeRoutes: FastifyPluginAsyncTypebox = async (app) => {
  // Mail clients send `List-Unsubscribe=One-Click` form-encoded (or as multipart, whose content
  // nobody needs: the token is in the URL). Only this plugin accepts these content types.
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_req, body, done) => {
    done(null, Object.fromEntries(new URLSearchParams(String(body))));
  });
  app.addContentTypeParser(
    'multipart/form-data',
    { parseAs: 'string', bodyLimit: 4096 },
    (_req, _body, done) => done(null, {}),
  );
  const key = app.config.unsubscribeKey;
  const tokenOf = (query: { token?: string }, body?: { token?: string }) => {
    const token = body?.token ?? query.token;
    if (!token)
      throw new ValidationError('The unsubscribe link has no token.', [
        { field: 'token', message: 'Required.' },
      ]);
    return token;
  };

  app.get(
    '/unsubscribe',
    {
      schema: {
        tags: ['portal'],
        operationId: 'previewUnsubscribe',
        summary: 'What an unsubscribe link would turn off; changes nothing',
        querystring: UnsubscribeQuery,
        response: { 200: UnsubscribeDto, ...problems(400, 404) },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return toUnsubscribeDto(await previewUnsubscribe(app.db, key, tokenOf(request.query)));
    },
  );

  app.post(
    '/unsubscribe',
    {
      preValidation: defaultEmptyBody,
      schema: {
        tags: ['portal'],
        operationId: 'unsubscribe',
        summary: "One-click unsubscribe: turn the link's categories off",
        description:
          'The token comes in the body (the portal page) or the query (a mail client following List-Unsubscribe-Post). Already off is still 200. 400 for a token that is not genuine; 404 when its contact no longer exists.',
        querystring: UnsubscribeQuery,
        body: UnsubscribeBody,
        consumes: ['application/json', 'application/x-www-form-urlencoded', 'multipart/form-data'],
        response: { 200: UnsubscribeDto, ...problems(400, 404) },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return toUnsubscribeDto(await unsubscribe(app.db, key, tokenOf(request.query, request.body)));
    },
  );
};

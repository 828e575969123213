import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { getContactNotificationPreferences } from '@portico/core';
import { problems } from '../../http/problem';
import { IdParams } from '../../http/schema-helpers';
import { toPreferencesDto } from './dto';
import { NotificationPreferencesDto } from './schemas';

/** The office sees each contact's choices; only the contact (or their unsubscribe link) changes them. */
export const contactPreferenceRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addHook('onRequest', app.authenticateOffice);

  app.get(
    '/contacts/:id/notification-preferences',
    {
      schema: {
        tags: ['contacts'],
        security: [{ officeBearer: [] }],
        operationId: 'getContactNotificationPreferences',
        summary: "A contact's notification choices (read-only: the contact sets them in the portal)",
        params: IdParams,
        response: { 200: NotificationPreferencesDto, ...problems(400, 401, 404) },
      },
    },
    async (request) =>
      toPreferencesDto(await getContactNotificationPreferences(app.db, request.office, request.params.id)),
  );
};

import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { getSettings, updateSettings } from '@portico/core';
import { problems } from '../../http/problem';
import { SettingsDto, toSettingsDto, UpdateSettingsBody } from './schemas';

export const settingsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addHook('onRequest', app.authenticateOffice);
  const common = { tags: ['settings'], security: [{ officeBearer: [] }] };

  app.get(
    '/settings',
    {
      schema: {
        ...common,
        operationId: 'getSettings',
        summary: "The organization's name, branding, invitation, reminder and portal settings",
        response: { 200: SettingsDto, ...problems(401) },
      },
    },
    async (request) => toSettingsDto(await getSettings(app.db, request.office)),
  );

  app.patch(
    '/settings',
    {
      preHandler: app.requirePermission('settings.manage'),
      schema: {
        ...common,
        operationId: 'updateSettings',
        summary: 'Change some settings; fields left out keep their values',
        body: UpdateSettingsBody,
        response: { 200: SettingsDto, ...problems(400, 401, 403) },
      },
    },
    async (request) => toSettingsDto(await updateSettings(app.db, request.office, request.body)),
  );
};

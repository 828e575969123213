import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { channelShiftReport } from '@portico/core';
import { problems } from '../../http/problem';
import { ChannelShiftDto, ChannelShiftQuery } from './channel-shift-schemas';

/** Channel shift: is the portal replacing the emails and calls the office logs? */
export const channelShiftReportRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addHook('onRequest', app.authenticateOffice);

  app.get(
    '/reports/channel-shift',
    {
      preHandler: app.requirePermission('reports.read'),
      schema: {
        tags: ['reports'],
        security: [{ officeBearer: [] }],
        operationId: 'getChannelShiftReport',
        summary: 'Per month: portal messages and service requests beside logged inbound emails and calls',
        querystring: ChannelShiftQuery,
        response: { 200: ChannelShiftDto, ...problems(400, 401, 403) },
      },
    },
    async (request) => {
      const { customer, ...period } = request.query;
      return channelShiftReport(app.db, request.office, { ...period, customerIds: customer });
    },
  );
};

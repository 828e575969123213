import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { portalUsage } from '@portico/core';
import { problems } from '../../http/problem';
import { PortalUsageDto, PortalUsageQuery } from './usage-schemas';

/** Portal usage metrics: activation, active users, feature use, funnel, cohorts, adoption curve. */
export const usageReportRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addHook('onRequest', app.authenticateOffice);

  app.get(
    '/reports/portal-usage',
    {
      preHandler: app.requirePermission('reports.read'),
      schema: {
        tags: ['reports'],
        security: [{ officeBearer: [] }],
        operationId: 'getPortalUsage',
        summary: 'How customers use the portal, and which accounts have nobody enrolled',
        querystring: PortalUsageQuery,
        response: { 200: PortalUsageDto, ...problems(400, 401, 403) },
      },
    },
    async (request) => portalUsage(app.db, request.office, request.query, new Date()),
  );
};

import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { getPortalAdoptionReport } from '@portico/core';
import { problems } from '../../http/problem';
import {
  PortalAdoptionQuery,
  PortalAdoptionReportDto,
  toAdoptionFilter,
  toAdoptionReportDto,
} from './adoption-schemas';

export const adoptionReportRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addHook('onRequest', app.authenticateOffice);

  app.get(
    '/reports/portal-adoption',
    {
      preHandler: app.requirePermission('reports.read'),
      schema: {
        tags: ['reports'],
        security: [{ officeBearer: [] }],
        operationId: 'getPortalAdoptionReport',
        summary: 'Portal adoption: who has access, who is invited, who still needs an invitation',
        description:
          'Headline counts over the filtered customers and their contacts, and one page of the customers or emails table.',
        querystring: PortalAdoptionQuery,
        response: { 200: PortalAdoptionReportDto, ...problems(400, 401, 403) },
      },
    },
    async (request) => {
      const { table, limit, cursor, ...query } = request.query;
      const report = await getPortalAdoptionReport(app.db, request.office, toAdoptionFilter(query), {
        table,
        limit,
        cursor,
      });
      return toAdoptionReportDto(report);
    },
  );
};

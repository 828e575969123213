import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  getPortalDashboard,
  type PortalReportPdf,
  portalMonthlyReport,
  portalRoutineReport,
} from '@portico/core';
import type { FastifyReply } from 'fastify';
import { problems } from '../../http/problem';
import {
  DashboardQuery,
  MonthlyReportQuery,
  PortalDashboardDto,
  ReportPdf,
  RoutineReportQuery,
} from './schemas';

/** Streams a report: the PDF is written as the client reads it, never held whole in memory. */
function sendPdf(reply: FastifyReply, report: PortalReportPdf) {
  return reply
    .header('content-type', 'application/pdf')
    .header('content-disposition', `attachment; filename="${report.filename}"`)
    .header('cache-control', 'private, no-store')
    .header('x-content-type-options', 'nosniff')
    .send(report.stream);
}

const pdfResponse = {
  description: 'The report as a PDF.',
  content: { 'application/pdf': { schema: ReportPdf } },
};

/** The portal home page: aggregate panels and the downloadable reports. */
export const portalDashboardRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addHook('onRequest', app.authenticatePortal);
  const common = { tags: ['portal-content'], security: [{ portalBearer: [] }] };

  app.get(
    '/dashboard',
    {
      schema: {
        ...common,
        operationId: 'getPortalDashboard',
        summary: 'Home page panels: counts, activity, defects, routine activities, service calls, spend',
        description:
          'A section is null when the layout (see `panels` in /me) hides its panel or the access areas exclude it.',
        querystring: DashboardQuery,
        response: { 200: PortalDashboardDto, ...problems(400, 401, 403) },
      },
    },
    async (request) => getPortalDashboard(app.db, request.portal, { year: request.query.year }),
  );

  app.get(
    '/reports/monthly',
    {
      schema: {
        ...common,
        operationId: 'getPortalMonthlyReport',
        summary: "A month's quotes, invoices and defects as a PDF",
        querystring: MonthlyReportQuery,
        produces: ['application/pdf'],
        response: { 200: pdfResponse, ...problems(400, 401, 403) },
      },
    },
    async (request, reply) =>
      sendPdf(reply, await portalMonthlyReport(app.db, request.portal, request.query.month)),
  );

  app.get(
    '/reports/routine',
    {
      schema: {
        ...common,
        operationId: 'getPortalRoutineReport',
        summary: 'Routine tasks performed in a date range (at most 366 days) as a PDF',
        querystring: RoutineReportQuery,
        produces: ['application/pdf'],
        response: { 200: pdfResponse, ...problems(400, 401, 403) },
      },
    },
    async (request, reply) =>
      sendPdf(reply, await portalRoutineReport(app.db, request.portal, request.query)),
  );
};

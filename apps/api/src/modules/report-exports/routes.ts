import { PassThrough } from 'node:stream';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { type ReportExportSpec, startReportExport } from '@portico/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { contentDisposition } from '../../http/content-disposition';
import { problems } from '../../http/problem';
import { AdoptionExportQuery, adoptionSpec, exportResponse, UsageExportQuery, usageSpec } from './schemas';

/**
 * Starts the export and streams it: headers go out once the filters are known good (a bad one is
 * still a 400), then rows follow as the cursor reads them. A failure midway cuts the download
 * short; it is logged, since the status line has already left.
 */
async function sendExport(request: FastifyRequest, reply: FastifyReply, spec: ReportExportSpec) {
  const out = new PassThrough();
  const started = await startReportExport(request.server.db, request.office, spec, out);
  started.done.catch((err: Error) => request.log.warn({ err: err.message }, 'report export cut short'));
  return reply
    .header('content-type', started.contentType)
    .header('content-disposition', contentDisposition('attachment', started.filename))
    .header('cache-control', 'private, no-store')
    .header('x-content-type-options', 'nosniff')
    .send(out);
}

/** Downloads of the adoption and usage reports: CSV and XLSX with every row, PDF to read. */
export const reportExportRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addHook('onRequest', app.authenticateOffice);
  const common = {
    tags: ['reports'],
    security: [{ officeBearer: [] }],
    response: { 200: exportResponse, ...problems(400, 401, 403) },
  };

  app.get(
    '/reports/portal-adoption/export',
    {
      preHandler: app.requirePermission('reports.export'),
      schema: {
        ...common,
        operationId: 'exportPortalAdoptionReport',
        summary: 'Download the adoption report (a table or the summary) as CSV, XLSX or PDF',
        querystring: AdoptionExportQuery,
      },
    },
    (request, reply) => sendExport(request, reply, adoptionSpec(request.query)),
  );

  app.get(
    '/reports/portal-usage/export',
    {
      preHandler: app.requirePermission('reports.export'),
      schema: {
        ...common,
        operationId: 'exportPortalUsageReport',
        summary: 'Download the usage metrics (a section or the summary) as CSV, XLSX or PDF',
        querystring: UsageExportQuery,
      },
    },
    (request, reply) => sendExport(request, reply, usageSpec(request.query)),
  );
};

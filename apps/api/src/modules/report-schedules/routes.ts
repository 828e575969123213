import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  createReportSchedule,
  deleteReportSchedule,
  duplicateReportSchedule,
  getReportSchedule,
  listReportSchedules,
  sendReportNow,
  sendReportScheduleNow,
  setReportSchedulePaused,
  updateReportSchedule,
} from '@portico/core';
import { Type } from 'typebox';
import { Page } from '../../http/pagination';
import { problems } from '../../http/problem';
import { IdParams } from '../../http/schema-helpers';
import {
  checkFilters,
  ListQuery,
  ReportRunDtoSchema,
  ReportScheduleBody,
  ReportScheduleDtoSchema,
  SendReportBody,
  toRunResponse,
  toScheduleInput,
  toScheduleResponse,
} from './schemas';

/** Email an export now, and the schedules that email one on a calendar. */
export const reportScheduleRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addHook('onRequest', app.authenticateOffice);
  app.addHook('preHandler', app.requirePermission('reports.export'));
  const common = { tags: ['reports'], security: [{ officeBearer: [] }] };
  const one = { 200: ReportScheduleDtoSchema, ...problems(400, 401, 403, 404) };
  const queued = { 202: ReportRunDtoSchema, ...problems(400, 401, 403, 404) };

  app.post(
    '/reports/send',
    {
      schema: {
        ...common,
        operationId: 'sendReportExport',
        summary: 'Email an export now to up to 50 recipients (queued; the answer is the run)',
        body: SendReportBody,
        response: { 202: ReportRunDtoSchema, ...problems(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const run = await sendReportNow(app.db, request.office, checkFilters(request.body));
      return reply.code(202).send(toRunResponse(run));
    },
  );

  app.get(
    '/report-schedules',
    {
      schema: {
        ...common,
        operationId: 'listReportSchedules',
        summary: 'List scheduled exports by name',
        querystring: ListQuery,
        response: { 200: Page(ReportScheduleDtoSchema, 'ReportSchedulePage'), ...problems(400, 401, 403) },
      },
    },
    async (request) => {
      const page = await listReportSchedules(app.db, request.office, request.query);
      return { ...page, items: page.items.map(toScheduleResponse) };
    },
  );

  app.post(
    '/report-schedules',
    {
      schema: {
        ...common,
        operationId: 'createReportSchedule',
        summary: 'Schedule an export: daily, weekly or monthly at a time in a time zone',
        body: ReportScheduleBody,
        response: { 201: ReportScheduleDtoSchema, ...problems(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const schedule = await createReportSchedule(app.db, request.office, toScheduleInput(request.body));
      return reply.code(201).send(toScheduleResponse(schedule));
    },
  );

  app.get(
    '/report-schedules/:id',
    {
      schema: {
        ...common,
        operationId: 'getReportSchedule',
        summary: 'One scheduled export',
        params: IdParams,
        response: one,
      },
    },
    async (request) => toScheduleResponse(await getReportSchedule(app.db, request.office, request.params.id)),
  );

  app.put(
    '/report-schedules/:id',
    {
      schema: {
        ...common,
        operationId: 'updateReportSchedule',
        summary: "Replace a schedule's settings",
        params: IdParams,
        body: ReportScheduleBody,
        response: one,
      },
    },
    async (request) =>
      toScheduleResponse(
        await updateReportSchedule(app.db, request.office, request.params.id, toScheduleInput(request.body)),
      ),
  );

  app.delete(
    '/report-schedules/:id',
    {
      schema: {
        ...common,
        operationId: 'deleteReportSchedule',
        summary: 'Delete a schedule (its past runs stay in the history)',
        params: IdParams,
        response: { 204: Type.Null(), ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      await deleteReportSchedule(app.db, request.office, request.params.id);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/report-schedules/:id/duplicate',
    {
      schema: {
        ...common,
        operationId: 'duplicateReportSchedule',
        summary: 'Copy a schedule; the copy starts paused',
        params: IdParams,
        response: { 201: ReportScheduleDtoSchema, ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(toScheduleResponse(await duplicateReportSchedule(app.db, request.office, request.params.id))),
  );

  for (const [action, paused] of [
    ['pause', true],
    ['resume', false],
  ] as const) {
    app.post(
      `/report-schedules/:id/${action}`,
      {
        schema: {
          ...common,
          operationId: `${action}ReportSchedule`,
          summary: paused ? 'Pause a schedule' : 'Resume a paused schedule',
          params: IdParams,
          response: one,
        },
      },
      async (request) =>
        toScheduleResponse(await setReportSchedulePaused(app.db, request.office, request.params.id, paused)),
    );
  }

  app.post(
    '/report-schedules/:id/send',
    {
      schema: {
        ...common,
        operationId: 'sendReportScheduleNow',
        summary: "Email the schedule's export now, outside its calendar",
        params: IdParams,
        response: queued,
      },
    },
    async (request, reply) =>
      reply
        .code(202)
        .send(toRunResponse(await sendReportScheduleNow(app.db, request.office, request.params.id))),
  );
};

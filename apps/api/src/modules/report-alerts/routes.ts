import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  createAlertRule,
  deleteAlertRule,
  getAlertRule,
  listAlertFirings,
  listAlertRules,
  updateAlertRule,
} from '@portico/core';
import { Type } from 'typebox';
import { Page } from '../../http/pagination';
import { problems } from '../../http/problem';
import { IdParams } from '../../http/schema-helpers';
import { ListQuery } from '../report-schedules/schemas';
import {
  AlertFiringDto,
  AlertRuleBody,
  AlertRuleDtoSchema,
  toAlertRuleInput,
  toAlertRuleResponse,
} from './schemas';

/** "Alert when": rules on a portal metric that email an export when they hold, once per period. */
export const reportAlertRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addHook('onRequest', app.authenticateOffice);
  app.addHook('preHandler', app.requirePermission('reports.export'));
  const common = { tags: ['reports'], security: [{ officeBearer: [] }] };
  const one = { 200: AlertRuleDtoSchema, ...problems(400, 401, 403, 404) };

  app.get(
    '/alert-rules',
    {
      schema: {
        ...common,
        operationId: 'listAlertRules',
        summary: 'List alert rules by name',
        querystring: ListQuery,
        response: { 200: Page(AlertRuleDtoSchema, 'AlertRulePage'), ...problems(400, 401, 403) },
      },
    },
    async (request) => {
      const page = await listAlertRules(app.db, request.office, request.query);
      return { ...page, items: page.items.map(toAlertRuleResponse) };
    },
  );

  app.post(
    '/alert-rules',
    {
      schema: {
        ...common,
        operationId: 'createAlertRule',
        summary: 'Create an alert rule (evaluated hourly)',
        body: AlertRuleBody,
        response: { 201: AlertRuleDtoSchema, ...problems(400, 401, 403) },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          toAlertRuleResponse(await createAlertRule(app.db, request.office, toAlertRuleInput(request.body))),
        ),
  );

  app.get(
    '/alert-rules/:id',
    {
      schema: {
        ...common,
        operationId: 'getAlertRule',
        summary: 'One alert rule',
        params: IdParams,
        response: one,
      },
    },
    async (request) => toAlertRuleResponse(await getAlertRule(app.db, request.office, request.params.id)),
  );

  app.put(
    '/alert-rules/:id',
    {
      schema: {
        ...common,
        operationId: 'updateAlertRule',
        summary: "Replace an alert rule's settings (`paused` pauses or resumes it)",
        params: IdParams,
        body: AlertRuleBody,
        response: one,
      },
    },
    async (request) =>
      toAlertRuleResponse(
        await updateAlertRule(app.db, request.office, request.params.id, toAlertRuleInput(request.body)),
      ),
  );

  app.delete(
    '/alert-rules/:id',
    {
      schema: {
        ...common,
        operationId: 'deleteAlertRule',
        summary: 'Delete an alert rule and its firings',
        params: IdParams,
        response: { 204: Type.Null(), ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      await deleteAlertRule(app.db, request.office, request.params.id);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/alert-rules/:id/firings',
    {
      schema: {
        ...common,
        operationId: 'listAlertFirings',
        summary: 'When the rule fired (newest first, at most 50)',
        params: IdParams,
        response: { 200: Type.Array(AlertFiringDto), ...problems(400, 401, 403, 404) },
      },
    },
    async (request) =>
      (await listAlertFirings(app.db, request.office, request.params.id)).map((f) => ({
        ...f,
        firedAt: f.firedAt.toISOString(),
      })),
  );
};

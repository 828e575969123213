import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  createTemplate,
  deleteTemplate,
  getTemplate,
  listTemplates,
  previewValues,
  updateTemplate,
} from '@portico/core';
import { renderTemplate } from '@portico/email';
import { Type } from 'typebox';
import { problems } from '../../http/problem';
import { IdParams } from '../../http/schema-helpers';
import {
  CreateTemplateBody,
  ListTemplatesQuery,
  PreviewTemplateBody,
  RenderedTemplate,
  TemplateDto,
  TemplateList,
  toTemplateDto,
  UpdateTemplateBody,
} from './schemas';

export const templateRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addHook('onRequest', app.authenticateOffice);
  const manage = app.requirePermission('settings.manage');
  const common = { tags: ['templates'], security: [{ officeBearer: [] }] };

  app.get(
    '/templates',
    {
      schema: {
        ...common,
        operationId: 'listTemplates',
        summary: 'List notification templates, by kind with the default first',
        querystring: ListTemplatesQuery,
        response: { 200: TemplateList, ...problems(400, 401) },
      },
    },
    async (request) => {
      const rows = await listTemplates(app.db, request.office, request.query);
      return { items: rows.map(toTemplateDto) };
    },
  );

  app.post(
    '/templates',
    {
      preHandler: manage,
      schema: {
        ...common,
        operationId: 'createTemplate',
        summary: 'Create a template',
        description: 'The first template of a kind becomes its default. Unknown {{variables}} are a 400.',
        body: CreateTemplateBody,
        response: { 201: TemplateDto, ...problems(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const template = await createTemplate(app.db, request.office, request.body);
      return reply.code(201).send(toTemplateDto(template));
    },
  );

  app.post(
    '/templates/preview',
    {
      schema: {
        ...common,
        operationId: 'previewTemplate',
        summary: 'Render unsaved template text with sample values',
        description:
          "For a live preview while editing: sample values use the caller's organization; values are HTML-escaped in the HTML part.",
        body: PreviewTemplateBody,
        response: { 200: RenderedTemplate, ...problems(400, 401) },
      },
    },
    async (request) => {
      const options = { portalUrl: app.config.portalUrl };
      const values = await previewValues(app.db, request.office, request.body, options);
      return renderTemplate(request.body, values);
    },
  );

  app.get(
    '/templates/:id',
    {
      schema: {
        ...common,
        operationId: 'getTemplate',
        summary: 'Get a template',
        params: IdParams,
        response: { 200: TemplateDto, ...problems(400, 401, 404) },
      },
    },
    async (request) => toTemplateDto(await getTemplate(app.db, request.office, request.params.id)),
  );

  app.patch(
    '/templates/:id',
    {
      preHandler: manage,
      schema: {
        ...common,
        operationId: 'updateTemplate',
        summary: 'Update a template, or make it the default of its kind',
        description:
          'Unsetting `isDefault` on the default is a 409: make another template the default instead.',
        params: IdParams,
        body: UpdateTemplateBody,
        response: { 200: TemplateDto, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      toTemplateDto(await updateTemplate(app.db, request.office, request.params.id, request.body)),
  );

  app.delete(
    '/templates/:id',
    {
      preHandler: manage,
      schema: {
        ...common,
        operationId: 'deleteTemplate',
        summary: 'Delete a template',
        description: "Refused with 409 for its kind's default: make another template the default first.",
        params: IdParams,
        response: { 204: Type.Null(), ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      await deleteTemplate(app.db, request.office, request.params.id);
      return reply.code(204).send(null);
    },
  );
};

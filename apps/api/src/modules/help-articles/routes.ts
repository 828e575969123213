import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  createHelpArticle,
  deleteHelpArticle,
  getHelpArticle,
  listHelpArticles,
  moveHelpArticle,
  previewHelpMarkdown,
  reorderHelpArticles,
  setHelpArticlePublished,
  updateHelpArticle,
} from '@portico/core';
import { Type } from 'typebox';
import { problems } from '../../http/problem';
import { IdParams } from '../../http/schema-helpers';
import {
  CreateHelpArticleBody,
  HelpArticleList,
  HelpArticlePreview,
  MoveHelpArticleBody,
  PreviewHelpArticleBody,
  PublishHelpArticleBody,
  RenderedHelpArticleDto,
  ReorderHelpArticlesBody,
  toHelpArticleDto,
  toRenderedHelpArticleDto,
  UpdateHelpArticleBody,
} from './schemas';

/** The office writes, orders and publishes help articles (settings.manage). */
export const helpArticleRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addHook('onRequest', app.authenticateOffice);
  app.addHook('preHandler', app.requirePermission('settings.manage'));
  const common = { tags: ['help-articles'], security: [{ officeBearer: [] }] };
  const list = (items: Awaited<ReturnType<typeof listHelpArticles>>) => ({
    items: items.map(toHelpArticleDto),
  });

  app.get(
    '/help-articles',
    {
      schema: {
        ...common,
        operationId: 'listHelpArticles',
        summary: 'Help articles in their portal order',
        response: { 200: HelpArticleList, ...problems(401, 403) },
      },
    },
    async (request) => list(await listHelpArticles(app.db, request.office)),
  );

  app.post(
    '/help-articles',
    {
      schema: {
        ...common,
        operationId: 'createHelpArticle',
        summary: 'Write a new article (unpublished, last in the order)',
        body: CreateHelpArticleBody,
        response: { 201: RenderedHelpArticleDto, ...problems(400, 401, 403, 409) },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(toRenderedHelpArticleDto(await createHelpArticle(app.db, request.office, request.body))),
  );

  app.post(
    '/help-articles/preview',
    {
      schema: {
        ...common,
        operationId: 'previewHelpArticle',
        summary: 'The HTML the portal would show for this Markdown (rendered and sanitized)',
        body: PreviewHelpArticleBody,
        response: { 200: HelpArticlePreview, ...problems(400, 401, 403) },
      },
    },
    async (request) => previewHelpMarkdown(request.body.body),
  );

  app.put(
    '/help-articles/order',
    {
      schema: {
        ...common,
        operationId: 'reorderHelpArticles',
        summary: 'Set the whole order at once (every article, once each)',
        body: ReorderHelpArticlesBody,
        response: { 200: HelpArticleList, ...problems(400, 401, 403) },
      },
    },
    async (request) => list(await reorderHelpArticles(app.db, request.office, request.body.ids)),
  );

  app.get(
    '/help-articles/:id',
    {
      schema: {
        ...common,
        operationId: 'getHelpArticle',
        summary: 'One article, with its rendered HTML',
        params: IdParams,
        response: { 200: RenderedHelpArticleDto, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) =>
      toRenderedHelpArticleDto(await getHelpArticle(app.db, request.office, request.params.id)),
  );

  app.patch(
    '/help-articles/:id',
    {
      schema: {
        ...common,
        operationId: 'updateHelpArticle',
        summary: 'Change the title, slug, body or topic',
        params: IdParams,
        body: UpdateHelpArticleBody,
        response: { 200: RenderedHelpArticleDto, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      toRenderedHelpArticleDto(
        await updateHelpArticle(app.db, request.office, request.params.id, request.body),
      ),
  );

  app.delete(
    '/help-articles/:id',
    {
      schema: {
        ...common,
        operationId: 'deleteHelpArticle',
        summary: 'Delete an article',
        params: IdParams,
        response: { 204: Type.Null(), ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      await deleteHelpArticle(app.db, request.office, request.params.id);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/help-articles/:id/publish',
    {
      schema: {
        ...common,
        operationId: 'publishHelpArticle',
        summary: 'Publish an article to the portal, or take it out',
        params: IdParams,
        body: PublishHelpArticleBody,
        response: { 200: RenderedHelpArticleDto, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) =>
      toRenderedHelpArticleDto(
        await setHelpArticlePublished(app.db, request.office, request.params.id, request.body.published),
      ),
  );

  app.post(
    '/help-articles/:id/move',
    {
      schema: {
        ...common,
        operationId: 'moveHelpArticle',
        summary: 'Move an article one place up or down',
        params: IdParams,
        body: MoveHelpArticleBody,
        response: { 200: HelpArticleList, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) =>
      list(await moveHelpArticle(app.db, request.office, request.params.id, request.body.direction)),
  );
};

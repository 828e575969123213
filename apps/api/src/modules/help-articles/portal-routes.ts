import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { getPortalHelpArticle, listPortalHelpArticles } from '@portico/core';
import { problems } from '../../http/problem';
import {
  PortalHelpArticleDto,
  PortalHelpArticleList,
  PortalHelpQuery,
  SlugParams,
  toPortalHelpArticleDto,
  toPortalHelpSummaryDto,
} from './schemas';

/** The customer's help page: published articles of the contact's organization (reads: preview works). */
export const portalHelpArticleRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addHook('onRequest', app.authenticatePortal);
  const common = { tags: ['portal-help'], security: [{ portalBearer: [] }] };

  app.get(
    '/help-articles',
    {
      schema: {
        ...common,
        operationId: 'listPortalHelpArticles',
        summary: 'Published help articles in order; search with `q`, narrow with `topic`',
        querystring: PortalHelpQuery,
        response: { 200: PortalHelpArticleList, ...problems(400, 401) },
      },
    },
    async (request) => ({
      items: (await listPortalHelpArticles(app.db, request.portal, request.query)).map(
        toPortalHelpSummaryDto,
      ),
    }),
  );

  app.get(
    '/help-articles/:slug',
    {
      schema: {
        ...common,
        operationId: 'getPortalHelpArticle',
        summary: 'One published article with its sanitized HTML',
        params: SlugParams,
        response: { 200: PortalHelpArticleDto, ...problems(400, 401, 404) },
      },
    },
    async (request) =>
      toPortalHelpArticleDto(await getPortalHelpArticle(app.db, request.portal, request.params.slug)),
  );
};

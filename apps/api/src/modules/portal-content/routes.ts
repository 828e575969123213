import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  getPortalBuilding,
  listPortalAssets,
  listPortalBuildings,
  listPortalDefects,
  listPortalQuotes,
  listPortalTasks,
  searchPortal,
} from '@portico/core';
import { Page } from '../../http/pagination';
import { problems } from '../../http/problem';
import { IdParams } from '../../http/schema-helpers';
import { portalDocumentRoutes } from './document-routes';
import {
  ListPortalAssetsQuery,
  ListPortalBuildingsQuery,
  ListPortalDefectsQuery,
  ListPortalQuotesQuery,
  ListPortalTasksQuery,
  PortalAsset,
  PortalBuilding,
  PortalBuildingDetail,
  PortalDefect,
  PortalQuote,
  PortalSearchResult,
  PortalTask,
  SearchQuery,
  toPortalDocumentDto,
} from './schemas';

/**
 * What a signed-in customer sees. Every handler passes `request.portal` (contact + view, checked
 * by authenticatePortal) to core, where each query goes through the access rule in
 * portal-content/visibility. Ids outside that rule answer 404, like ids that do not exist.
 */
export const portalContentRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addHook('onRequest', app.authenticatePortal);
  const common = { tags: ['portal-content'], security: [{ portalBearer: [] }] };
  const listProblems = problems(400, 401, 403);

  app.get(
    '/buildings',
    {
      schema: {
        ...common,
        operationId: 'listPortalBuildings',
        summary: 'Buildings (properties) with their counts and highest open defect severity',
        querystring: ListPortalBuildingsQuery,
        response: { 200: Page(PortalBuilding, 'PortalBuildingPage'), ...listProblems },
      },
    },
    async (request) => {
      const { limit, cursor, ...filter } = request.query;
      return listPortalBuildings(app.db, request.portal, filter, { limit, cursor });
    },
  );

  app.get(
    '/buildings/:id',
    {
      schema: {
        ...common,
        operationId: 'getPortalBuilding',
        summary: 'One building with its address, asset count and document counts',
        params: IdParams,
        response: { 200: PortalBuildingDetail, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => getPortalBuilding(app.db, request.portal, request.params.id),
  );

  app.get(
    '/assets',
    {
      schema: {
        ...common,
        operationId: 'listPortalAssets',
        summary: 'Assets of the visible buildings, by type and name',
        querystring: ListPortalAssetsQuery,
        response: { 200: Page(PortalAsset, 'PortalAssetPage'), ...listProblems },
      },
    },
    async (request) => {
      const { limit, cursor, ...filter } = request.query;
      return listPortalAssets(app.db, request.portal, filter, { limit, cursor });
    },
  );

  app.get(
    '/tasks',
    {
      schema: {
        ...common,
        operationId: 'listPortalTasks',
        summary: 'Routine activities and service calls, newest first',
        querystring: ListPortalTasksQuery,
        response: { 200: Page(PortalTask, 'PortalTaskPage'), ...listProblems },
      },
    },
    async (request) => {
      const { limit, cursor, ...filter } = request.query;
      return listPortalTasks(app.db, request.portal, filter, { limit, cursor });
    },
  );

  app.get(
    '/defects',
    {
      schema: {
        ...common,
        operationId: 'listPortalDefects',
        summary: 'Published defects, newest raised first (needs inspection reports access)',
        querystring: ListPortalDefectsQuery,
        response: { 200: Page(PortalDefect, 'PortalDefectPage'), ...listProblems },
      },
    },
    async (request) => {
      const { limit, cursor, ...filter } = request.query;
      return listPortalDefects(app.db, request.portal, filter, { limit, cursor });
    },
  );

  app.get(
    '/quotes',
    {
      schema: {
        ...common,
        operationId: 'listPortalQuotes',
        summary: 'Published quotes, newest issued first (needs proposals access)',
        querystring: ListPortalQuotesQuery,
        response: { 200: Page(PortalQuote, 'PortalQuotePage'), ...listProblems },
      },
    },
    async (request) => {
      const { limit, cursor, ...filter } = request.query;
      return listPortalQuotes(app.db, request.portal, filter, { limit, cursor });
    },
  );

  app.get(
    '/search',
    {
      schema: {
        ...common,
        operationId: 'searchPortal',
        summary: 'Search properties, assets, reports, quotes and tasks at once',
        querystring: SearchQuery,
        response: { 200: PortalSearchResult, ...listProblems },
      },
    },
    async (request) => {
      const result = await searchPortal(app.db, request.portal, request.query.q, request.query.limit);
      return {
        ...result,
        reports: { ...result.reports, items: result.reports.items.map(toPortalDocumentDto) },
      };
    },
  );

  await app.register(portalDocumentRoutes);
};

import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { createBuilding, deleteBuilding, getBuilding, listBuildings, updateBuilding } from '@portico/core';
import { Type } from 'typebox';
import { Page } from '../../http/pagination';
import { problems } from '../../http/problem';
import { IdParams } from '../../http/schema-helpers';
import {
  BuildingDto,
  CreateBuildingBody,
  ListBuildingsQuery,
  toBuildingDto,
  UpdateBuildingBody,
} from './schemas';

export const buildingRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addHook('onRequest', app.authenticateOffice);
  const write = app.requirePermission('contacts.write');
  const common = { tags: ['buildings'], security: [{ officeBearer: [] }] };

  app.get(
    '/buildings',
    {
      schema: {
        ...common,
        operationId: 'listBuildings',
        summary: 'List buildings (sites), by name',
        querystring: ListBuildingsQuery,
        response: { 200: Page(BuildingDto, 'BuildingPage'), ...problems(400, 401) },
      },
    },
    async (request) => {
      const { limit, cursor, order, ...filter } = request.query;
      const page = await listBuildings(app.db, request.office, filter, { limit, cursor, order });
      return { ...page, items: page.items.map(toBuildingDto) };
    },
  );

  app.post(
    '/buildings',
    {
      preHandler: write,
      schema: {
        ...common,
        operationId: 'createBuilding',
        summary: 'Create a building for an account',
        body: CreateBuildingBody,
        response: { 201: BuildingDto, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const building = await createBuilding(app.db, request.office, request.body);
      return reply.code(201).send(toBuildingDto(building));
    },
  );

  app.get(
    '/buildings/:id',
    {
      schema: {
        ...common,
        operationId: 'getBuilding',
        summary: 'Get a building',
        params: IdParams,
        response: { 200: BuildingDto, ...problems(400, 401, 404) },
      },
    },
    async (request) => toBuildingDto(await getBuilding(app.db, request.office, request.params.id)),
  );

  app.patch(
    '/buildings/:id',
    {
      preHandler: write,
      schema: {
        ...common,
        operationId: 'updateBuilding',
        summary: 'Update a building',
        params: IdParams,
        body: UpdateBuildingBody,
        response: { 200: BuildingDto, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      toBuildingDto(await updateBuilding(app.db, request.office, request.params.id, request.body)),
  );

  app.delete(
    '/buildings/:id',
    {
      preHandler: write,
      schema: {
        ...common,
        operationId: 'deleteBuilding',
        summary: 'Delete a building',
        description: 'Contacts linked to the building lose the link; the contacts themselves stay.',
        params: IdParams,
        response: { 204: Type.Null(), ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      await deleteBuilding(app.db, request.office, request.params.id);
      return reply.code(204).send(null);
    },
  );
};

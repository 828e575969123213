import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  getOfficeServiceRequest,
  getOfficeServiceRequestPhoto,
  listOfficeServiceRequests,
  listServiceRequestChanges,
  updateIntegrationServiceRequest,
  updateOfficeServiceRequest,
} from '@portico/core';
import type { ApiKeyScope, Permission } from '@portico/db';
import type { FastifyRequest } from 'fastify';
import { Page } from '../../http/pagination';
import { problems } from '../../http/problem';
import { IdParams } from '../../http/schema-helpers';
import { sendPhoto } from './photo-reply';
import {
  ImageResponse,
  ListServiceRequestsQuery,
  PhotoParams,
  ServiceRequestDetailDto,
  ServiceRequestDto,
  toServiceRequestDetailDto,
  toServiceRequestDto,
  UpdateServiceRequestBody,
} from './schemas';

/** An API key is `ptk_` + 43 characters; anything else in the header is an office access token. */
const isApiKey = (request: FastifyRequest) => /^Bearer\s+ptk_/.test(request.headers.authorization ?? '');

/**
 * `/api/v1/service-requests`: one URL for office staff and for the operations system, as the
 * issue's integration contract asks (`GET /api/v1/service-requests?updatedSince=`). The bearer
 * decides: an API key (`ptk_…`) authenticates as the integration and needs a scope, anything else
 * as an office user. Both see only their organization's requests.
 */
export const serviceRequestOfficeRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addHook('onRequest', async (request) => {
    if (isApiKey(request)) await app.authenticateIntegration(request);
    else await app.authenticateOffice(request);
  });
  const allow = (scope: ApiKeyScope, permission: Permission | null) => async (request: FastifyRequest) => {
    if (request.integration) return app.requireScope(scope)(request);
    if (permission) return app.requirePermission(permission)(request);
  };
  const orgOf = (request: FastifyRequest) => (request.integration ?? request.office).orgId;
  const common = {
    tags: ['service-requests'],
    security: [{ officeBearer: [] as string[] }, { integrationKey: [] as string[] }] as Record<
      string,
      string[]
    >[],
  };

  app.get(
    '/service-requests',
    {
      preHandler: allow('service-requests:read', null),
      schema: {
        ...common,
        operationId: 'listServiceRequests',
        summary: 'List service requests: newest first with filters, or the change feed with updatedSince',
        description:
          'Office users: every request of the organization, newest first, filtered. With `updatedSince` (and always with an API key, scope service-requests:read): the change feed, oldest change first; filters do not apply to it.',
        querystring: ListServiceRequestsQuery,
        response: { 200: Page(ServiceRequestDto, 'ServiceRequestPage'), ...problems(400, 401, 403) },
      },
    },
    async (request) => {
      const { limit, cursor, updatedSince, ...filter } = request.query;
      const page =
        request.integration || updatedSince
          ? await listServiceRequestChanges(app.db, orgOf(request), { updatedSince }, { limit, cursor })
          : await listOfficeServiceRequests(app.db, request.office, filter, { limit, cursor });
      return { ...page, items: page.items.map(toServiceRequestDto) };
    },
  );

  app.get(
    '/service-requests/:id',
    {
      preHandler: allow('service-requests:read', null),
      schema: {
        ...common,
        operationId: 'getServiceRequest',
        summary: 'One service request with its status history and photos',
        params: IdParams,
        response: { 200: ServiceRequestDetailDto, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) =>
      toServiceRequestDetailDto(
        await getOfficeServiceRequest(app.db, { orgId: orgOf(request) }, request.params.id),
      ),
  );

  app.patch(
    '/service-requests/:id',
    {
      preHandler: allow('service-requests:write', 'contacts.write'),
      schema: {
        ...common,
        operationId: 'updateServiceRequest',
        summary: "Change a request's status (the requester is emailed)",
        description:
          'Office users need contacts.write; API keys the service-requests:write scope. 422 for a move the status does not allow, or a decline or reopening without a note; 409 when it already has that status.',
        params: IdParams,
        body: UpdateServiceRequestBody,
        response: { 200: ServiceRequestDetailDto, ...problems(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request) => {
      const detail = request.integration
        ? await updateIntegrationServiceRequest(app.db, request.integration, request.params.id, request.body)
        : await updateOfficeServiceRequest(app.db, request.office, request.params.id, request.body);
      return toServiceRequestDetailDto(detail);
    },
  );

  app.get(
    '/service-requests/:id/photos/:photoId',
    {
      preHandler: allow('service-requests:read', null),
      schema: {
        ...common,
        operationId: 'downloadServiceRequestPhoto',
        summary: 'One photo of a service request',
        params: PhotoParams,
        produces: ['image/png', 'image/jpeg', 'image/webp', 'image/heic'],
        response: { 200: ImageResponse, ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) =>
      sendPhoto(
        reply,
        await getOfficeServiceRequestPhoto(app.db, orgOf(request), request.params.id, request.params.photoId),
      ),
  );
};

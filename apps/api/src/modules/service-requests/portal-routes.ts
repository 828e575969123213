import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  addServiceRequestPhoto,
  createPortalServiceRequest,
  getPortalServiceRequest,
  getPortalServiceRequestPhoto,
  listPortalServiceRequests,
  PHOTO_MAX_BYTES,
  PHOTOS_PER_REQUEST,
} from '@portico/core';
import { Page } from '../../http/pagination';
import { problems } from '../../http/problem';
import { IdParams } from '../../http/schema-helpers';
import { envelopeValidator } from '../integration/validation';
import { sendPhoto } from './photo-reply';
import {
  CreateServiceRequestBody,
  ImageResponse,
  ListPortalServiceRequestsQuery,
  PhotoBody,
  PhotoParams,
  PhotoQuery,
  ServiceRequestDetailDto,
  ServiceRequestDto,
  ServiceRequestPhotoDto,
  toPhotoDto,
  toServiceRequestDetailDto,
  toServiceRequestDto,
} from './schemas';

const common = { tags: ['portal-service-requests'], security: [{ portalBearer: [] }] };

/**
 * A customer's requests: those on buildings its access covers (colleagues' included), raised for
 * such a building only. Other ids answer 404. Writes are refused in a view-as-customer preview by
 * authenticatePortal itself.
 */
export const portalServiceRequestRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addHook('onRequest', app.authenticatePortal);

  app.get(
    '/service-requests',
    {
      schema: {
        ...common,
        operationId: 'listPortalServiceRequests',
        summary: 'Service requests on the buildings the customer sees, newest first',
        querystring: ListPortalServiceRequestsQuery,
        response: { 200: Page(ServiceRequestDto, 'PortalServiceRequestPage'), ...problems(400, 401, 403) },
      },
    },
    async (request) => {
      const { limit, cursor, ...filter } = request.query;
      const page = await listPortalServiceRequests(app.db, request.portal, filter, { limit, cursor });
      return { ...page, items: page.items.map(toServiceRequestDto) };
    },
  );

  app.get(
    '/service-requests/:id',
    {
      schema: {
        ...common,
        operationId: 'getPortalServiceRequest',
        summary: 'One service request with its status timeline and photos',
        params: IdParams,
        response: { 200: ServiceRequestDetailDto, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) =>
      toServiceRequestDetailDto(await getPortalServiceRequest(app.db, request.portal, request.params.id)),
  );

  app.post(
    '/service-requests',
    {
      schema: {
        ...common,
        operationId: 'createPortalServiceRequest',
        summary: 'Raise a service request for a building; add photos next with uploadServiceRequestPhoto',
        description: '404 when the building is not one the customer sees.',
        body: CreateServiceRequestBody,
        response: { 201: ServiceRequestDetailDto, ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          toServiceRequestDetailDto(await createPortalServiceRequest(app.db, request.portal, request.body)),
        ),
  );

  app.get(
    '/service-requests/:id/photos/:photoId',
    {
      schema: {
        ...common,
        operationId: 'downloadPortalServiceRequestPhoto',
        summary: 'One photo of a service request',
        params: PhotoParams,
        produces: ['image/png', 'image/jpeg', 'image/webp', 'image/heic'],
        response: { 200: ImageResponse, ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) =>
      sendPhoto(
        reply,
        await getPortalServiceRequestPhoto(app.db, request.portal, request.params.id, request.params.photoId),
      ),
  );

  await app.register(photoUploadRoute);
};

/** What the upload says it takes; any body is read as bytes, and the bytes decide (core's photo-types). */
const uploadTypes = ['image/png', 'image/jpeg', 'image/webp', 'image/heic', 'application/octet-stream'];

/**
 * The upload, in a context of its own (like the integration's PDF upload): the raw body as bytes
 * whatever its Content-Type, with the photo size as the body limit. Nothing is refused for its
 * header alone: the request is looked up first (someone else's answers 404 whatever was sent),
 * then the bytes must be an image and agree with the declared type (422 otherwise).
 */
const photoUploadRoute: FastifyPluginAsyncTypebox = async (app) => {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: PHOTO_MAX_BYTES }, (_request, body, done) =>
    done(null, body),
  );

  app.post(
    '/service-requests/:id/photos',
    {
      bodyLimit: PHOTO_MAX_BYTES,
      validatorCompiler: envelopeValidator(null),
      schema: {
        ...common,
        operationId: 'uploadServiceRequestPhoto',
        summary: 'Add a photo to a request the customer raised',
        description: `Raw bytes of a PNG, JPEG, WebP or HEIC image, at most ${PHOTO_MAX_BYTES} bytes, ${PHOTOS_PER_REQUEST} per request. The type is read from the content: bytes that are no such image, or not the image the Content-Type names, answer 422.`,
        consumes: uploadTypes,
        params: IdParams,
        querystring: PhotoQuery,
        body: PhotoBody,
        response: { 201: ServiceRequestPhotoDto, ...problems(400, 401, 403, 404, 413, 422) },
      },
    },
    async (request, reply) => {
      const photo = await addServiceRequestPhoto(app.db, request.portal, request.params.id, {
        data: Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0),
        contentType: request.headers['content-type'],
        filename: request.query.filename,
      });
      return reply.code(201).send(toPhotoDto(photo));
    },
  );
};

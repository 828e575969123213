import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  attachmentContentTypes,
  MESSAGE_ATTACHMENT_MAX_BYTES,
  uploadOfficeAttachment,
  uploadPortalAttachment,
} from '@portico/core';
import type { FastifyInstance } from 'fastify';
import { problems } from '../../http/problem';
import { envelopeValidator } from '../integration/validation';
import { uploadOf } from './attachment-reply';
import { MessageAttachmentDto, UploadBody, UploadQuery } from './schemas';

const consumes = [...attachmentContentTypes, 'application/octet-stream'];
const description = `Raw bytes, at most ${MESSAGE_ATTACHMENT_MAX_BYTES} bytes: a PDF, PNG, JPEG or WebP file. The type is read from the content; a file whose content, Content-Type or name disagree is refused (422). Send the returned id with a message (attachmentIds).`;

/** Only the allowed types are parsed (anything else is a 415), as buffers, up to the file limit. */
function rawUploads(app: FastifyInstance) {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser(
    consumes,
    { parseAs: 'buffer', bodyLimit: MESSAGE_ATTACHMENT_MAX_BYTES },
    (_request, body, done) => done(null, body),
  );
}

/** Office upload, in a context of its own so the JSON parser and limit do not apply. */
export const officeAttachmentUploadRoutes: FastifyPluginAsyncTypebox = async (app) => {
  rawUploads(app);
  app.addHook('onRequest', app.authenticateOffice);
  app.post(
    '/message-attachments',
    {
      bodyLimit: MESSAGE_ATTACHMENT_MAX_BYTES,
      // Raw bytes: the body is checked by core (by content), the query string by its schema.
      validatorCompiler: envelopeValidator(null),
      preHandler: app.requirePermission('contacts.write'),
      schema: {
        tags: ['messages'],
        security: [{ officeBearer: [] }],
        operationId: 'uploadMessageAttachment',
        summary: 'Upload a file to send with a message',
        description,
        consumes,
        querystring: UploadQuery,
        body: UploadBody,
        response: { 201: MessageAttachmentDto, ...problems(400, 401, 403, 413, 415, 422) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await uploadOfficeAttachment(app.db, request.office, uploadOf(request))),
  );
};

/** Portal upload: refused in a view-as-customer preview like every portal write. */
export const portalAttachmentUploadRoutes: FastifyPluginAsyncTypebox = async (app) => {
  rawUploads(app);
  app.addHook('onRequest', app.authenticatePortal);
  app.post(
    '/message-attachments',
    {
      bodyLimit: MESSAGE_ATTACHMENT_MAX_BYTES,
      // Raw bytes: the body is checked by core (by content), the query string by its schema.
      validatorCompiler: envelopeValidator(null),
      schema: {
        tags: ['messages'],
        security: [{ portalBearer: [] }],
        operationId: 'uploadPortalMessageAttachment',
        summary: 'Upload a file to send with a message',
        description,
        consumes,
        querystring: UploadQuery,
        body: UploadBody,
        response: { 201: MessageAttachmentDto, ...problems(400, 401, 403, 413, 415, 422) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await uploadPortalAttachment(app.db, request.portal, uploadOf(request))),
  );
};

import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { reinstateContact, sendPasswordResetFromOffice, suspendContact, updateContact } from '@portico/core';
import { Type } from 'typebox';
import { problems } from '../../http/problem';
import { IdParams } from '../../http/schema-helpers';
import { AccessAreasBody, ContactDto, toContactDto } from '../contacts/schemas';

const SuspendBody = Type.Object(
  {
    note: Type.String({
      maxLength: 1000,
      description: 'Shown to the contact when they try to sign in, e.g. whom to call.',
    }),
  },
  { additionalProperties: false },
);

/** The office's switch on a contact's portal access. */
export const portalAccessRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addHook('onRequest', app.authenticateOffice);
  const manage = app.requirePermission('access.manage');
  const common = { tags: ['contacts'], security: [{ officeBearer: [] }] };

  app.post(
    '/contacts/:id/suspend',
    {
      preHandler: manage,
      schema: {
        ...common,
        operationId: 'suspendContact',
        summary: "Suspend a contact's portal access at once, with a note they will see",
        params: IdParams,
        body: SuspendBody,
        response: { 204: Type.Null(), ...problems(400, 401, 403, 404, 422) },
      },
    },
    async (request, reply) => {
      await app.db.transaction((tx) =>
        suspendContact(tx, request.office, request.params.id, request.body.note),
      );
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/contacts/:id/reinstate',
    {
      preHandler: manage,
      schema: {
        ...common,
        operationId: 'reinstateContact',
        summary: "Reinstate a suspended contact's portal access",
        params: IdParams,
        response: { 204: Type.Null(), ...problems(400, 401, 403, 404, 422) },
      },
    },
    async (request, reply) => {
      await app.db.transaction((tx) => reinstateContact(tx, request.office, request.params.id));
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/contacts/:id/password-reset',
    {
      preHandler: app.requirePermission('contacts.write'),
      schema: {
        ...common,
        operationId: 'sendContactPasswordReset',
        summary: 'Email an enrolled contact a password reset link',
        params: IdParams,
        response: { 202: Type.Null(), ...problems(400, 401, 403, 404, 422) },
      },
    },
    async (request, reply) => {
      await app.db.transaction((tx) => sendPasswordResetFromOffice(tx, request.office, request.params.id));
      return reply.code(202).send(null);
    },
  );

  app.patch(
    '/contacts/:id/access',
    {
      preHandler: manage,
      schema: {
        ...common,
        operationId: 'updateContactAccess',
        summary: 'Set which portal areas a contact may see',
        description:
          'Inspection reports, service reports, proposals, invoices (and payment methods). Takes effect at once.',
        params: IdParams,
        body: AccessAreasBody,
        response: { 200: ContactDto, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) =>
      toContactDto(await updateContact(app.db, request.office, request.params.id, { access: request.body })),
  );
};

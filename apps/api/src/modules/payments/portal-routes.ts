import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { payPortalInvoice } from '@portico/core';
import { problems } from '../../http/problem';
import { defaultEmptyBody, IdParams } from '../../http/schema-helpers';
import { InvoicePaymentDto } from './schemas';

/**
 * "Pay now": a POST (not a plain link) so the click is recorded and access is checked at the
 * moment of paying. Like every portal write it is refused (403) in a view-as-customer preview.
 */
export const portalPaymentRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addHook('onRequest', app.authenticatePortal);

  app.post(
    '/documents/:id/pay',
    {
      preValidation: defaultEmptyBody,
      schema: {
        tags: ['portal-content'],
        security: [{ portalBearer: [] }],
        operationId: 'payPortalInvoice',
        summary: "The payment page of an unpaid invoice (recorded as a click on 'Pay now')",
        description: '404 for an invoice the contact may not see; 422 when it has nothing to pay online.',
        params: IdParams,
        response: { 200: InvoicePaymentDto, ...problems(400, 401, 403, 404, 422) },
      },
    },
    async (request) => payPortalInvoice(app.db, request.portal, request.params.id),
  );
};

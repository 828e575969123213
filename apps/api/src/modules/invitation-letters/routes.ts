import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  type LetterBatch,
  printInvitationLetter,
  printInvitationLetters,
  renderLettersPdf,
} from '@portico/core';
import type { FastifyReply } from 'fastify';
import { PdfResponse, sendPdf } from '../../http/pdf-reply';
import { problems } from '../../http/problem';
import { IdParams } from '../../http/schema-helpers';
import { LetterSummaryHeaders, lettersFilename, PrintLettersBody } from './schemas';

const LettersPdf = { ...PdfResponse, headers: LetterSummaryHeaders };

/** Office: printed invitation letters, one PDF page each, with a one-time code and a QR code. */
export const invitationLetterRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addHook('onRequest', app.authenticateOffice);
  const send = app.requirePermission('invitations.send');
  const common = { tags: ['invitations'], security: [{ officeBearer: [] }] };

  const reply = async (res: FastifyReply, batch: LetterBatch) => {
    const pdf = await renderLettersPdf(batch, app.config.portalUrl);
    res.header('x-letters-printed', String(batch.letters.length));
    res.header('x-letters-skipped', JSON.stringify(batch.skipped));
    return sendPdf(res, { filename: lettersFilename(batch), data: pdf }, 'attachment');
  };

  app.post(
    '/contacts/:id/invitation-letter',
    {
      preHandler: send,
      schema: {
        ...common,
        operationId: 'printInvitationLetter',
        summary: 'Print an invitation letter for a contact (PDF)',
        description:
          'Replaces any pending invitation with a letter invitation whose one-time code is printed once and stored only hashed. Works without an email address. 422 while suspended, 409 when already enrolled.',
        params: IdParams,
        response: { 200: LettersPdf, ...problems(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request, res) => {
      const batch = await app.db.transaction((tx) =>
        printInvitationLetter(tx, request.office, request.params.id),
      );
      return reply(res, batch);
    },
  );

  app.post(
    '/invitation-letters',
    {
      preHandler: send,
      schema: {
        ...common,
        operationId: 'printInvitationLetters',
        summary: 'Print invitation letters for chosen contacts, one page each, as one PDF',
        description:
          'Suspended, enrolled and unknown contacts are left out and listed in the X-Letters-Skipped header. 422 when none can be printed.',
        body: PrintLettersBody,
        response: { 200: LettersPdf, ...problems(400, 401, 403, 422) },
      },
    },
    async (request, res) => {
      const batch = await app.db.transaction((tx) =>
        printInvitationLetters(tx, request.office, request.body.contactIds),
      );
      return reply(res, batch);
    },
  );
};

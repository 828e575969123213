import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { normalizeLetterCode, redeemLetterCode } from '@portico/core';
import { problems } from '../../http/problem';
import { RedeemCodeBody, RedeemedCodeDto } from '../invitation-letters/schemas';

/** Public: the portal's "enter your code" page trades a letter code for the accept page's token. */
export const portalLetterCodeRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/invitation-codes/redeem',
    {
      schema: {
        tags: ['portal'],
        operationId: 'redeemInvitationCode',
        summary: "Redeem a letter's one-time code for its invitation link token",
        description:
          'Single use: the first redemption wins, later ones are refused. Every refusal (unknown, used, expired, replaced) is the same 404 (code invalid_code). Rate limited per IP and per code prefix (429).',
        body: RedeemCodeBody,
        response: { 200: RedeemedCodeDto, ...problems(400, 404, 429) },
      },
    },
    async (request, reply) => {
      const { code } = request.body;
      // Per IP, and per code prefix: guesses at one letter are bounded even from many addresses.
      const prefix = (normalizeLetterCode(code) ?? code.replace(/[\s-]/g, '')).slice(0, 4);
      await app.signInLimits.consume('letter-code', request.ip, prefix);
      const redeemed = await redeemLetterCode(app.db, code);
      reply.header('cache-control', 'no-store');
      return { token: redeemed.token, expiresAt: redeemed.expiresAt.toISOString() };
    },
  );
};

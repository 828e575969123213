import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';

export const portalContentRoutes: FastifyPluginAsyncTypebox = async () => {};

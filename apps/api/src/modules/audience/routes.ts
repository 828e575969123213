import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';

export const audienceRoutes: FastifyPluginAsyncTypebox = async () => {};

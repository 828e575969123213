import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';

export const apiKeyRoutes: FastifyPluginAsyncTypebox = async () => {};

import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';

export const clientGroupRoutes: FastifyPluginAsyncTypebox = async () => {};

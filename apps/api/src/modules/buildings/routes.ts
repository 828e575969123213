import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';

export const buildingRoutes: FastifyPluginAsyncTypebox = async () => {};

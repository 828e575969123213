import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';

export const portalDashboardRoutes: FastifyPluginAsyncTypebox = async () => {};

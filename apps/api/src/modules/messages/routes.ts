import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { officeMessageRoutes } from './office-routes';
import { portalMessageRoutes } from './portal-routes';
import { officeAttachmentUploadRoutes, portalAttachmentUploadRoutes } from './upload-routes';

/** Messages for /api/v1: the inbox and its upload (a context of its own, raw bytes). */
export const messageRoutes: FastifyPluginAsyncTypebox = async (app) => {
  await app.register(officeMessageRoutes);
  await app.register(officeAttachmentUploadRoutes);
};

/** Messages for /portal/v1. */
export const portalMessagesRoutes: FastifyPluginAsyncTypebox = async (app) => {
  await app.register(portalMessageRoutes);
  await app.register(portalAttachmentUploadRoutes);
};

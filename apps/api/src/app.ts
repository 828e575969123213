import cors from '@fastify/cors';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyInstance } from 'fastify';
import type { ApiConfig } from './config';
import { buildValidator } from './http/validators';
import { accountRoutes } from './modules/accounts/routes';
import { apiKeyRoutes } from './modules/api-keys/routes';
import { audienceRoutes } from './modules/audience/routes';
import { authRoutes } from './modules/auth/routes';
import { buildingRoutes } from './modules/buildings/routes';
import { clientGroupRoutes } from './modules/client-groups/routes';
import { contactRoutes } from './modules/contacts/routes';
import { documentRoutes } from './modules/documents/routes';
import { emailFailureRoutes } from './modules/email-failures/routes';
import { healthRoutes } from './modules/health/routes';
import { portalHelpArticleRoutes } from './modules/help-articles/portal-routes';
import { helpArticleRoutes } from './modules/help-articles/routes';
import { inboundContactIntegrationRoutes } from './modules/inbound-contacts/integration-routes';
import { inboundContactRoutes } from './modules/inbound-contacts/routes';
import { integrationRoutes } from './modules/integration/routes';
import { invitationBatchRoutes } from './modules/invitation-batches/routes';
import { invitationLetterRoutes } from './modules/invitation-letters/routes';
import { invitationRoutes } from './modules/invitations/routes';
import { messageRoutes, portalMessagesRoutes } from './modules/messages/routes';
import { contactPreferenceRoutes } from './modules/notification-preferences/office-routes';
import { portalPreferenceRoutes, unsubscribeRoutes } from './modules/notification-preferences/portal-routes';
import { portalPaymentRoutes } from './modules/payments/portal-routes';
import { portalAccessRoutes } from './modules/portal-access/routes';
import { portalLinkRoutes } from './modules/portal-auth/link-routes';
import { portalAuthRoutes } from './modules/portal-auth/routes';
import { portalContentRoutes } from './modules/portal-content/routes';
import { portalDashboardRoutes } from './modules/portal-dashboard/routes';
import { portalInvitationRoutes } from './modules/portal-invitations/routes';
import { portalLetterCodeRoutes } from './modules/portal-letter-codes/routes';
import { officePreviewRoutes } from './modules/portal-previews/office-routes';
import { portalPreviewRoutes } from './modules/portal-previews/portal-routes';
import { reportAlertRoutes } from './modules/report-alerts/routes';
import { reportExportRoutes } from './modules/report-exports/routes';
import { reportScheduleRoutes } from './modules/report-schedules/routes';
import { adoptionReportRoutes } from './modules/reports/adoption-routes';
import { channelShiftReportRoutes } from './modules/reports/channel-shift-routes';
import { usageReportRoutes } from './modules/reports/usage-routes';
import { serviceRequestOfficeRoutes } from './modules/service-requests/office-routes';
import { portalServiceRequestRoutes } from './modules/service-requests/portal-routes';
import { settingsRoutes } from './modules/settings/routes';
import { ssoProviderRoutes } from './modules/sso/office-routes';
import { portalSsoRoutes } from './modules/sso/portal-routes';
import { templateRoutes } from './modules/templates/routes';
import { webhookRoutes } from './modules/webhooks/routes';
import { databasePlugin } from './plugins/database';
import { clientErrorHandler, errorsPlugin, frameworkErrorHandler } from './plugins/errors';
import { integrationAuthPlugin } from './plugins/integration-auth';
import { officeAuthPlugin } from './plugins/office-auth';
import { openapiPlugin } from './plugins/openapi';
import { portalAuthPlugin } from './plugins/portal-auth';
import { redisPlugin } from './plugins/redis';
import { signInLimitsPlugin } from './plugins/sign-in-limits';

declare module 'fastify' {
  interface FastifyInstance {
    config: ApiConfig;
  }
}

/** Builds the API without listening, so tests and the OpenAPI dump use it directly. */
export async function buildApp(config: ApiConfig): Promise<FastifyInstance> {
  const app = Fastify({
    logger: {
      level: config.logLevel,
      // Tokens travel in these; they must never reach a log line.
      redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
    },
    genReqId: () => crypto.randomUUID(),
    requestIdHeader: false,
    trustProxy: config.env === 'production',
    bodyLimit: 1024 * 1024,
    schemaController: { compilersFactory: { buildValidator } },
    // Path values the schemas allow (an integration externalId of 200 characters, percent-encoded
    // up to 12 bytes each) must reach them; Fastify's default of 100 cut them off with a 414.
    routerOptions: { maxParamLength: 2500 },
    frameworkErrors: frameworkErrorHandler,
    clientErrorHandler,
  }).withTypeProvider<TypeBoxTypeProvider>();

  app.decorate('config', config);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  await app.register(errorsPlugin);
  await app.register(cors, { origin: [config.officeUrl, config.portalUrl], credentials: true });
  await app.register(openapiPlugin);
  await app.register(databasePlugin, { url: config.databaseUrl, poolSize: config.databasePoolSize });
  await app.register(redisPlugin, { url: config.redisUrl });
  await app.register(signInLimitsPlugin, { prefix: config.redisPrefix, ...config.signInLimit });
  await app.register(officeAuthPlugin, { jwtSecret: config.jwtSecret });
  await app.register(portalAuthPlugin);
  await app.register(integrationAuthPlugin);

  await app.register(healthRoutes);
  await app.register(
    async (api) => {
      await api.register(authRoutes);
      await api.register(clientGroupRoutes);
      await api.register(accountRoutes);
      await api.register(buildingRoutes);
      await api.register(contactRoutes);
      await api.register(invitationRoutes);
      await api.register(invitationBatchRoutes);
      await api.register(invitationLetterRoutes);
      await api.register(emailFailureRoutes);
      await api.register(portalAccessRoutes);
      await api.register(officePreviewRoutes);
      await api.register(templateRoutes);
      await api.register(settingsRoutes);
      await api.register(helpArticleRoutes);
      await api.register(adoptionReportRoutes);
      await api.register(usageReportRoutes);
      await api.register(channelShiftReportRoutes);
      await api.register(inboundContactRoutes);
      await api.register(reportExportRoutes);
      await api.register(reportScheduleRoutes);
      await api.register(reportAlertRoutes);
      await api.register(documentRoutes);
      await api.register(audienceRoutes);
      await api.register(apiKeyRoutes);
      await api.register(webhookRoutes);
      await api.register(ssoProviderRoutes);
      await api.register(contactPreferenceRoutes);
      await api.register(messageRoutes);
      // Office users and API keys alike (the bearer decides): the operations system reads the feed here.
      await api.register(serviceRequestOfficeRoutes);
      // API-key authenticated: the contractor's other systems push data in here.
      await api.register(integrationRoutes, { prefix: '/integration' });
      await api.register(inboundContactIntegrationRoutes, { prefix: '/integration' });
    },
    { prefix: '/api/v1' },
  );
  await app.register(
    async (portal) => {
      await portal.register(portalAuthRoutes);
      // Public: customer single sign-on (start, callback) and the sign-in page's provider list.
      await portal.register(portalSsoRoutes);
      await portal.register(portalLinkRoutes);
      await portal.register(portalInvitationRoutes);
      await portal.register(portalLetterCodeRoutes);
      await portal.register(portalContentRoutes);
      await portal.register(portalDashboardRoutes);
      await portal.register(portalPreviewRoutes);
      await portal.register(portalPreferenceRoutes);
      await portal.register(portalMessagesRoutes);
      await portal.register(portalServiceRequestRoutes);
      await portal.register(portalHelpArticleRoutes);
      await portal.register(portalPaymentRoutes);
      // Public: the signed link is the only authority (one-click unsubscribe).
      await portal.register(unsubscribeRoutes);
    },
    { prefix: '/portal/v1' },
  );
  return app;
}

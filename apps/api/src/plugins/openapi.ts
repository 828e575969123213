import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { Problem } from '../http/problem';

/** OpenAPI 3.1 generated from the route schemas; the typed client is generated from it. */
export const openapiPlugin = fp(async (app: FastifyInstance) => {
  app.addSchema(Problem);
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Portico API',
        version: '1.0.0',
        description:
          'Office and integration API (`/api/v1`) and customer portal API (`/portal/v1`). Errors are `application/problem+json` (RFC 9457).',
      },
      components: {
        securitySchemes: {
          officeBearer: {
            type: 'http',
            scheme: 'bearer',
            bearerFormat: 'JWT',
            description: 'Office access token (aud: office)',
          },
          portalBearer: {
            type: 'http',
            scheme: 'bearer',
            bearerFormat: 'JWT',
            description: 'Customer access token (aud: portal); the X-Portal-View header picks the view',
          },
          integrationKey: {
            type: 'http',
            scheme: 'bearer',
            description:
              'Integration API key (created in the office API, shown once), scoped per record kind',
          },
        },
      },
      tags: [
        { name: 'auth', description: 'Office staff sign-in and sessions' },
        { name: 'client-groups' },
        { name: 'accounts' },
        { name: 'buildings' },
        { name: 'contacts' },
        { name: 'templates', description: 'Notification email templates' },
        { name: 'settings', description: 'Organization settings' },
        { name: 'invitations', description: 'Portal invitations: single, bulk, the bulk invite tool' },
        {
          name: 'documents',
          description: 'Portal documents as the office sees them, with proposal decisions',
        },
        {
          name: 'audience',
          description: 'Who can see a building or a document, and dry runs of access changes',
        },
        { name: 'api-keys', description: 'Integration API keys' },
        { name: 'integration', description: 'Idempotent upserts by externalId for other systems (API key)' },
        { name: 'portal', description: 'Customer portal (/portal/v1)' },
        {
          name: 'portal-content',
          description: 'What a customer sees: properties, documents, defects, quotes, tasks',
        },
        { name: 'reports', description: 'Portal adoption and usage, channel shift' },
        { name: 'messages', description: 'Conversations between contacts and office staff' },
        {
          name: 'service-requests',
          description: 'Requests customers raise; read and updated by office staff and integrations',
        },
        {
          name: 'portal-service-requests',
          description: 'Service requests as a customer raises and follows them',
        },
        { name: 'sso', description: 'Single sign-on for customers (OpenID Connect providers)' },
        { name: 'help-articles', description: 'Help articles the office writes (Markdown)' },
        { name: 'portal-help', description: 'Published help articles, searchable' },
        {
          name: 'inbound-contacts',
          description: 'The office log of inbound emails and calls (channel shift)',
        },
        { name: 'health' },
      ],
    },
    refResolver: { buildLocalReference: (json, _base, _fragment, i) => (json.$id as string) ?? `def-${i}` },
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
});

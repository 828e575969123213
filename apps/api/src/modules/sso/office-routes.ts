import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  checkDiscovery,
  createSsoProvider,
  deleteSsoProvider,
  getSsoProvider,
  listSsoProviders,
  organizationSlugOf,
  updateSsoProvider,
} from '@portico/core';
import { Type } from 'typebox';
import { problems } from '../../http/problem';
import { IdParams } from '../../http/schema-helpers';
import { ssoRedirectUri, ssoSettingsOf } from './redirect-uri';
import {
  CreateSsoProviderBody,
  SsoDiscoveryCheckBody,
  SsoDiscoveryReport,
  SsoProviderDto,
  SsoProviderList,
  toProviderDto,
  UpdateSsoProviderBody,
} from './schemas';

/** The organization's OpenID Connect providers for customer sign-in. Secrets go in, never out. */
export const ssoProviderRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addHook('onRequest', app.authenticateOffice);
  app.addHook('preHandler', app.requirePermission('settings.manage'));
  const common = { tags: ['sso'], security: [{ officeBearer: [] }] };
  const settings = ssoSettingsOf(app.config);
  const redirectUri = ssoRedirectUri(app.config);

  app.get(
    '/sso-providers',
    {
      schema: {
        ...common,
        operationId: 'listSsoProviders',
        summary: 'List the single sign-on providers, oldest first',
        response: { 200: SsoProviderList, ...problems(401, 403) },
      },
    },
    async (request) => ({
      items: (await listSsoProviders(app.db, request.office)).map((p) => toProviderDto(p, redirectUri)),
      redirectUri,
      signInUrl: `${app.config.portalUrl}/sign-in?org=${encodeURIComponent(await organizationSlugOf(app.db, request.office))}`,
    }),
  );

  app.post(
    '/sso-providers',
    {
      schema: {
        ...common,
        operationId: 'createSsoProvider',
        summary: 'Add a single sign-on provider (the client secret is stored encrypted)',
        body: CreateSsoProviderBody,
        response: { 201: SsoProviderDto, ...problems(400, 401, 403, 422) },
      },
    },
    async (request, reply) => {
      const provider = await createSsoProvider(app.db, request.office, settings, request.body);
      return reply.code(201).send(toProviderDto(provider, redirectUri));
    },
  );

  app.post(
    '/sso-providers/discovery-check',
    {
      schema: {
        ...common,
        operationId: 'checkSsoDiscovery',
        summary: "Read an issuer's discovery document, to check the URL before saving",
        body: SsoDiscoveryCheckBody,
        response: { 200: SsoDiscoveryReport, ...problems(400, 401, 403) },
      },
    },
    async (request) => checkDiscovery(request.body.issuerUrl, settings),
  );

  app.get(
    '/sso-providers/:id',
    {
      schema: {
        ...common,
        operationId: 'getSsoProvider',
        summary: 'One single sign-on provider',
        params: IdParams,
        response: { 200: SsoProviderDto, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) =>
      toProviderDto(await getSsoProvider(app.db, request.office, request.params.id), redirectUri),
  );

  app.patch(
    '/sso-providers/:id',
    {
      schema: {
        ...common,
        operationId: 'updateSsoProvider',
        summary: 'Change a provider, enable or disable it; a client secret sent replaces the stored one',
        params: IdParams,
        body: UpdateSsoProviderBody,
        response: { 200: SsoProviderDto, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) =>
      toProviderDto(
        await updateSsoProvider(app.db, request.office, settings, request.params.id, request.body),
        redirectUri,
      ),
  );

  app.delete(
    '/sso-providers/:id',
    {
      schema: {
        ...common,
        operationId: 'deleteSsoProvider',
        summary: 'Remove a provider (customers who used it sign in another way)',
        params: IdParams,
        response: { 204: Type.Null(), ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      await deleteSsoProvider(app.db, request.office, request.params.id);
      return reply.code(204).send(null);
    },
  );
};

import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  finishSsoLogin,
  listPublicSsoProviders,
  RateLimitedError,
  SSO_LOGIN_TTL_SECONDS,
  SsoRefusedError,
  ssoProviderOrgSlug,
  startSsoLogin,
} from '@portico/core';
import type { FastifyReply } from 'fastify';
import { problems } from '../../http/problem';
import { startPortalSession } from '../portal-auth/session';
import { ssoRedirectUri, ssoSettingsOf } from './redirect-uri';
import { ProviderIdParams, PublicSsoProviders, PublicSsoProvidersQuery, SsoCallbackQuery } from './schemas';

/**
 * Binds a sign-in to the browser that started it: `<providerId>.<state>`. SameSite=Lax, not
 * Strict, because the provider sends the browser back with a cross-site top-level GET.
 */
const SSO_COOKIE = 'portico_sso';
const SSO_COOKIE_PATH = '/portal/v1/sso';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const portalSsoRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const common = { tags: ['portal', 'sso'] };
  const settings = ssoSettingsOf(app.config);
  const redirectUri = ssoRedirectUri(app.config);
  const portalUrl = app.config.portalUrl;
  const secure = app.config.cookieSecure;

  /** Failures land on a portal page that explains; nothing was created. */
  const refuse = async (reply: FastifyReply, error: SsoRefusedError, providerId: string | undefined) => {
    reply.request.log.info({ reason: error.reason, detail: error.detail }, 'single sign-on refused');
    const target = new URL(`${portalUrl}/sign-in/sso-error`);
    target.searchParams.set('reason', error.reason);
    const slug = providerId && UUID.test(providerId) ? await ssoProviderOrgSlug(app.db, providerId) : null;
    if (slug) target.searchParams.set('org', slug);
    const note = error.extra.suspendedNote;
    if (typeof note === 'string' && note) target.searchParams.set('note', note.slice(0, 500));
    return reply.redirect(target.href, 302);
  };

  app.get(
    '/sso/providers',
    {
      schema: {
        ...common,
        operationId: 'listPortalSsoProviders',
        summary: "The organization's enabled single sign-on providers, for its sign-in page",
        querystring: PublicSsoProvidersQuery,
        response: { 200: PublicSsoProviders, ...problems(400, 404) },
      },
    },
    async (request) => listPublicSsoProviders(app.db, request.query.org),
  );

  app.get(
    '/sso/:providerId/start',
    {
      schema: {
        ...common,
        operationId: 'startPortalSso',
        summary: "Redirects to the provider's sign-in (authorization code flow with PKCE)",
        params: ProviderIdParams,
        response: { ...problems(400) },
      },
    },
    async (request, reply) => {
      const { providerId } = request.params;
      try {
        // Per IP only: a provider is shared by everyone, so it cannot be the "account" counted.
        await app.signInLimits.consume('sso', request.ip, `ip:${request.ip}`);
        const { authorizationUrl, state } = await startSsoLogin(app.db, settings, {
          providerId,
          redirectUri,
        });
        reply.setCookie(SSO_COOKIE, `${providerId}.${state}`, {
          httpOnly: true,
          secure,
          sameSite: 'lax',
          path: SSO_COOKIE_PATH,
          maxAge: SSO_LOGIN_TTL_SECONDS,
        });
        return reply.header('cache-control', 'no-store').redirect(authorizationUrl, 302);
      } catch (error) {
        if (error instanceof RateLimitedError)
          return refuse(reply, new SsoRefusedError('too_many_attempts'), providerId);
        if (error instanceof SsoRefusedError) return refuse(reply, error, providerId);
        throw error;
      }
    },
  );

  app.get(
    '/sso/callback',
    {
      schema: {
        ...common,
        operationId: 'finishPortalSso',
        summary:
          'Where the provider sends the customer back: verifies, starts a session, redirects to the portal',
        querystring: SsoCallbackQuery,
        response: { ...problems(400) },
      },
    },
    async (request, reply) => {
      // The code is in this URL: keep it out of caches and out of the next page's Referer.
      reply.header('cache-control', 'no-store').header('referrer-policy', 'no-referrer');
      const [providerId, browserState] = (request.cookies[SSO_COOKIE] ?? '').split('.', 2);
      reply.clearCookie(SSO_COOKIE, { path: SSO_COOKIE_PATH, httpOnly: true, secure, sameSite: 'lax' });
      const callbackUrl = new URL(redirectUri);
      callbackUrl.search = new URL(request.url, 'http://callback.invalid').search;
      try {
        const { contact } = await finishSsoLogin(app.db, settings, { callbackUrl, browserState });
        await startPortalSession(app, request, reply, contact, false);
        return reply.redirect(`${portalUrl}/`, 302);
      } catch (error) {
        if (error instanceof SsoRefusedError) return refuse(reply, error, providerId || undefined);
        throw error;
      }
    },
  );
};

import type { ApiConfig } from '../../config';

/**
 * The callback is reached through the portal's origin (its reverse proxy, or the Vite dev server,
 * forwards /portal/ to the API), so the session cookie it sets belongs to the portal. Built from
 * configuration, never from the Host header.
 */
export const ssoRedirectUri = (config: Pick<ApiConfig, 'portalUrl'>) =>
  `${config.portalUrl}/portal/v1/sso/callback`;

export const ssoSettingsOf = (config: ApiConfig) => ({
  key: config.ssoKey,
  allowInsecureIssuers: config.ssoAllowInsecureIssuers,
});

import { pathKey, unwrap } from '@portico/api-client';
import { queryOptions } from '@tanstack/react-query';
import { api } from '../../../lib/api';

const ORG_KEY = 'portico.portal.org';

/**
 * Which organization's sign-in page this is: `?org=<slug>` on the link the organization shares
 * (remembered on this device for the next visit), since one portal serves many organizations.
 */
export function organizationSlug(search: URLSearchParams): string | null {
  const given = search.get('org')?.trim();
  try {
    if (given) {
      localStorage.setItem(ORG_KEY, given);
      return given;
    }
    return localStorage.getItem(ORG_KEY);
  } catch {
    // Storage can be off (private modes): then only the link's own parameter counts.
    return given || null;
  }
}

export function ssoProvidersOptions(org: string) {
  return queryOptions({
    queryKey: [...pathKey('get', '/portal/v1/sso/providers'), { org }],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/portal/v1/sso/providers', { params: { query: { org } }, signal })),
    staleTime: 5 * 60_000,
    retry: false,
  });
}

/** A full-page navigation, not a fetch: the API answers with a redirect to the provider. */
export const ssoStartUrl = (providerId: string) => `/portal/v1/sso/${encodeURIComponent(providerId)}/start`;

import * as oidc from 'openid-client';
import { ValidationError } from '../errors';
import { resolveWebhookTarget } from '../webhooks/target-guard';

/**
 * How the server reaches identity providers. In production an issuer must be https on a public
 * address (the office types the URL, the server fetches it: the SSRF guard of webhooks applies);
 * `allowInsecureIssuers` lifts both for a local IdP in development and tests.
 */
export interface SsoNetworkPolicy {
  allowInsecureIssuers: boolean;
}

export interface ProviderCredentials {
  issuerUrl: string;
  clientId: string;
  clientSecret: string;
}

function refuse(message: string): never {
  throw new ValidationError(message, [{ field: 'issuerUrl', message }]);
}

/** Checks the issuer URL's shape and where it points, before anything fetches it. */
export async function checkIssuerUrl(raw: string, policy: SsoNetworkPolicy): Promise<URL> {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    refuse('The issuer must be a URL, e.g. https://login.microsoftonline.com/<tenant>/v2.0.');
  }
  if (url.username || url.password || url.search || url.hash)
    refuse('The issuer URL must not carry credentials, a query or a fragment.');
  if (policy.allowInsecureIssuers) {
    if (url.protocol !== 'https:' && url.protocol !== 'http:') refuse('The issuer must be an http(s) URL.');
    return url;
  }
  if (url.protocol !== 'https:') refuse('The issuer must be an https URL.');
  try {
    await resolveWebhookTarget(url.toString(), false);
  } catch (error) {
    if (error instanceof ValidationError) refuse(error.message.replace(/URL/g, 'issuer URL'));
    throw error;
  }
  return url;
}

/**
 * Discovers the provider (/.well-known/openid-configuration, its issuer checked against the URL)
 * and builds the client. Non-repudiation checks make openid-client verify the ID token's
 * signature against the provider's JWKS, not only trust the TLS connection it came over.
 */
export async function oidcConfiguration(
  credentials: ProviderCredentials,
  policy: SsoNetworkPolicy,
): Promise<oidc.Configuration> {
  const issuer = await checkIssuerUrl(credentials.issuerUrl, policy);
  const execute = [oidc.enableNonRepudiationChecks];
  if (policy.allowInsecureIssuers) execute.push(oidc.allowInsecureRequests);
  // The discovery check has no secret: no client authentication is needed to read metadata.
  const secret = credentials.clientSecret;
  return oidc.discovery(
    issuer,
    credentials.clientId,
    secret ? { client_secret: secret } : {},
    secret ? oidc.ClientSecretPost(secret) : oidc.None(),
    { execute, timeout: 5 },
  );
}

export interface DiscoveryReport {
  issuer: string;
  authorizationEndpoint: string;
  tokenEndpoint: string;
  jwksUri: string | null;
  supportsPkceS256: boolean;
}

/** The office's "check discovery": what the provider publishes, or why it could not be read. */
export async function checkDiscovery(issuerUrl: string, policy: SsoNetworkPolicy): Promise<DiscoveryReport> {
  let config: oidc.Configuration;
  try {
    config = await oidcConfiguration({ issuerUrl, clientId: 'discovery-check', clientSecret: '' }, policy);
  } catch (error) {
    if (error instanceof ValidationError) throw error;
    refuse(`The provider's discovery document could not be read: ${describeOidcError(error)}`);
  }
  const meta = config.serverMetadata();
  if (!meta.authorization_endpoint || !meta.token_endpoint)
    refuse('The provider does not publish an authorization and a token endpoint.');
  return {
    issuer: meta.issuer,
    authorizationEndpoint: meta.authorization_endpoint,
    tokenEndpoint: meta.token_endpoint,
    jwksUri: meta.jwks_uri ?? null,
    supportsPkceS256: meta.code_challenge_methods_supported?.includes('S256') ?? false,
  };
}

/** A short, secret-free reason from openid-client's and fetch's errors. */
export function describeOidcError(error: unknown): string {
  if (!(error instanceof Error)) return 'unknown error';
  const cause = error.cause instanceof Error ? ` (${error.cause.message})` : '';
  return `${error.message}${cause}`.slice(0, 300);
}

import type { SsoProvider } from '@portico/core';
import { Type } from 'typebox';
import { Nullable } from '../../http/schema-helpers';

export const SsoProviderDto = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    displayName: Type.String({ description: 'What the sign-in button says: "Sign in with <displayName>".' }),
    issuerUrl: Type.String({ description: 'The OpenID Connect issuer identifier.' }),
    clientId: Type.String(),
    enabled: Type.Boolean(),
    redirectUri: Type.String({ description: 'The redirect URI to register at the provider.' }),
    createdAt: Type.String({ format: 'date-time' }),
    updatedAt: Type.String({ format: 'date-time' }),
  },
  { title: 'SsoProvider', description: 'The client secret is write-only: it is never returned.' },
);

export const SsoProviderList = Type.Object(
  {
    items: Type.Array(SsoProviderDto),
    redirectUri: Type.String({ description: 'The redirect URI every provider of this portal uses.' }),
    signInUrl: Type.String({
      description: "The portal's sign-in page for this organization, where its providers' buttons show.",
    }),
  },
  { title: 'SsoProviderList' },
);

const displayName = Type.String({ minLength: 1, maxLength: 60 });
const issuerUrl = Type.String({ minLength: 1, maxLength: 500 });
const clientId = Type.String({ minLength: 1, maxLength: 300 });
const clientSecret = Type.String({ minLength: 1, maxLength: 1000, description: 'Write-only.' });

export const CreateSsoProviderBody = Type.Object(
  { displayName, issuerUrl, clientId, clientSecret, enabled: Type.Optional(Type.Boolean()) },
  { additionalProperties: false },
);

export const UpdateSsoProviderBody = Type.Object(
  {
    displayName: Type.Optional(displayName),
    issuerUrl: Type.Optional(issuerUrl),
    clientId: Type.Optional(clientId),
    clientSecret: Type.Optional(clientSecret),
    enabled: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);

export const SsoDiscoveryCheckBody = Type.Object({ issuerUrl }, { additionalProperties: false });

export const SsoDiscoveryReport = Type.Object(
  {
    issuer: Type.String(),
    authorizationEndpoint: Type.String(),
    tokenEndpoint: Type.String(),
    jwksUri: Nullable(Type.String()),
    supportsPkceS256: Type.Boolean(),
  },
  { title: 'SsoDiscoveryReport' },
);

export const PublicSsoProvidersQuery = Type.Object({
  org: Type.String({ minLength: 1, maxLength: 100, description: "The organization's slug." }),
});

export const PublicSsoProviders = Type.Object(
  {
    organization: Type.Object({
      slug: Type.String(),
      name: Type.String(),
      logoUrl: Nullable(Type.String()),
      brandColor: Type.String(),
    }),
    providers: Type.Array(Type.Object({ id: Type.String({ format: 'uuid' }), displayName: Type.String() })),
  },
  { title: 'PublicSsoProviders' },
);

export const ProviderIdParams = Type.Object({ providerId: Type.String({ format: 'uuid' }) });

export const SsoCallbackQuery = Type.Object(
  {
    state: Type.Optional(Type.String({ maxLength: 500 })),
    code: Type.Optional(Type.String({ maxLength: 4000 })),
    iss: Type.Optional(Type.String({ maxLength: 500 })),
    error: Type.Optional(Type.String({ maxLength: 200 })),
    error_description: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  { additionalProperties: true },
);

export const toProviderDto = (p: SsoProvider, redirectUri: string) => ({
  id: p.id,
  displayName: p.displayName,
  issuerUrl: p.issuerUrl,
  clientId: p.clientId,
  enabled: p.enabled,
  redirectUri,
  createdAt: p.createdAt.toISOString(),
  updatedAt: p.updatedAt.toISOString(),
});

import type { ApiKey } from '@portico/core';
import { apiKeyScopes } from '@portico/db';
import { Type } from 'typebox';
import { pageQuery } from '../../http/pagination';
import { Nullable, StringEnum } from '../../http/schema-helpers';

export const ApiKeyScopeSchema = StringEnum(apiKeyScopes, { description: 'What the key may write.' });

export const ApiKeyDto = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    name: Type.String(),
    prefix: Type.String({ description: 'The first characters of the key, to tell keys apart.' }),
    scopes: Type.Array(ApiKeyScopeSchema),
    createdAt: Type.String({ format: 'date-time' }),
    lastUsedAt: Nullable(Type.String({ format: 'date-time' })),
    revokedAt: Nullable(Type.String({ format: 'date-time' })),
  },
  { title: 'ApiKey' },
);

export const CreateApiKeyBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 100 }),
    scopes: Type.Array(ApiKeyScopeSchema, { minItems: 1, maxItems: apiKeyScopes.length, uniqueItems: true }),
  },
  { additionalProperties: false },
);

export const CreatedApiKey = Type.Object(
  {
    apiKey: ApiKeyDto,
    key: Type.String({ description: 'The key itself. Shown this once: only its hash is stored.' }),
  },
  { title: 'CreatedApiKey' },
);

export const ListApiKeysQuery = Type.Object({ ...pageQuery }, { additionalProperties: false });

export const toApiKeyDto = (key: ApiKey) => ({
  id: key.id,
  name: key.name,
  prefix: key.prefix,
  scopes: key.scopes,
  createdAt: key.createdAt.toISOString(),
  lastUsedAt: key.lastUsedAt?.toISOString() ?? null,
  revokedAt: key.revokedAt?.toISOString() ?? null,
});

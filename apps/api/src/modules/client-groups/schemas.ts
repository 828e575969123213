import type { ClientGroup } from '@portico/core';
import { Type } from 'typebox';
import { pageQuery } from '../../http/pagination';
import { Nullable } from '../../http/schema-helpers';

const name = () => Type.String({ minLength: 1, maxLength: 200 });
const externalId = () => Type.Optional(Nullable(Type.String({ maxLength: 200 })));

export const ClientGroupDto = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    name: Type.String(),
    externalId: Nullable(Type.String()),
    accountCount: Type.Integer({
      description: 'Accounts in the group; list them with `GET /accounts?clientGroupId=`.',
    }),
    createdAt: Type.String({ format: 'date-time' }),
    updatedAt: Type.String({ format: 'date-time' }),
  },
  { title: 'ClientGroup' },
);

export const CreateClientGroupBody = Type.Object(
  { name: name(), externalId: externalId() },
  { additionalProperties: false },
);

export const UpdateClientGroupBody = Type.Object(
  { name: Type.Optional(name()), externalId: externalId() },
  { additionalProperties: false, minProperties: 1 },
);

export const ListClientGroupsQuery = Type.Object(
  {
    ...pageQuery,
    q: Type.Optional(Type.String({ maxLength: 200, description: 'Name contains (case-insensitive).' })),
  },
  { additionalProperties: false },
);

export const toClientGroupDto = (g: ClientGroup) => ({
  ...g,
  createdAt: g.createdAt.toISOString(),
  updatedAt: g.updatedAt.toISOString(),
});

import { permissions } from '@portico/db';
import { Type } from 'typebox';
import { StringEnum } from '../../http/schema-helpers';

export const SignInBody = Type.Object(
  {
    email: Type.String({ format: 'email', maxLength: 320 }),
    password: Type.String({ minLength: 1, maxLength: 1024 }),
    staySignedIn: Type.Optional(
      Type.Boolean({ default: false, description: 'Keep the session for 30 days.' }),
    ),
  },
  { additionalProperties: false },
);

export const Me = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    email: Type.String(),
    name: Type.String(),
    role: Type.String(),
    permissions: Type.Array(StringEnum(permissions)),
    organization: Type.Object({ id: Type.String({ format: 'uuid' }), name: Type.String() }),
  },
  { title: 'Me' },
);

export const Session = Type.Object(
  {
    accessToken: Type.String(),
    tokenType: Type.Literal('Bearer'),
    expiresIn: Type.Integer({ description: 'Seconds until the access token expires.' }),
    user: Me,
  },
  { title: 'OfficeSession' },
);

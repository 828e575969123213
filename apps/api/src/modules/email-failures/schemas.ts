import type { EmailFailure } from '@portico/core';
import { Type } from 'typebox';
import { pageQuery } from '../../http/pagination';
import { Nullable } from '../../http/schema-helpers';

export const EmailFailureDto = Type.Object(
  {
    invitationId: Type.String({ format: 'uuid' }),
    contactId: Type.String({ format: 'uuid' }),
    contactName: Type.String(),
    email: Nullable(Type.String()),
    reason: Nullable(Type.String({ description: "The SMTP server's last answer." })),
    attempts: Type.Integer(),
    batchId: Nullable(Type.String({ format: 'uuid' })),
    failedAt: Type.String({ format: 'date-time' }),
    retryable: Type.Boolean({ description: 'False once the invitation is accepted, revoked or expired.' }),
  },
  { title: 'EmailFailure' },
);

export const ListEmailFailuresQuery = Type.Object(
  {
    ...pageQuery,
    order: Type.Optional(Type.Union([Type.Literal('asc'), Type.Literal('desc')], { default: 'desc' })),
  },
  { additionalProperties: false },
);

export const InvitationIdParams = Type.Object({ invitationId: Type.String({ format: 'uuid' }) });

export const toEmailFailureDto = (f: EmailFailure) => ({ ...f, failedAt: f.failedAt.toISOString() });

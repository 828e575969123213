import type { HistoryEntry, Invitation } from '@portico/core';
import { schema } from '@portico/db';
import { Type } from 'typebox';
import { Nullable, StringEnum } from '../../http/schema-helpers';
import { ContactFilterFields } from '../contacts/schemas';

export const InviteBody = Type.Object(
  {
    templateId: Type.Optional(
      Type.String({
        format: 'uuid',
        description: "An invitation template; the organization's default when omitted.",
      }),
    ),
    fromAddress: Type.Optional(Type.String({ format: 'email', maxLength: 320 })),
  },
  { additionalProperties: false },
);

export const InvitationDto = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    contactId: Type.String({ format: 'uuid' }),
    status: StringEnum(['pending', 'accepted', 'expired', 'revoked'] as const),
    deliveryState: StringEnum(['queued', 'sending', 'sent', 'failed'] as const),
    expiresAt: Type.String({ format: 'date-time' }),
    createdAt: Type.String({ format: 'date-time' }),
  },
  { title: 'Invitation' },
);

export const HistoryEntryDto = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    type: StringEnum(schema.invitationEventType.enumValues),
    at: Type.String({ format: 'date-time' }),
    invitationId: Nullable(Type.String({ format: 'uuid' })),
    actor: Type.Object({
      type: StringEnum(['office_user', 'contact', 'integration', 'system'] as const),
      id: Nullable(Type.String({ format: 'uuid' })),
      name: Nullable(Type.String()),
    }),
    detail: Type.Record(
      Type.String(),
      Type.Union([Type.String(), Type.Number(), Type.Boolean(), Type.Null()]),
      {
        description: 'email_sent: messageId; email_failed: reason; link to a batch: batchId.',
      },
    ),
  },
  { title: 'PortalHistoryEntry' },
);

export const IdempotencyHeaders = Type.Object({
  'idempotency-key': Type.Optional(
    Type.String({
      minLength: 1,
      maxLength: 200,
      description: 'Repeat a request safely: the same key answers the first result.',
    }),
  ),
});

export const BulkInviteBody = Type.Object(
  {
    contactIds: Type.Optional(
      Type.Array(Type.String({ format: 'uuid' }), { minItems: 1, maxItems: 10_000, uniqueItems: true }),
    ),
    filter: Type.Optional(
      Type.Object(ContactFilterFields, {
        additionalProperties: false,
        description: "The contact list's filters: 'select all matching'.",
      }),
    ),
    templateId: Type.Optional(Type.String({ format: 'uuid' })),
    fromAddress: Type.Optional(Type.String({ format: 'email', maxLength: 320 })),
  },
  { additionalProperties: false },
);

export const BatchResultDto = Type.Object(
  {
    batchId: Type.String({ format: 'uuid' }),
    invited: Type.Integer(),
    skipped: Type.Object({ enrolled: Type.Integer(), noEmail: Type.Integer(), suspended: Type.Integer() }),
    replayed: Type.Boolean({
      description: 'True when an earlier request with the same Idempotency-Key made this batch.',
    }),
  },
  { title: 'InvitationBatchResult' },
);

export const toInvitationDto = (i: Invitation) => ({
  id: i.id,
  contactId: i.contactId,
  status: i.status,
  deliveryState: i.deliveryState,
  expiresAt: i.expiresAt.toISOString(),
  createdAt: i.createdAt.toISOString(),
});

export const toHistoryEntryDto = (e: HistoryEntry) => ({ ...e, at: e.at.toISOString() });

import { batchCategories } from '@portico/core';
import { Type } from 'typebox';
import { pageQuery } from '../../http/pagination';
import { StringEnum } from '../../http/schema-helpers';

const text = () => Type.Optional(Type.String({ minLength: 1, maxLength: 200 }));

export const BatchFilterDto = Type.Object(
  {
    division: text(),
    accountClass: text(),
    billGroup: text(),
    accountSource: text(),
    siteSource: text(),
    withActiveServices: Type.Optional(
      Type.Boolean({ description: 'Accounts with at least one active service.' }),
    ),
    withBalanceDue: Type.Optional(Type.Boolean({ description: 'Accounts with an outstanding balance.' })),
    billingContactsOnly: Type.Optional(Type.Boolean({ description: "Only the accounts' billing contacts." })),
    withoutAutopay: Type.Optional(Type.Boolean({ description: 'Accounts without automatic payment.' })),
    activeCustomersOnly: Type.Optional(Type.Boolean({ default: true })),
  },
  { additionalProperties: false, title: 'InvitationBatchFilter' },
);

export const PreviewBody = Type.Object({ filter: BatchFilterDto }, { additionalProperties: false });

export const BatchCounts = Type.Object(
  {
    total: Type.Integer({ description: 'Contacts the filters reach.' }),
    accepted: Type.Integer({ description: 'Already enrolled: no email is sent.' }),
    pending: Type.Integer({ description: 'Invited, not accepted yet: invited again.' }),
    notSent: Type.Integer({ description: 'Never invited, or their invitation expired: invited.' }),
    cannotInvite: Type.Integer({ description: 'No email address.' }),
    suspended: Type.Integer({ description: 'Suspended from the portal: skipped.' }),
  },
  { title: 'InvitationBatchPreview' },
);

export const RecipientsBody = Type.Object(
  {
    filter: BatchFilterDto,
    category: StringEnum(batchCategories),
    limit: pageQuery.limit,
    cursor: pageQuery.cursor,
  },
  { additionalProperties: false },
);

export const CreateBatchBody = Type.Object(
  {
    filter: BatchFilterDto,
    fromAddress: Type.Optional(Type.String({ format: 'email', maxLength: 320 })),
    templateId: Type.Optional(Type.String({ format: 'uuid' })),
  },
  { additionalProperties: false },
);

export const BatchProgressDto = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    total: Type.Integer(),
    skipped: Type.Record(Type.String(), Type.Integer()),
    queued: Type.Integer({ description: 'Waiting to be sent.' }),
    sent: Type.Integer(),
    failed: Type.Integer(),
    done: Type.Boolean(),
    createdAt: Type.String({ format: 'date-time' }),
  },
  { title: 'InvitationBatchProgress' },
);

import {
  attachmentContentTypes,
  MESSAGE_ATTACHMENTS_PER_MESSAGE,
  MESSAGE_BODY_MAX,
  type MessageAttachmentInfo,
  type MessageThreadDetail,
  type MessageThreadSummary,
} from '@portico/core';
import { Type } from 'typebox';
import { pageQuery } from '../../http/pagination';
import { Nullable, StringEnum } from '../../http/schema-helpers';

const uuid = Type.String({ format: 'uuid' });
const Status = StringEnum(['open', 'closed'] as const);
const AuthorKind = StringEnum(['contact', 'office'] as const);

export const MessageAttachmentDto = Type.Object(
  { id: uuid, filename: Type.String(), contentType: Type.String(), byteSize: Type.Integer() },
  { title: 'MessageAttachment' },
);

export const MessageThreadSummaryDto = Type.Object(
  {
    id: uuid,
    subject: Type.String(),
    status: Status,
    about: Type.Object({
      kind: StringEnum(['account', 'building', 'document'] as const),
      accountId: uuid,
      accountName: Type.String(),
      buildingId: Nullable(uuid),
      buildingName: Nullable(Type.String()),
      documentId: Nullable(uuid),
      documentTitle: Nullable(Type.String()),
    }),
    startedBy: AuthorKind,
    contact: Nullable(
      Type.Object(
        { id: uuid, name: Type.String() },
        { description: 'Who started it, or whom the office wrote to.' },
      ),
    ),
    assignee: Nullable(Type.Object({ id: uuid, name: Type.String() })),
    lastMessageAt: Type.String({ format: 'date-time' }),
    createdAt: Type.String({ format: 'date-time' }),
    unreadCount: Type.Integer({
      description: "Messages the reader has not read yet (the office's, as a team).",
    }),
    lastMessage: Nullable(Type.Object({ authorKind: AuthorKind, preview: Type.String() })),
  },
  { title: 'MessageThreadSummary' },
);

export const MessageDto = Type.Object(
  {
    id: uuid,
    authorKind: AuthorKind,
    authorName: Type.String(),
    mine: Type.Boolean({ description: "The reader's own message." }),
    body: Type.String(),
    createdAt: Type.String({ format: 'date-time' }),
    attachments: Type.Array(MessageAttachmentDto),
  },
  { title: 'Message' },
);

export const MessageThreadDto = Type.Object(
  { ...MessageThreadSummaryDto.properties, messages: Type.Array(MessageDto) },
  { title: 'MessageThread' },
);

const body = Type.String({ minLength: 1, maxLength: MESSAGE_BODY_MAX });
const attachmentIds = Type.Optional(
  Type.Array(uuid, {
    maxItems: MESSAGE_ATTACHMENTS_PER_MESSAGE,
    description: 'Ids from the attachment upload, sent with this message.',
  }),
);

export const About = Type.Object(
  { accountId: Type.Optional(uuid), buildingId: Type.Optional(uuid), documentId: Type.Optional(uuid) },
  { additionalProperties: false, description: 'Exactly one: what the conversation is about.' },
);

export const ReplyBody = Type.Object({ body, attachmentIds }, { additionalProperties: false });

const subject = Type.String({ minLength: 1, maxLength: 200 });

export const StartPortalThreadBody = Type.Object(
  { subject, body, about: About, attachmentIds },
  { additionalProperties: false },
);

export const StartOfficeThreadBody = Type.Object(
  { contactId: uuid, subject, body, about: About, attachmentIds },
  { additionalProperties: false },
);

export const UpdateThreadBody = Type.Object(
  {
    status: Type.Optional(Status),
    assigneeId: Type.Optional(Nullable(uuid)),
  },
  { additionalProperties: false, minProperties: 1 },
);

export const ListOfficeThreadsQuery = Type.Object(
  {
    ...pageQuery,
    status: Type.Optional(Status),
    assignee: Type.Optional(
      Type.Union([uuid, Type.Literal('me'), Type.Literal('unassigned')], {
        description: 'An office user id, `me`, or `unassigned`.',
      }),
    ),
    accountId: Type.Optional(uuid),
    unread: Type.Optional(
      Type.Boolean({ description: 'Only threads with (true) or without (false) unread contact messages.' }),
    ),
  },
  { additionalProperties: false },
);

export const ListPortalThreadsQuery = Type.Object(
  { ...pageQuery, status: Type.Optional(Status) },
  { additionalProperties: false },
);

export const MessageAssigneeList = Type.Object(
  { items: Type.Array(Type.Object({ id: uuid, name: Type.String() })) },
  { title: 'MessageAssigneeList' },
);

export const OfficeUnreadDto = Type.Object({ threads: Type.Integer() }, { title: 'OfficeMessageUnread' });
export const PortalUnreadDto = Type.Object(
  { threads: Type.Integer(), messages: Type.Integer() },
  { title: 'PortalMessageUnread' },
);

export const AttachmentParams = Type.Object({ id: uuid, attachmentId: uuid });
export const UploadQuery = Type.Object(
  { filename: Type.Optional(Type.String({ maxLength: 255 })) },
  { additionalProperties: false },
);
export const UploadBody = Type.Unsafe<Buffer>({ type: 'string', format: 'binary' });

export const AttachmentResponse = {
  description: 'The file, as sent.',
  content: Object.fromEntries(
    attachmentContentTypes.map((type) => [
      type,
      { schema: Type.Unsafe<Buffer>({ type: 'string', format: 'binary' }) },
    ]),
  ),
};

const iso = (d: Date) => d.toISOString();

export function toSummaryDto(s: MessageThreadSummary) {
  return { ...s, lastMessageAt: iso(s.lastMessageAt), createdAt: iso(s.createdAt) };
}

export const toAttachmentDto = (a: MessageAttachmentInfo) => a;

export function toThreadDto(t: MessageThreadDetail) {
  return {
    ...toSummaryDto(t),
    messages: t.messages.map((m) => ({ ...m, createdAt: iso(m.createdAt) })),
  };
}

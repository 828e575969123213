import { type PortalPreviewRecord as PortalPreviewRecordOf, portalStatuses } from '@portico/core';
import { Type } from 'typebox';
import { Nullable, StringEnum } from '../../http/schema-helpers';
import { PortalMe } from '../portal-auth/schemas';

export const StartedPreview = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    url: Type.String({
      description:
        'Open in a new tab: the portal page that starts the preview. The one-time code is in the fragment, so it never reaches a server log.',
    }),
    codeExpiresAt: Type.String({ format: 'date-time', description: 'The link works once, until then.' }),
  },
  { title: 'StartedPortalPreview' },
);

export const PortalPreviewRecord = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    officeUser: Type.Object({ id: Nullable(Type.String({ format: 'uuid' })), name: Type.String() }),
    startedAt: Type.String({ format: 'date-time' }),
    openedAt: Nullable(
      Type.String({ format: 'date-time', description: 'When the preview tab used the link.' }),
    ),
    endedAt: Nullable(Type.String({ format: 'date-time', description: 'When "End preview" was pressed.' })),
    expiresAt: Nullable(Type.String({ format: 'date-time' })),
    ip: Nullable(Type.String()),
    userAgent: Nullable(Type.String()),
  },
  { title: 'PortalPreviewRecord' },
);

export const PreviewCodeBody = Type.Object(
  { code: Type.String({ minLength: 20, maxLength: 200, pattern: '^[A-Za-z0-9_-]+$' }) },
  { additionalProperties: false },
);

export const PortalPreviewInfo = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    officeUserName: Type.String(),
    contactStatus: StringEnum(portalStatuses, {
      description: 'Where the contact stands: the banner says when they could not sign in themselves.',
    }),
    expiresAt: Type.String({ format: 'date-time' }),
  },
  { title: 'PortalPreviewInfo' },
);

export const PortalPreviewSession = Type.Object(
  {
    accessToken: Type.String({ description: 'Read-only, in memory only: there is no refresh.' }),
    tokenType: Type.Literal('Bearer'),
    expiresIn: Type.Integer(),
    me: PortalMe,
    preview: PortalPreviewInfo,
  },
  { title: 'PortalPreviewSession' },
);

const iso = (d: Date | null) => d?.toISOString() ?? null;

export const toPortalPreviewRecordDto = (r: PortalPreviewRecordOf) => ({
  ...r,
  startedAt: r.startedAt.toISOString(),
  openedAt: iso(r.openedAt),
  endedAt: iso(r.endedAt),
  expiresAt: iso(r.expiresAt),
});

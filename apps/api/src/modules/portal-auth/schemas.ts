import type { PortalContact, PortalView, PortalViews } from '@portico/core';
import type { PortalPanels } from '@portico/db';
import { Type } from 'typebox';
import { Nullable, StringEnum } from '../../http/schema-helpers';
import { AccessAreas } from '../contacts/schemas';

export const PortalViewDto = Type.Object(
  {
    key: Type.String({ description: 'Send as the X-Portal-View header: all, group:<id> or account:<id>.' }),
    kind: StringEnum(['all', 'group', 'account'] as const),
    id: Nullable(Type.String({ format: 'uuid' })),
    name: Type.String(),
  },
  { title: 'PortalView' },
);

export const PortalPanelsDto = Type.Object(
  {
    activityReport: Type.Boolean(),
    spendTracking: Type.Boolean(),
    defectAnalytics: Type.Boolean(),
    routineActivities: Type.Boolean(),
    serviceCalls: Type.Boolean(),
  },
  {
    title: 'PortalPanels',
    description:
      'The home page layout in the current view: a panel shows only if every account in the view shows it.',
  },
);

export const PortalMe = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    firstName: Type.String(),
    lastName: Type.String(),
    email: Nullable(Type.String()),
    access: AccessAreas,
    organization: Type.Object({
      name: Type.String(),
      logoUrl: Nullable(Type.String()),
      brandColor: Type.String(),
    }),
    views: Type.Array(PortalViewDto),
    defaultView: Type.String({ description: 'The key of the view used when a request names none.' }),
    panels: PortalPanelsDto,
  },
  { title: 'PortalMe' },
);

export const PortalSession = Type.Object(
  {
    accessToken: Type.String(),
    tokenType: Type.Literal('Bearer'),
    expiresIn: Type.Integer(),
    me: PortalMe,
  },
  { title: 'PortalSession' },
);

export const Password = Type.String({ minLength: 1, maxLength: 1024 });
export const StaySignedIn = Type.Optional(
  Type.Boolean({ default: false, description: 'Keep the session for 30 days.' }),
);

export const PortalSignInBody = Type.Object(
  { email: Type.String({ format: 'email', maxLength: 320 }), password: Password, staySignedIn: StaySignedIn },
  { additionalProperties: false },
);

export const AcceptInvitationBody = Type.Object(
  {
    password: Password,
    staySignedIn: StaySignedIn,
    email: Type.Optional(
      Type.String({
        format: 'email',
        maxLength: 320,
        description:
          'Only when the invitation says `needsEmail`: the address to sign in with (stored lower-cased). Refused otherwise.',
      }),
    ),
  },
  { additionalProperties: false },
);

const viewDto = (v: PortalView) => ({
  key: v.kind === 'all' ? 'all' : `${v.kind}:${v.id}`,
  kind: v.kind,
  id: v.kind === 'all' ? null : v.id,
  name: v.kind === 'all' ? 'All my properties' : v.name,
});

export const toPortalMe = (c: PortalContact, views: PortalViews, panels: PortalPanels) => ({
  id: c.id,
  firstName: c.firstName,
  lastName: c.lastName,
  email: c.email,
  access: c.access,
  organization: {
    name: c.organization.name,
    logoUrl: c.organization.logoUrl,
    brandColor: c.organization.brandColor,
  },
  views: views.views.map(viewDto),
  defaultView: viewDto(views.defaultView).key,
  panels,
});

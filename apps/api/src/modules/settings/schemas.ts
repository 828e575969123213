import { type OrganizationSettings, settingsLimits } from '@portico/core';
import { Type } from 'typebox';
import { Nullable } from '../../http/schema-helpers';

const { inviteExpiryDays, reminderAfterDays, reminderMaxCount } = settingsLimits;

const panels = {
  activityReport: Type.Boolean(),
  spendTracking: Type.Boolean(),
  defectAnalytics: Type.Boolean(),
  routineActivities: Type.Boolean(),
  serviceCalls: Type.Boolean(),
};

export const SettingsDto = Type.Object(
  {
    name: Type.String(),
    brandColor: Type.String(),
    logoUrl: Nullable(Type.String()),
    autoInviteNewContacts: Type.Boolean(),
    inviteExpiryDays: Type.Integer(),
    defaultEmailFrom: Nullable(Type.String()),
    remindersEnabled: Type.Boolean(),
    reminderAfterDays: Type.Integer(),
    reminderMaxCount: Type.Integer(),
    portalPanels: Type.Object(panels, { title: 'PortalPanels', description: 'Defaults for every account.' }),
    webhooksAllowPrivateTargets: Type.Boolean(),
    paymentLinkTemplate: Nullable(Type.String()),
    updatedAt: Type.String({ format: 'date-time' }),
  },
  { title: 'Settings' },
);

export const UpdateSettingsBody = Type.Object(
  {
    name: Type.Optional(Type.String({ minLength: 1, maxLength: settingsLimits.name })),
    brandColor: Type.Optional(Type.String({ pattern: '^#[0-9a-fA-F]{6}$', description: '#rrggbb' })),
    // https only: the logo is shown inside the portal and emails, where mixed content is blocked.
    logoUrl: Type.Optional(
      Nullable(
        Type.String({
          format: 'uri',
          pattern: '^https://[^/?#\\s]+([/?#]\\S*)?$',
          maxLength: 2000,
          description: 'An https URL with a host.',
        }),
      ),
    ),
    autoInviteNewContacts: Type.Optional(
      Type.Boolean({ description: 'Invite every new contact that has an email.' }),
    ),
    inviteExpiryDays: Type.Optional(
      Type.Integer({ minimum: inviteExpiryDays.min, maximum: inviteExpiryDays.max }),
    ),
    defaultEmailFrom: Type.Optional(
      Nullable(Type.String({ format: 'email', maxLength: 320, description: 'Used when a send names none.' })),
    ),
    remindersEnabled: Type.Optional(Type.Boolean()),
    reminderAfterDays: Type.Optional(
      Type.Integer({
        minimum: reminderAfterDays.min,
        maximum: reminderAfterDays.max,
        description: 'Days after an unaccepted invitation before a reminder goes out.',
      }),
    ),
    reminderMaxCount: Type.Optional(
      Type.Integer({
        minimum: reminderMaxCount.min,
        maximum: reminderMaxCount.max,
        description: 'Reminders per invitation at most.',
      }),
    ),
    webhooksAllowPrivateTargets: Type.Optional(
      Type.Boolean({
        description:
          'Let webhook endpoints target private, loopback or link-local addresses (an on-premises receiver). Off by default: such URLs are refused.',
      }),
    ),
    paymentLinkTemplate: Type.Optional(
      Nullable(
        Type.String({
          maxLength: 2000,
          description:
            'The payment page behind "Pay now", e.g. https://pay.example.com/?invoice={number}&amount={amount}&currency={currency}. https only (http for localhost); placeholders {number}, {amount} (what is left to pay), {currency}, filled URL-encoded. null or empty: no template.',
        }),
      ),
    ),
    portalPanels: Type.Optional(
      Type.Partial(Type.Object(panels), {
        additionalProperties: false,
        description: 'Only the panels that change.',
      }),
    ),
  },
  { additionalProperties: false, minProperties: 1 },
);

export const toSettingsDto = (s: OrganizationSettings) => ({ ...s, updatedAt: s.updatedAt.toISOString() });

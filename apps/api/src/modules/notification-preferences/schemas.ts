import { notificationCategories, notificationChoices } from '@portico/core';
import { Type } from 'typebox';
import { Nullable, StringEnum } from '../../http/schema-helpers';

export const NotificationCategory = StringEnum(notificationCategories, {
  description:
    'new_documents: inspection and service reports; invoices_due: invoices; proposals: proposals awaiting a decision; service_requests: changes to requests the contact raised; messages: replies to its messages.',
});
export const NotificationChoice = StringEnum(notificationChoices, {
  description: 'immediately: an email as things are published; daily: one summary email a day; off: none.',
});

export const NotificationPreferenceDto = Type.Object(
  {
    category: NotificationCategory,
    choice: NotificationChoice,
    updatedAt: Nullable(Type.String({ format: 'date-time', description: 'Null while at the default.' })),
    updatedBy: Nullable(
      StringEnum(['contact', 'unsubscribe_link'] as const, {
        description: 'contact: on the settings page; unsubscribe_link: a one-click link in an email.',
      }),
    ),
    choices: Type.Array(NotificationChoice, {
      description: 'What may be chosen for this category (messages and service requests have no digest).',
    }),
  },
  { title: 'NotificationPreference' },
);

export const NotificationPreferencesDto = Type.Object(
  {
    preferences: Type.Array(NotificationPreferenceDto, { description: 'Every category, in a fixed order.' }),
  },
  { title: 'NotificationPreferences' },
);

export const UpdateNotificationPreferencesBody = Type.Object(
  {
    preferences: Type.Array(
      Type.Object(
        { category: NotificationCategory, choice: NotificationChoice },
        { additionalProperties: false },
      ),
      { minItems: 1, maxItems: notificationCategories.length },
    ),
  },
  { additionalProperties: false, title: 'UpdateNotificationPreferences' },
);

const Token = Type.String({
  minLength: 1,
  maxLength: 200,
  description: 'The token of the unsubscribe link.',
});

export const UnsubscribeQuery = Type.Object({ token: Type.Optional(Token) });

/**
 * JSON from the portal's page (`{ token }`), or a mail client's RFC 8058 one-click POST
 * (`List-Unsubscribe=One-Click`, form-encoded, the token in the URL).
 */
export const UnsubscribeBody = Type.Object(
  {
    token: Type.Optional(Token),
    'List-Unsubscribe': Type.Optional(Type.String({ maxLength: 100 })),
  },
  { title: 'UnsubscribeRequest' },
);

export const UnsubscribeDto = Type.Object(
  {
    organizationName: Type.String(),
    categories: Type.Array(NotificationCategory, { description: 'What the link turns off.' }),
    preferences: Type.Array(NotificationPreferenceDto, {
      description: "The contact's preferences: as they are (GET) or after the change (POST).",
    }),
  },
  { title: 'Unsubscribe' },
);

import { type NotificationTemplate, templateKinds, templateLimits, templateVariables } from '@portico/core';
import { Type } from 'typebox';
import { StringEnum } from '../../http/schema-helpers';

export const TemplateKind = StringEnum(templateKinds, {
  description: 'Which email the template is for; each kind has its own variables.',
});

const name = Type.String({ minLength: 1, maxLength: templateLimits.name });
const subject = Type.String({
  minLength: 1,
  maxLength: templateLimits.subject,
  description: 'Plain text with {{variables}}; line breaks in values are removed.',
});
const htmlBody = Type.String({
  minLength: 1,
  maxLength: templateLimits.body,
  description: 'HTML with {{variables}}; values are HTML-escaped. At most 100,000 characters.',
});
const textBody = Type.String({
  minLength: 1,
  maxLength: templateLimits.body,
  description: 'The plain-text part, for clients that do not show HTML. At most 100,000 characters.',
});
const isDefault = Type.Boolean({
  description: 'The template its kind uses when none is chosen; setting it clears the previous default.',
});

export const TemplateDto = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    kind: TemplateKind,
    name: Type.String(),
    subject: Type.String(),
    htmlBody: Type.String(),
    textBody: Type.String(),
    isDefault: Type.Boolean(),
    variables: Type.Array(Type.String(), { description: 'The {{variables}} this kind can use.' }),
    createdAt: Type.String({ format: 'date-time' }),
    updatedAt: Type.String({ format: 'date-time' }),
  },
  { title: 'Template' },
);

export const TemplateList = Type.Object({ items: Type.Array(TemplateDto) }, { title: 'TemplateList' });

export const ListTemplatesQuery = Type.Object(
  {
    kind: Type.Optional(TemplateKind),
    // An organization keeps a handful per kind, so one bounded page serves every screen.
    limit: Type.Integer({ minimum: 1, maximum: 200, default: 200, description: 'At most 200.' }),
  },
  { additionalProperties: false },
);

export const CreateTemplateBody = Type.Object(
  { kind: TemplateKind, name, subject, htmlBody, textBody, isDefault: Type.Optional(isDefault) },
  { additionalProperties: false },
);

export const UpdateTemplateBody = Type.Object(
  {
    name: Type.Optional(name),
    subject: Type.Optional(subject),
    htmlBody: Type.Optional(htmlBody),
    textBody: Type.Optional(textBody),
    isDefault: Type.Optional(isDefault),
  },
  { additionalProperties: false, minProperties: 1, description: 'The kind cannot change.' },
);

export const PreviewTemplateBody = Type.Object(
  {
    kind: TemplateKind,
    subject,
    htmlBody,
    textBody,
    values: Type.Optional(
      Type.Record(Type.String(), Type.String({ maxLength: 2000 }), {
        maxProperties: 20,
        description: "Replace sample values by variable name, e.g. { contactFirstName: 'Alexandra' }.",
      }),
    ),
  },
  { additionalProperties: false },
);

export const RenderedTemplate = Type.Object(
  { subject: Type.String(), html: Type.String(), text: Type.String() },
  { title: 'RenderedTemplate' },
);

export const toTemplateDto = (t: NotificationTemplate) => ({
  id: t.id,
  kind: t.kind,
  name: t.name,
  subject: t.subject,
  htmlBody: t.htmlBody,
  textBody: t.textBody,
  isDefault: t.isDefault,
  variables: [...templateVariables[t.kind]],
  createdAt: t.createdAt.toISOString(),
  updatedAt: t.updatedAt.toISOString(),
});

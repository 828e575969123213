import { type DbOrTx, defaultTemplates, schema, type TemplateKind } from '@portico/db';
import { and, eq, type SQLWrapper } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { formatExpiryDate } from '../templates/template-preview';

const { contacts, invitations, notificationTemplates, organizations } = schema;

export interface EmailTemplateText {
  subject: string;
  htmlBody: string;
  textBody: string;
}

/** Everything the worker needs to render and send one invitation email. */
export interface InvitationEmail {
  invitationId: string;
  orgId: string;
  contactId: string;
  to: string;
  /** The invitation's from address, else the organization's default; null: the worker's own. */
  from: string | null;
  organizationName: string;
  template: EmailTemplateText;
  /** Template variables, the link (with its token) included. */
  values: Record<string, string>;
}

export interface LinkOptions {
  /** The portal's configured base URL; links are never built from a request's Host header. */
  portalUrl: string;
  now?: Date;
}

export function inviteUrlOf(portalUrl: string, token: string): string {
  return `${portalUrl.replace(/\/$/, '')}/accept?token=${token}`;
}

export type InvitationEmailKind = Extract<TemplateKind, 'invitation' | 'invitation_reminder'>;

/** One invitation's row as the email queries read it. */
export interface EmailRow {
  orgId: string;
  contactId: string;
  expiresAt: Date;
  fromAddress: string | null;
  email: string | null;
  firstName: string;
  lastName: string;
  organizationName: string;
  defaultEmailFrom: string | null;
  chosen: EmailTemplateText | null;
  fallback: EmailTemplateText | null;
}

/** The template aliases: the invitation's own (when of the kind) and the organization's default. */
export const chosenTemplate = alias(notificationTemplates, 'chosen_template');
export const defaultTemplate = alias(notificationTemplates, 'default_template');

/** The EmailRow columns read from contacts, organizations and the two template aliases. */
export const emailFields = {
  email: contacts.email,
  firstName: contacts.firstName,
  lastName: contacts.lastName,
  organizationName: organizations.name,
  defaultEmailFrom: organizations.defaultEmailFrom,
  chosen: {
    subject: chosenTemplate.subject,
    htmlBody: chosenTemplate.htmlBody,
    textBody: chosenTemplate.textBody,
  },
  fallback: {
    subject: defaultTemplate.subject,
    htmlBody: defaultTemplate.htmlBody,
    textBody: defaultTemplate.textBody,
  },
};

/** The join conditions of the two template aliases, for an invitation (or a claim's RETURNING). */
export const templateOf = (kind: InvitationEmailKind, templateId: SQLWrapper, orgId: SQLWrapper) => ({
  chosen: and(
    eq(chosenTemplate.id, templateId),
    eq(chosenTemplate.orgId, orgId),
    eq(chosenTemplate.kind, kind),
  ),
  fallback: and(
    eq(defaultTemplate.orgId, orgId),
    eq(defaultTemplate.kind, kind),
    eq(defaultTemplate.isDefault, true),
  ),
});

/**
 * The email from its row: the invitation's template when it is of the kind, else the
 * organization's default, else the built-in text, so an organization that never touched its
 * templates still sends a proper email. Null when the contact has no address any more.
 */
export function toInvitationEmail(
  invitationId: string,
  row: EmailRow | undefined,
  kind: InvitationEmailKind,
  link: { portalUrl: string; token: string },
): InvitationEmail | null {
  if (!row?.email) return null;
  return {
    invitationId,
    orgId: row.orgId,
    contactId: row.contactId,
    to: row.email,
    from: row.fromAddress ?? row.defaultEmailFrom,
    organizationName: row.organizationName,
    template: row.chosen ?? row.fallback ?? defaultTemplates[kind],
    values: {
      contactFirstName: row.firstName,
      contactLastName: row.lastName,
      organizationName: row.organizationName,
      inviteUrl: inviteUrlOf(link.portalUrl, link.token),
      expiryDate: formatExpiryDate(row.expiresAt),
    },
  };
}

/** Loads what an email of the given kind needs for an invitation, with the given link token. */
export async function loadInvitationEmail(
  db: DbOrTx,
  invitationId: string,
  kind: InvitationEmailKind,
  link: { portalUrl: string; token: string },
): Promise<InvitationEmail | null> {
  const on = templateOf(kind, invitations.templateId, invitations.orgId);
  const [row] = await db
    .select({
      orgId: invitations.orgId,
      contactId: invitations.contactId,
      expiresAt: invitations.expiresAt,
      fromAddress: invitations.fromAddress,
      ...emailFields,
    })
    .from(invitations)
    .innerJoin(contacts, eq(contacts.id, invitations.contactId))
    .innerJoin(organizations, eq(organizations.id, invitations.orgId))
    .leftJoin(chosenTemplate, on.chosen)
    .leftJoin(defaultTemplate, on.fallback)
    .where(eq(invitations.id, invitationId))
    .limit(1);
  return toInvitationEmail(invitationId, row, kind, link);
}

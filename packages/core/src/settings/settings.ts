import { type DbOrTx, type PortalPanels, schema } from '@portico/db';
import { eq, sql } from 'drizzle-orm';
import type { OfficeContext } from '../context';
import { NotFoundError } from '../errors';
import { validatePaymentLinkTemplate } from '../payments/payment-links';

const { organizations } = schema;

/** Ranges of the numeric settings, shared with the API's request schema. */
export const settingsLimits = {
  name: 200,
  // Long enough for a holiday; short enough that a forwarded old invitation is not a standing key.
  inviteExpiryDays: { min: 1, max: 90 },
  reminderAfterDays: { min: 1, max: 30 },
  // More than a few reminders reads as spam and hurts the sender's reputation.
  reminderMaxCount: { min: 0, max: 5 },
} as const;

const settingsColumns = {
  name: organizations.name,
  brandColor: organizations.brandColor,
  logoUrl: organizations.logoUrl,
  autoInviteNewContacts: organizations.autoInviteNewContacts,
  inviteExpiryDays: organizations.inviteExpiryDays,
  defaultEmailFrom: organizations.defaultEmailFrom,
  remindersEnabled: organizations.remindersEnabled,
  reminderAfterDays: organizations.reminderAfterDays,
  reminderMaxCount: organizations.reminderMaxCount,
  portalPanels: organizations.portalPanels,
  webhooksAllowPrivateTargets: organizations.webhooksAllowPrivateTargets,
  paymentLinkTemplate: organizations.paymentLinkTemplate,
  updatedAt: organizations.updatedAt,
};

export interface OrganizationSettings {
  name: string;
  brandColor: string;
  logoUrl: string | null;
  autoInviteNewContacts: boolean;
  inviteExpiryDays: number;
  defaultEmailFrom: string | null;
  remindersEnabled: boolean;
  reminderAfterDays: number;
  reminderMaxCount: number;
  portalPanels: PortalPanels;
  /** Webhook endpoints may target private/loopback addresses (off: the SSRF guard refuses them). */
  webhooksAllowPrivateTargets: boolean;
  /** The "Pay now" link with {number}/{amount}/{currency}; null: only invoices with their own URL. */
  paymentLinkTemplate: string | null;
  updatedAt: Date;
}

/** A partial update; `portalPanels` may name only the panels that change. */
export type SettingsUpdate = Partial<Omit<OrganizationSettings, 'portalPanels' | 'updatedAt'>> & {
  portalPanels?: Partial<PortalPanels> | undefined;
};

export async function getSettings(db: DbOrTx, ctx: OfficeContext): Promise<OrganizationSettings> {
  const [row] = await db
    .select(settingsColumns)
    .from(organizations)
    .where(eq(organizations.id, ctx.orgId))
    .limit(1);
  if (!row) throw new NotFoundError('Organization');
  return row;
}

export async function updateSettings(
  db: DbOrTx,
  ctx: OfficeContext,
  input: SettingsUpdate,
): Promise<OrganizationSettings> {
  const { portalPanels, ...fields } = input;
  if (fields.paymentLinkTemplate)
    fields.paymentLinkTemplate = validatePaymentLinkTemplate(fields.paymentLinkTemplate);
  else if (fields.paymentLinkTemplate === '') fields.paymentLinkTemplate = null;
  const [row] = await db
    .update(organizations)
    .set({
      ...fields,
      // Merged in the database, so two people changing different panels at once both win.
      ...(portalPanels && {
        portalPanels: sql`${organizations.portalPanels} || ${JSON.stringify(portalPanels)}::jsonb`,
      }),
    })
    .where(eq(organizations.id, ctx.orgId))
    .returning(settingsColumns);
  if (!row) throw new NotFoundError('Organization');
  return row;
}

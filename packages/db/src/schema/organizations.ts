import { boolean, integer, jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import { createdAt, id, updatedAt } from './columns';

/** Dashboard panels a customer may see; organization defaults, overridable per account. */
export interface PortalPanels {
  activityReport: boolean;
  spendTracking: boolean;
  defectAnalytics: boolean;
  routineActivities: boolean;
  serviceCalls: boolean;
}

export const defaultPortalPanels: PortalPanels = {
  activityReport: true,
  spendTracking: true,
  defectAnalytics: true,
  routineActivities: true,
  serviceCalls: true,
};

export const organizations = pgTable('organizations', {
  id: id(),
  name: text('name').notNull(),
  slug: text('slug').notNull().unique(),
  logoUrl: text('logo_url'),
  brandColor: text('brand_color').notNull().default('#1d4ed8'),
  autoInviteNewContacts: boolean('auto_invite_new_contacts').notNull().default(false),
  inviteExpiryDays: integer('invite_expiry_days').notNull().default(3),
  defaultEmailFrom: text('default_email_from'),
  remindersEnabled: boolean('reminders_enabled').notNull().default(true),
  reminderAfterDays: integer('reminder_after_days').notNull().default(2),
  reminderMaxCount: integer('reminder_max_count').notNull().default(1),
  portalPanels: jsonb('portal_panels').$type<PortalPanels>().notNull().default(defaultPortalPanels),
  /** Let webhook endpoints target private/loopback addresses (an on-premises receiver). Off: SSRF guard. */
  webhooksAllowPrivateTargets: boolean('webhooks_allow_private_targets').notNull().default(false),
  /** The contractor's payment page with {number}/{amount}/{currency} placeholders; null: no "Pay now". */
  paymentLinkTemplate: text('payment_link_template'),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

import {
  type DbOrTx,
  type NotificationCategory,
  type NotificationChoice,
  type NotificationPreferenceSource,
  schema,
} from '@portico/db';
import { and, eq, sql } from 'drizzle-orm';
import type { OfficeContext } from '../context';
import { NotFoundError, ValidationError } from '../errors';
import { choicesOfCategory, DEFAULT_NOTIFICATION_CHOICE, notificationCategories } from './categories';

const { contacts, notificationPreferences } = schema;

export interface NotificationPreference {
  category: NotificationCategory;
  choice: NotificationChoice;
  /** Null while the category is at its default (the contact never chose). */
  updatedAt: Date | null;
  updatedBy: NotificationPreferenceSource | null;
  /** What the contact may choose for this category. */
  choices: readonly NotificationChoice[];
}

/** The contact whose preferences these are: always resolved within its organization. */
export interface PreferenceOwner {
  id: string;
  orgId: string;
}

/** Every category, defaults filled in, in a fixed order. */
export async function getNotificationPreferences(
  db: DbOrTx,
  owner: PreferenceOwner,
): Promise<NotificationPreference[]> {
  const rows = await db
    .select()
    .from(notificationPreferences)
    .where(
      and(eq(notificationPreferences.orgId, owner.orgId), eq(notificationPreferences.contactId, owner.id)),
    );
  return notificationCategories.map((category) => {
    const row = rows.find((r) => r.category === category);
    const choices = choicesOfCategory[category];
    return row
      ? { category, choice: row.choice, updatedAt: row.updatedAt, updatedBy: row.updatedBy, choices }
      : { category, choice: DEFAULT_NOTIFICATION_CHOICE, updatedAt: null, updatedBy: null, choices };
  });
}

/**
 * The contract the notification senders use: how contact `contactId` wants to hear about
 * `category`. Absence of a row is the default, `immediately`.
 */
export async function notificationChoice(
  db: DbOrTx,
  contactId: string,
  category: NotificationCategory,
): Promise<NotificationChoice> {
  const [row] = await db
    .select({ choice: notificationPreferences.choice })
    .from(notificationPreferences)
    .where(
      and(eq(notificationPreferences.contactId, contactId), eq(notificationPreferences.category, category)),
    );
  return row?.choice ?? DEFAULT_NOTIFICATION_CHOICE;
}

export type NotificationPreferenceChanges = Partial<Record<NotificationCategory, NotificationChoice>>;

function validateChanges(
  changes: NotificationPreferenceChanges,
): [NotificationCategory, NotificationChoice][] {
  const entries = Object.entries(changes) as [string, string][];
  const errors = entries.flatMap(([category, choice]) => {
    if (!(notificationCategories as readonly string[]).includes(category))
      return [{ field: category, message: `Unknown notification category "${category}".` }];
    const allowed = choicesOfCategory[category as NotificationCategory] as readonly string[];
    if (!allowed.includes(choice)) return [{ field: category, message: `Choose ${allowed.join(', ')}.` }];
    return [];
  });
  if (errors.length > 0) throw new ValidationError('Some notification preferences are not valid.', errors);
  return entries as [NotificationCategory, NotificationChoice][];
}

/**
 * Sets the given categories (others stay as they are) and returns them all. A category set to
 * what it already is keeps its row untouched, so "updated at / by" says when it really changed.
 */
export async function updateNotificationPreferences(
  db: DbOrTx,
  owner: PreferenceOwner,
  changes: NotificationPreferenceChanges,
  source: NotificationPreferenceSource,
): Promise<NotificationPreference[]> {
  const entries = validateChanges(changes);
  if (entries.length > 0) {
    await db
      .insert(notificationPreferences)
      .values(
        entries.map(([category, choice]) => ({
          orgId: owner.orgId,
          contactId: owner.id,
          category,
          choice,
          updatedBy: source,
        })),
      )
      .onConflictDoUpdate({
        target: [notificationPreferences.contactId, notificationPreferences.category],
        set: {
          choice: sql`excluded.choice`,
          updatedBy: sql`excluded.updated_by`,
          updatedAt: sql`now()`,
        },
        setWhere: sql`${notificationPreferences.choice} is distinct from excluded.choice`,
      });
  }
  return getNotificationPreferences(db, owner);
}

/** The office's read-only view of one contact's choices; another organization's contact is a 404. */
export async function getContactNotificationPreferences(
  db: DbOrTx,
  ctx: OfficeContext,
  contactId: string,
): Promise<NotificationPreference[]> {
  const [contact] = await db
    .select({ id: contacts.id, orgId: contacts.orgId })
    .from(contacts)
    .where(and(eq(contacts.orgId, ctx.orgId), eq(contacts.id, contactId)));
  if (!contact) throw new NotFoundError('Contact');
  return getNotificationPreferences(db, contact);
}

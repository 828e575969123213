import { type DbOrTx, type NotificationCategory, schema } from '@portico/db';
import { eq } from 'drizzle-orm';
import { NotFoundError, ValidationError } from '../errors';
import {
  getNotificationPreferences,
  type NotificationPreference,
  updateNotificationPreferences,
} from './preferences';
import { verifyUnsubscribeToken } from './unsubscribe-tokens';

const { contacts, organizations } = schema;

export interface UnsubscribeView {
  organizationName: string;
  /** The categories the link turns off. */
  categories: NotificationCategory[];
  /** The contact's preferences now (after the change, for the POST). */
  preferences: NotificationPreference[];
}

async function targetOf(db: DbOrTx, key: Buffer, token: string) {
  const target = verifyUnsubscribeToken(key, token);
  // One answer for forged, altered and truncated tokens: nothing tells which part was wrong.
  if (!target)
    throw new ValidationError('This unsubscribe link is not valid.', [
      { field: 'token', message: 'Not a valid unsubscribe link.' },
    ]);
  const [row] = await db
    .select({ id: contacts.id, orgId: contacts.orgId, organizationName: organizations.name })
    .from(contacts)
    .innerJoin(organizations, eq(organizations.id, contacts.orgId))
    .where(eq(contacts.id, target.contactId));
  // A genuine link of a contact deleted since.
  if (!row) throw new NotFoundError('Unsubscribe link');
  return {
    contact: { id: row.id, orgId: row.orgId },
    organizationName: row.organizationName,
    categories: target.categories,
  };
}

/** What the link would turn off, changing nothing: mail scanners open links (a GET) before people do. */
export async function previewUnsubscribe(db: DbOrTx, key: Buffer, token: string): Promise<UnsubscribeView> {
  const { contact, organizationName, categories } = await targetOf(db, key, token);
  return { organizationName, categories, preferences: await getNotificationPreferences(db, contact) };
}

/** The one-click POST: turns the link's categories off. Already off is still a success. */
export async function unsubscribe(db: DbOrTx, key: Buffer, token: string): Promise<UnsubscribeView> {
  const { contact, organizationName, categories } = await targetOf(db, key, token);
  const changes = Object.fromEntries(categories.map((c) => [c, 'off' as const]));
  const preferences = await updateNotificationPreferences(db, contact, changes, 'unsubscribe_link');
  return { organizationName, categories, preferences };
}

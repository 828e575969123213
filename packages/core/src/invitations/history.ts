import { type DbOrTx, type InvitationEventType, schema } from '@portico/db';
import { and, asc, eq } from 'drizzle-orm';
import type { OfficeContext } from '../context';
import { NotFoundError } from '../errors';

const { contacts, invitationEvents, officeUsers } = schema;

export interface HistoryEntry {
  id: string;
  type: InvitationEventType;
  at: Date;
  invitationId: string | null;
  actor: {
    type: 'office_user' | 'contact' | 'integration' | 'system';
    id: string | null;
    name: string | null;
  };
  detail: Record<string, string | number | boolean | null>;
}

/** A contact's portal timeline, oldest first, with who did each step. */
export async function portalHistory(
  db: DbOrTx,
  ctx: OfficeContext,
  contactId: string,
): Promise<HistoryEntry[]> {
  const [contact] = await db
    .select({ id: contacts.id, firstName: contacts.firstName, lastName: contacts.lastName })
    .from(contacts)
    .where(and(eq(contacts.orgId, ctx.orgId), eq(contacts.id, contactId)))
    .limit(1);
  if (!contact) throw new NotFoundError('Contact');
  const rows = await db
    .select({ event: invitationEvents, officeUserName: officeUsers.name })
    .from(invitationEvents)
    .leftJoin(officeUsers, eq(officeUsers.id, invitationEvents.actorId))
    .where(and(eq(invitationEvents.orgId, ctx.orgId), eq(invitationEvents.contactId, contactId)))
    .orderBy(asc(invitationEvents.createdAt), asc(invitationEvents.id))
    .limit(1000);
  const contactName = `${contact.firstName} ${contact.lastName}`.trim();
  return rows.map(({ event: e, officeUserName }) => ({
    id: e.id,
    type: e.type,
    at: e.createdAt,
    invitationId: e.invitationId,
    actor: {
      type: e.actorType,
      id: e.actorId,
      name: e.actorType === 'office_user' ? officeUserName : e.actorType === 'contact' ? contactName : null,
    },
    detail: e.detail,
  }));
}

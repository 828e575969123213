import { type ActorType, type DbOrTx, type InvitationEventType, schema } from '@portico/db';

export interface Actor {
  type: ActorType;
  id?: string | null;
}

export const systemActor: Actor = { type: 'system' };

export interface EventInput {
  orgId: string;
  contactId: string;
  invitationId?: string | null;
  type: InvitationEventType;
  actor: Actor;
  detail?: Record<string, string | number | boolean | null>;
}

/** Appends to a contact's portal history. */
export async function recordEvents(db: DbOrTx, events: EventInput[]): Promise<void> {
  if (events.length === 0) return;
  await db.insert(schema.invitationEvents).values(
    events.map((e) => ({
      orgId: e.orgId,
      contactId: e.contactId,
      invitationId: e.invitationId ?? null,
      type: e.type,
      actorType: e.actor.type,
      actorId: e.actor.id ?? null,
      detail: e.detail ?? {},
    })),
  );
}

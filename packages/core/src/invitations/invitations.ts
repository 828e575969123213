import { type DbOrTx, schema } from '@portico/db';
import { and, eq, sql } from 'drizzle-orm';
import type { OfficeContext } from '../context';
import { NotFoundError, RuleViolationError } from '../errors';
import { enqueueJobs } from '../jobs/outbox';
import { contactEventData, recordWebhookEvent } from '../webhooks/record-event';
import { type Actor, recordEvents } from './events';
import { assertInvitable } from './rules';

const { contacts, invitations, organizations } = schema;

const DAY_MS = 86_400_000;

export interface InviteOptions {
  templateId?: string | null;
  fromAddress?: string | null;
}

export type Invitation = typeof invitations.$inferSelect;

async function lockContact(tx: DbOrTx, orgId: string, contactId: string) {
  // Row lock: two concurrent invites of one contact queue up instead of racing.
  const [contact] = await tx
    .select()
    .from(contacts)
    .where(and(eq(contacts.orgId, orgId), eq(contacts.id, contactId)))
    .for('update')
    .limit(1);
  if (!contact) throw new NotFoundError('Contact');
  return contact;
}

async function organizationOf(tx: DbOrTx, orgId: string) {
  const [org] = await tx.select().from(organizations).where(eq(organizations.id, orgId)).limit(1);
  if (!org) throw new NotFoundError('Organization');
  return org;
}

export async function assertTemplateInOrg(tx: DbOrTx, orgId: string, templateId: string): Promise<void> {
  const [row] = await tx
    .select({ kind: schema.notificationTemplates.kind })
    .from(schema.notificationTemplates)
    .where(
      and(eq(schema.notificationTemplates.orgId, orgId), eq(schema.notificationTemplates.id, templateId)),
    )
    .limit(1);
  if (!row) throw new NotFoundError('Template');
  if (row.kind !== 'invitation') {
    throw new RuleViolationError('Only an invitation template can be used to send invitations.', {
      errors: [{ field: 'templateId', message: 'not an invitation template' }],
    });
  }
}

/**
 * Invites a contact, or re-invites one whose invitation is pending or expired: any live
 * invitation is revoked, a new one is created, and its email and expiry are queued in the same
 * transaction. Run inside a transaction.
 */
export async function inviteContact(
  tx: DbOrTx,
  orgId: string,
  contactId: string,
  actor: Actor,
  options: InviteOptions = {},
): Promise<Invitation> {
  return inviteLockedContact(tx, await lockContact(tx, orgId, contactId), actor, options);
}

/** The invite itself, for a contact row the caller has already locked. */
async function inviteLockedContact(
  tx: DbOrTx,
  contact: Awaited<ReturnType<typeof lockContact>>,
  actor: Actor,
  options: InviteOptions,
): Promise<Invitation> {
  const { orgId, id: contactId } = contact;
  assertInvitable(contact);
  if (options.templateId) await assertTemplateInOrg(tx, orgId, options.templateId);
  const org = await organizationOf(tx, orgId);
  const now = new Date();

  const revoked = await tx
    .update(invitations)
    .set({ status: 'revoked', revokedAt: now })
    .where(and(eq(invitations.contactId, contactId), eq(invitations.status, 'pending')))
    .returning({ id: invitations.id });
  const resend = revoked.length > 0 || contact.inviteStatus !== 'not_invited';

  const [invitation] = await tx
    .insert(invitations)
    .values({
      orgId,
      contactId,
      expiresAt: new Date(now.getTime() + org.inviteExpiryDays * DAY_MS),
      templateId: options.templateId ?? null,
      fromAddress: options.fromAddress ?? org.defaultEmailFrom,
      createdBy: actor.type === 'office_user' ? (actor.id ?? null) : null,
    })
    .returning();
  if (!invitation) throw new Error('invitation insert returned no row');

  await tx.update(contacts).set({ inviteStatus: 'invited' }).where(eq(contacts.id, contactId));
  await recordEvents(tx, [
    { orgId, contactId, invitationId: invitation.id, type: resend ? 'resent' : 'invited', actor },
  ]);
  await enqueueJobs(tx, [
    { orgId, job: 'invitation.send', payload: { invitationId: invitation.id } },
    {
      orgId,
      job: 'invitation.expire',
      payload: { invitationId: invitation.id },
      runAt: invitation.expiresAt,
    },
  ]);
  return invitation;
}

/** Withdraws a pending invitation: its link stops working and the contact is "not invited" again. */
export async function revokeInvitation(tx: DbOrTx, ctx: OfficeContext, contactId: string): Promise<void> {
  await lockContact(tx, ctx.orgId, contactId);
  const revoked = await tx
    .update(invitations)
    .set({ status: 'revoked', revokedAt: new Date() })
    .where(and(eq(invitations.contactId, contactId), eq(invitations.status, 'pending')))
    .returning({ id: invitations.id });
  const [invitation] = revoked;
  if (!invitation) throw new RuleViolationError('This contact has no pending invitation to revoke.');
  await tx
    .update(contacts)
    .set({ inviteStatus: 'not_invited' })
    .where(and(eq(contacts.id, contactId), eq(contacts.inviteStatus, 'invited')));
  await recordEvents(tx, [
    { orgId: ctx.orgId, contactId, invitationId: invitation.id, type: 'revoked', actor: ctx.actor },
  ]);
}

/**
 * Expires an invitation whose time has come. Idempotent and safe to race: only a still-pending
 * invitation past its expiry changes, and only once.
 */
export async function expireInvitation(tx: DbOrTx, invitationId: string, now = new Date()): Promise<boolean> {
  const [expired] = await tx
    .update(invitations)
    .set({ status: 'expired', expiredAt: now })
    .where(
      and(
        eq(invitations.id, invitationId),
        eq(invitations.status, 'pending'),
        sql`${invitations.expiresAt} <= ${now.toISOString()}::timestamptz`,
      ),
    )
    .returning({ id: invitations.id, orgId: invitations.orgId, contactId: invitations.contactId });
  if (!expired) return false;
  await tx
    .update(contacts)
    .set({ inviteStatus: 'expired' })
    .where(and(eq(contacts.id, expired.contactId), eq(contacts.inviteStatus, 'invited')));
  await recordEvents(tx, [
    {
      orgId: expired.orgId,
      contactId: expired.contactId,
      invitationId: expired.id,
      type: 'expired',
      actor: { type: 'system' },
    },
  ]);
  await recordWebhookEvent(tx, {
    orgId: expired.orgId,
    type: 'invitation.expired',
    data: contactEventData(tx, expired.contactId, { invitationId: expired.id }),
  });
  return true;
}

/** The safety net behind the delayed expiry jobs: ids of pending invitations already past expiry. */
export async function overdueInvitationIds(db: DbOrTx, now = new Date(), limit = 1000): Promise<string[]> {
  const rows = await db
    .select({ id: invitations.id })
    .from(invitations)
    .where(
      and(
        eq(invitations.status, 'pending'),
        sql`${invitations.expiresAt} <= ${now.toISOString()}::timestamptz`,
      ),
    )
    .limit(limit);
  return rows.map((r) => r.id);
}

/** "Resend invite": a new link (older ones stop working) for a contact already invited. */
export async function resendInvitation(
  tx: DbOrTx,
  orgId: string,
  contactId: string,
  actor: Actor,
  options: InviteOptions = {},
): Promise<Invitation> {
  const contact = await lockContact(tx, orgId, contactId);
  if (contact.inviteStatus === 'not_invited') {
    throw new RuleViolationError('This contact has not been invited yet. Send an invitation instead.');
  }
  return inviteLockedContact(tx, contact, actor, options);
}

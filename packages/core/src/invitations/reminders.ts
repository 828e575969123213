import { type DbOrTx, hashToken, newToken, schema } from '@portico/db';
import { and, eq, gt, lt, type SQL, sql } from 'drizzle-orm';
import { enqueueJobs } from '../jobs/outbox';
import { clipReason } from './delivery';
import { recordEvents, systemActor } from './events';
import { type InvitationEmail, type LinkOptions, loadInvitationEmail } from './invitation-email';

const { invitations, organizations, outbox } = schema;

/**
 * When a reminder is due: the invitation is pending, its email went out, it has not expired, the
 * organization wants reminders, fewer than its maximum were sent, and its reminder delay has
 * passed since the email (or the last reminder). Both the sweep and the claim use it, so a
 * reminder job that arrives late or twice re-checks everything against the current row.
 */
function reminderDue(now: Date): SQL {
  return and(
    eq(invitations.status, 'pending'),
    // A printed letter is marked sent when printed; it has no email to remind with.
    eq(invitations.channel, 'email'),
    eq(invitations.deliveryState, 'sent'),
    gt(invitations.expiresAt, now),
    eq(organizations.remindersEnabled, true),
    lt(invitations.reminderCount, organizations.reminderMaxCount),
    sql`coalesce(${invitations.lastReminderAt}, ${invitations.sentAt})
        <= ${now.toISOString()}::timestamptz - make_interval(days => ${organizations.reminderAfterDays})`,
  ) as SQL;
}

/**
 * The reminder sweep: queues an `invitation.remind` job for each due invitation that has none
 * waiting in the outbox already (a Redis outage must not pile up one per sweep). Returns how many
 * it queued. The job decides again, so a duplicate is harmless.
 */
export async function scheduleDueReminders(db: DbOrTx, now = new Date(), limit = 1000): Promise<number> {
  return db.transaction(async (tx) => {
    const due = await tx
      .select({ id: invitations.id, orgId: invitations.orgId })
      .from(invitations)
      .innerJoin(organizations, eq(organizations.id, invitations.orgId))
      .where(
        and(
          reminderDue(now),
          sql`not exists (select 1 from ${outbox} where ${outbox.relayedAt} is null
                and ${outbox.job} = 'invitation.remind' and ${outbox.payload}->>'invitationId' = ${invitations.id}::text)`,
        ),
      )
      .limit(limit);
    await enqueueJobs(
      tx,
      due.map((r) => ({ orgId: r.orgId, job: 'invitation.remind', payload: { invitationId: r.id } })),
    );
    return due.length;
  });
}

export interface ReminderClaim extends InvitationEmail {
  /** A fresh link token for the reminder; in memory only. */
  token: string;
  /** When this claim was taken (the row's new `lastReminderAt`): identifies it on release. */
  claimedAt: Date;
  /** The row's `lastReminderAt` before the claim, restored if the attempt is released. */
  previousReminderAt: Date | null;
  /** 1 for the first reminder, and so on. */
  reminderNumber: number;
}

/**
 * Claims a due reminder: counts it and stamps `lastReminderAt` under a row lock, so a duplicate
 * job finds it no longer due and sends nothing. The new token's hash is NOT stored yet: the
 * contact's current link keeps working until the reminder (carrying the new link) has been sent.
 */
export async function claimReminder(
  db: DbOrTx,
  invitationId: string,
  options: LinkOptions,
): Promise<ReminderClaim | null> {
  const now = options.now ?? new Date();
  const claim = await db.transaction(async (tx) => {
    const [row] = await tx
      .select({ previousReminderAt: invitations.lastReminderAt, reminderCount: invitations.reminderCount })
      .from(invitations)
      .innerJoin(organizations, eq(organizations.id, invitations.orgId))
      .where(and(eq(invitations.id, invitationId), reminderDue(now)))
      .for('update', { of: invitations })
      .limit(1);
    if (!row) return null;
    await tx
      .update(invitations)
      .set({ reminderCount: row.reminderCount + 1, lastReminderAt: now })
      .where(eq(invitations.id, invitationId));
    return { previousReminderAt: row.previousReminderAt, reminderNumber: row.reminderCount + 1 };
  });
  if (!claim) return null;
  const token = newToken();
  const email = await loadInvitationEmail(db, invitationId, 'invitation_reminder', {
    portalUrl: options.portalUrl,
    token,
  });
  if (!email) {
    await failReminder(db, { invitationId, claimedAt: now }, 'The contact has no email address.');
    return null;
  }
  return { ...email, ...claim, token, claimedAt: now };
}

/**
 * The reminder went out: its link becomes the invitation's link (the original token cannot be
 * put in a new email: only its hash exists), and the reminder joins the history. An invitation
 * accepted or revoked meanwhile keeps its state; the event still records the email.
 */
export async function markReminderSent(db: DbOrTx, claim: ReminderClaim, messageId: string): Promise<void> {
  await db.transaction(async (tx) => {
    await tx
      .update(invitations)
      .set({ tokenHash: hashToken(claim.token) })
      .where(and(eq(invitations.id, claim.invitationId), eq(invitations.status, 'pending')));
    await recordEvents(tx, [
      {
        orgId: claim.orgId,
        contactId: claim.contactId,
        invitationId: claim.invitationId,
        type: 'reminded',
        actor: systemActor,
        detail: { messageId, reminder: claim.reminderNumber },
      },
    ]);
  });
}

/** Undoes a claim whose attempt failed, so the retry finds the reminder due again. */
export async function releaseReminder(
  db: DbOrTx,
  claim: Pick<ReminderClaim, 'invitationId' | 'claimedAt' | 'previousReminderAt'>,
): Promise<boolean> {
  const released = await db
    .update(invitations)
    .set({
      reminderCount: sql`greatest(${invitations.reminderCount} - 1, 0)`,
      lastReminderAt: claim.previousReminderAt,
    })
    .where(and(eq(invitations.id, claim.invitationId), eq(invitations.lastReminderAt, claim.claimedAt)))
    .returning({ id: invitations.id });
  return released.length > 0;
}

/**
 * The reminder's last attempt failed. The reminder stays counted (the sweep must not retry it
 * forever) and the invitation's original link keeps working; the failure joins the history.
 */
export async function failReminder(
  db: DbOrTx,
  claim: Pick<ReminderClaim, 'invitationId' | 'claimedAt'>,
  reason: string,
): Promise<void> {
  const [row] = await db
    .select({ orgId: invitations.orgId, contactId: invitations.contactId })
    .from(invitations)
    .where(eq(invitations.id, claim.invitationId))
    .limit(1);
  if (!row) return;
  await recordEvents(db, [
    {
      ...row,
      invitationId: claim.invitationId,
      type: 'email_failed',
      actor: systemActor,
      detail: { reason: clipReason(reason), email: 'reminder' },
    },
  ]);
}

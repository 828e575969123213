import { type DbOrTx, schema } from '@portico/db';
import { and, eq, type SQL, sql } from 'drizzle-orm';
import type { OfficeContext } from '../context';
import { enqueueJobs } from '../jobs/outbox';
import { assertTemplateInOrg, type InviteOptions } from './invitations';

const { contacts, invitationBatches, organizations } = schema;

export interface SkipCounts {
  enrolled: number;
  noEmail: number;
  suspended: number;
}

export interface BatchResult {
  batchId: string;
  invited: number;
  skipped: SkipCounts;
  /** True when this answer replays an earlier request with the same Idempotency-Key. */
  replayed: boolean;
}

const DAY_MS = 86_400_000;

/**
 * Invites every invitable contact matching `where`, set-based so 100k contacts take seconds:
 * a handful of INSERT … SELECT statements in one transaction, over a temporary table of the
 * chosen contacts. Enrolled, suspended and email-less contacts are skipped and counted.
 * The same Idempotency-Key answers the first batch again instead of making a second one.
 */
export async function createInvitationBatch(
  tx: DbOrTx,
  ctx: OfficeContext,
  where: SQL[],
  selection: Record<string, unknown>,
  options: InviteOptions & { idempotencyKey?: string | undefined },
): Promise<BatchResult> {
  const orgId = ctx.orgId;
  if (options.templateId) await assertTemplateInOrg(tx, orgId, options.templateId);
  const [org] = await tx.select().from(organizations).where(eq(organizations.id, orgId)).limit(1);
  if (!org) throw new Error('organization vanished');

  // A concurrent duplicate waits on the unique index until the first commits, then conflicts.
  const [batch] = await tx
    .insert(invitationBatches)
    .values({
      orgId,
      createdBy: ctx.actor.id,
      idempotencyKey: options.idempotencyKey ?? null,
      selection,
      fromAddress: options.fromAddress ?? org.defaultEmailFrom,
      templateId: options.templateId ?? null,
    })
    .onConflictDoNothing()
    .returning();
  if (!batch) return replay(tx, orgId, options.idempotencyKey as string);

  // The scope is evaluated once: every contact it reaches, whether it is invitable, and the skip
  // counts (window aggregates over the same pass, copied on every row).
  const scope = and(eq(contacts.orgId, orgId), ...where) as SQL;
  const invitable = sql`${contacts.email} is not null and not ${contacts.suspended} and ${contacts.inviteStatus} <> 'enrolled'`;
  await tx.execute(sql`create temporary table batch_scope on commit drop as
    select ${contacts.id} as id, ${invitable} as invitable,
      (count(*) filter (where ${contacts.email} is not null and not ${contacts.suspended} and ${contacts.inviteStatus} = 'enrolled') over ())::int as enrolled,
      (count(*) filter (where ${contacts.email} is null) over ())::int as no_email,
      (count(*) filter (where ${contacts.email} is not null and ${contacts.suspended}) over ())::int as suspended
    from ${contacts} where ${scope}`);
  const counts = await tx.execute<Record<keyof SkipCounts, number>>(
    sql`select enrolled as "enrolled", no_email as "noEmail", suspended as "suspended" from batch_scope limit 1`,
  );
  const skipped: SkipCounts = counts.rows[0] ?? { enrolled: 0, noEmail: 0, suspended: 0 };

  // The invitable ones are locked (their conditions checked again on the row locked) and given
  // their invitation ids here, so the events and the outbox rows are written from this table alone.
  // Time-ordered ids: the batch's entries go to the last leaves of the indexes keyed by them.
  await tx.execute(sql`create temporary table batch_contacts on commit drop as
    select ${contacts.id} as contact_id, time_ordered_uuid() as invitation_id,
      ${contacts.inviteStatus} <> 'not_invited' as resend
    from ${contacts}
    where ${contacts.id} in (select s.id from batch_scope s where s.invitable) and ${invitable}
    for update`);
  await tx.execute(sql`analyze batch_contacts`);

  const now = new Date();
  const expiresAt = new Date(now.getTime() + org.inviteExpiryDays * DAY_MS).toISOString();
  const actorId = ctx.actor.id;
  // Older live invitations are revoked first: one pending invitation per contact.
  await tx.execute(sql`update invitations i set status = 'revoked', revoked_at = now()
    from batch_contacts bc where i.contact_id = bc.contact_id and i.status = 'pending'`);
  await tx.execute(sql`insert into invitations (id, org_id, contact_id, expires_at, template_id, from_address, batch_id, created_by)
    select bc.invitation_id, ${orgId}::uuid, bc.contact_id, ${expiresAt}::timestamptz, ${batch.templateId}::uuid,
      ${batch.fromAddress}::text, ${batch.id}::uuid, ${actorId}::uuid
    from batch_contacts bc`);
  // Before the contacts' UPDATE: the events' foreign key check then finds the contact row this
  // transaction already locked, instead of locking its new version once more.
  await tx.execute(sql`insert into invitation_events (org_id, contact_id, invitation_id, type, actor_type, actor_id, detail)
    select ${orgId}::uuid, bc.contact_id, bc.invitation_id, (case when bc.resend then 'resent' else 'invited' end)::invitation_event_type,
      'office_user', ${actorId}::uuid, ${JSON.stringify({ batchId: batch.id })}::jsonb
    from batch_contacts bc`);
  await tx.execute(sql`update contacts c set invite_status = 'invited', updated_at = now()
    from batch_contacts bc where c.id = bc.contact_id`);
  await tx.execute(sql`insert into outbox (org_id, job, payload)
    select ${orgId}::uuid, 'invitation.send', jsonb_build_object('invitationId', bc.invitation_id)
    from batch_contacts bc order by bc.invitation_id`);
  // The batch's invitations share one expiry time: one delayed job expires them all, instead of
  // an outbox row and a BullMQ job per invitation.
  await enqueueJobs(tx, [
    { orgId, job: 'invitationBatch.expire', payload: { batchId: batch.id }, runAt: new Date(expiresAt) },
  ]);
  const [row] = await tx
    .update(invitationBatches)
    .set({
      total: sql`(select count(*) from batch_contacts)::int`,
      skipped: { ...skipped },
    })
    .where(eq(invitationBatches.id, batch.id))
    .returning({ total: invitationBatches.total });
  return { batchId: batch.id, invited: row?.total ?? 0, skipped, replayed: false };
}

async function replay(tx: DbOrTx, orgId: string, idempotencyKey: string): Promise<BatchResult> {
  const [existing] = await tx
    .select()
    .from(invitationBatches)
    .where(and(eq(invitationBatches.orgId, orgId), eq(invitationBatches.idempotencyKey, idempotencyKey)))
    .limit(1);
  if (!existing) throw new Error('idempotency conflict without a batch');
  const skipped = existing.skipped as Partial<SkipCounts>;
  return {
    batchId: existing.id,
    invited: existing.total,
    skipped: {
      enrolled: skipped.enrolled ?? 0,
      noEmail: skipped.noEmail ?? 0,
      suspended: skipped.suspended ?? 0,
    },
    replayed: true,
  };
}

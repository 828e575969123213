import { type DbOrTx, schema } from '@portico/db';
import { and, eq, type SQL, sql } from 'drizzle-orm';
import type { OfficeContext } from '../context';
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

  const scope = and(eq(contacts.orgId, orgId), ...where) as SQL;
  const [counts] = await tx
    .select({
      enrolled: sql<number>`count(*) filter (where ${contacts.email} is not null and not ${contacts.suspended} and ${contacts.inviteStatus} = 'enrolled')::int`,
      noEmail: sql<number>`count(*) filter (where ${contacts.email} is null)::int`,
      suspended: sql<number>`count(*) filter (where ${contacts.email} is not null and ${contacts.suspended})::int`,
    })
    .from(contacts)
    .where(scope);
  const skipped: SkipCounts = counts ?? { enrolled: 0, noEmail: 0, suspended: 0 };

  await tx.execute(sql`create temporary table batch_contacts on commit drop as
    select ${contacts.id} as id, ${contacts.inviteStatus} <> 'not_invited' as resend from ${contacts}
    where ${scope} and ${contacts.email} is not null and not ${contacts.suspended} and ${contacts.inviteStatus} <> 'enrolled'
    for update`);
  await tx.execute(sql`alter table batch_contacts add primary key (id)`);
  await tx.execute(sql`analyze batch_contacts`);

  const now = new Date();
  const expiresAt = new Date(now.getTime() + org.inviteExpiryDays * DAY_MS).toISOString();
  const actorId = ctx.actor.id;
  // Older live invitations are revoked first: one pending invitation per contact.
  await tx.execute(sql`update invitations i set status = 'revoked', revoked_at = now()
    from batch_contacts bc where i.contact_id = bc.id and i.status = 'pending'`);
  await tx.execute(sql`insert into invitations (org_id, contact_id, expires_at, template_id, from_address, batch_id, created_by)
    select ${orgId}::uuid, bc.id, ${expiresAt}::timestamptz, ${batch.templateId}::uuid, ${batch.fromAddress}::text,
      ${batch.id}::uuid, ${actorId}::uuid
    from batch_contacts bc`);
  await tx.execute(sql`update contacts c set invite_status = 'invited', updated_at = now()
    from batch_contacts bc where c.id = bc.id`);
  await tx.execute(sql`insert into invitation_events (org_id, contact_id, invitation_id, type, actor_type, actor_id, detail)
    select ${orgId}::uuid, i.contact_id, i.id, (case when bc.resend then 'resent' else 'invited' end)::invitation_event_type,
      'office_user', ${actorId}::uuid, jsonb_build_object('batchId', ${batch.id}::text)
    from invitations i join batch_contacts bc on bc.id = i.contact_id where i.batch_id = ${batch.id}::uuid`);
  await tx.execute(sql`insert into outbox (org_id, job, payload, run_at)
    select ${orgId}::uuid, j.job, jsonb_build_object('invitationId', i.id), case when j.job = 'invitation.expire' then i.expires_at end
    from invitations i cross join (values ('invitation.send'), ('invitation.expire')) as j(job)
    where i.batch_id = ${batch.id}::uuid
    order by i.id, j.job desc`);
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

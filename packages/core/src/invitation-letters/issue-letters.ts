import { type DbOrTx, schema } from '@portico/db';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { OfficeContext } from '../context';
import { ConflictError, NotFoundError, RuleViolationError } from '../errors';
import { recordEvents } from '../invitations/events';
import { enqueueJobs } from '../jobs/outbox';
import { hashLetterCode, newLetterCode, normalizeLetterCode } from './letter-codes';

const {
  buildings,
  contactAccounts,
  contactBuildings,
  contacts,
  invitationEvents,
  invitationLetters,
  invitations,
  organizations,
} = schema;

/**
 * A letter travels by post and waits on a desk: it gets longer than the emailed link's
 * `inviteExpiryDays` (a few days, tuned for email).
 */
export const LETTER_EXPIRY_DAYS = 30;
const DAY_MS = 86_400_000;
/** One request prints at most this many letters: the PDF is built in memory. */
export const MAX_LETTERS = 500;

export type LetterSkipReason = 'not_found' | 'suspended' | 'enrolled';

export interface LetterRecipient {
  contactId: string;
  firstName: string;
  name: string;
  accountName: string | null;
  /** Lines of a postal address when one is known (the contact's building), else empty. */
  address: string[];
}

export interface PrintedLetter {
  invitationId: string;
  recipient: LetterRecipient;
  /** The code as printed; it exists only in this answer, the database keeps its hash. */
  code: string;
  expiresAt: Date;
}

export interface LetterBatch {
  organization: { name: string; brandColor: string };
  letters: PrintedLetter[];
  skipped: { contactId: string; reason: LetterSkipReason }[];
}

type ContactRow = typeof contacts.$inferSelect;

/** The bulk-invite rules, less the email: a letter is for contacts without one too. */
function letterSkipReason(contact: ContactRow): LetterSkipReason | null {
  if (contact.suspended) return 'suspended';
  if (contact.inviteStatus === 'enrolled') return 'enrolled';
  return null;
}

/**
 * One contact's letter. Like an invite it replaces any live invitation (its link or earlier
 * letter stops working). 404 for another organization's contact, 422 suspended, 409 enrolled.
 */
export async function printInvitationLetter(
  tx: DbOrTx,
  ctx: OfficeContext,
  contactId: string,
  now = new Date(),
): Promise<LetterBatch> {
  const [contact] = await lockContacts(tx, ctx.orgId, [contactId]);
  if (!contact) throw new NotFoundError('Contact');
  switch (letterSkipReason(contact)) {
    case 'suspended':
      throw new RuleViolationError(
        'This contact is suspended from the portal. Reinstate them before inviting.',
      );
    case 'enrolled':
      throw new ConflictError('This contact is already enrolled in the portal.');
    default:
      return issueLetters(tx, ctx, [contact], [], now);
  }
}

/**
 * Letters for a selection, one per invitable contact; the others are skipped with a reason
 * (unknown ids, including other organizations', are `not_found`). Run inside a transaction.
 */
export async function printInvitationLetters(
  tx: DbOrTx,
  ctx: OfficeContext,
  contactIds: readonly string[],
  now = new Date(),
): Promise<LetterBatch> {
  const ids = [...new Set(contactIds)];
  if (ids.length > MAX_LETTERS) {
    throw new RuleViolationError(`Print at most ${MAX_LETTERS} letters at a time.`, {
      errors: [{ field: 'contactIds', message: `at most ${MAX_LETTERS}` }],
    });
  }
  const found = await lockContacts(tx, ctx.orgId, ids);
  const foundIds = new Set(found.map((c) => c.id));
  const skipped: LetterBatch['skipped'] = ids
    .filter((id) => !foundIds.has(id))
    .map((contactId) => ({ contactId, reason: 'not_found' }));
  const invitable: ContactRow[] = [];
  for (const contact of found) {
    const reason = letterSkipReason(contact);
    if (reason) skipped.push({ contactId: contact.id, reason });
    else invitable.push(contact);
  }
  if (invitable.length === 0) {
    // An empty PDF would look like a success; say why nothing can be printed instead.
    throw new RuleViolationError(
      'None of these contacts can get a letter: they are enrolled, suspended or unknown.',
      {
        skipped,
      },
    );
  }
  return issueLetters(tx, ctx, invitable, skipped, now);
}

/** Row locks, in a fixed order so two overlapping prints queue instead of deadlocking. */
function lockContacts(tx: DbOrTx, orgId: string, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return tx
    .select()
    .from(contacts)
    .where(and(eq(contacts.orgId, orgId), inArray(contacts.id, ids)))
    .orderBy(asc(contacts.lastName), asc(contacts.firstName), asc(contacts.id))
    .for('update');
}

async function issueLetters(
  tx: DbOrTx,
  ctx: OfficeContext,
  chosen: ContactRow[],
  skipped: LetterBatch['skipped'],
  now: Date,
): Promise<LetterBatch> {
  const { orgId, actor } = ctx;
  const [org] = await tx
    .select({ name: organizations.name, brandColor: organizations.brandColor })
    .from(organizations)
    .where(eq(organizations.id, orgId))
    .limit(1);
  if (!org) throw new NotFoundError('Organization');
  if (chosen.length === 0) return { organization: org, letters: [], skipped };

  const ids = chosen.map((c) => c.id);
  const expiresAt = new Date(now.getTime() + LETTER_EXPIRY_DAYS * DAY_MS);
  // One live invitation per contact: the letter replaces an emailed link or an earlier letter.
  await tx
    .update(invitations)
    .set({ status: 'revoked', revokedAt: now })
    .where(and(inArray(invitations.contactId, ids), eq(invitations.status, 'pending')));
  // A letter is "sent" once printed: nothing is queued for the email sender or its reminders.
  const created = await tx
    .insert(invitations)
    .values(
      chosen.map((c) => ({
        orgId,
        contactId: c.id,
        channel: 'letter' as const,
        deliveryState: 'sent' as const,
        sentAt: now,
        expiresAt,
        createdBy: actor.id,
      })),
    )
    .returning({ id: invitations.id, contactId: invitations.contactId });
  const invitationOf = new Map(created.map((i) => [i.contactId, i.id]));
  await tx.update(contacts).set({ inviteStatus: 'invited' }).where(inArray(contacts.id, ids));

  const codes = new Map(chosen.map((c) => [c.id, newLetterCode()]));
  await tx.insert(invitationLetters).values(
    chosen.map((c) => ({
      orgId,
      contactId: c.id,
      invitationId: invitationOf.get(c.id) as string,
      codeHash: hashLetterCode(normalizeLetterCode(codes.get(c.id) as string) as string),
      expiresAt,
      printedBy: actor.id,
    })),
  );

  // Counted by the usage funnel like any invitation.
  await recordEvents(
    tx,
    chosen.map((c) => ({
      orgId,
      contactId: c.id,
      invitationId: invitationOf.get(c.id) ?? null,
      type: c.inviteStatus === 'not_invited' ? ('invited' as const) : ('resent' as const),
      actor,
      detail: { channel: 'letter' },
    })),
  );
  // Both events would carry the transaction's now(); a millisecond later keeps the timeline's order.
  await tx.insert(invitationEvents).values(
    chosen.map((c) => ({
      orgId,
      contactId: c.id,
      invitationId: invitationOf.get(c.id) ?? null,
      type: 'letter_printed' as const,
      actorType: actor.type,
      actorId: actor.id,
      detail: { expiresAt: expiresAt.toISOString() },
      createdAt: new Date(now.getTime() + 1),
    })),
  );
  await enqueueJobs(
    tx,
    created.map((i) => ({
      orgId,
      job: 'invitation.expire',
      payload: { invitationId: i.id },
      runAt: expiresAt,
    })),
  );

  const addresses = await addressesOf(tx, orgId, ids);
  const letters = chosen.map((c) => ({
    invitationId: invitationOf.get(c.id) as string,
    recipient: {
      contactId: c.id,
      firstName: c.firstName,
      name: `${c.firstName} ${c.lastName}`.trim(),
      accountName: addresses.get(c.id)?.accountName ?? null,
      address: addresses.get(c.id)?.lines ?? [],
    },
    code: codes.get(c.id) as string,
    expiresAt,
  }));
  return { organization: org, letters, skipped };
}

/**
 * Contacts carry no postal address of their own: a letter goes to a building they are linked to
 * directly, else to the first building of their first account (by name), with the account's name.
 */
async function addressesOf(tx: DbOrTx, orgId: string, ids: string[]) {
  const rows = await tx.execute<{
    contact_id: string;
    account_name: string | null;
    address_line1: string | null;
    address_line2: string | null;
    city: string | null;
    region: string | null;
    postal_code: string | null;
  }>(sql`
    select distinct on (c.contact_id) c.contact_id, a.name as account_name,
      b.address_line1, b.address_line2, b.city, b.region, b.postal_code
    from (
      select cb.contact_id, cb.building_id, 0 as rank from ${contactBuildings} cb
        where cb.org_id = ${orgId} and cb.contact_id in ${ids}
      union all
      select ca.contact_id, b2.id, 1 from ${contactAccounts} ca
        join ${buildings} b2 on b2.account_id = ca.account_id
        where ca.org_id = ${orgId} and ca.contact_id in ${ids}
    ) c
    join ${buildings} b on b.id = c.building_id and b.org_id = ${orgId}
    join ${schema.accounts} a on a.id = b.account_id
    order by c.contact_id, c.rank, lower(b.name), b.id`);
  const result = new Map<string, { accountName: string | null; lines: string[] }>();
  for (const r of rows.rows) {
    const cityLine = [r.city, r.region, r.postal_code].filter((p) => p?.trim()).join(' ');
    const lines = [r.address_line1, r.address_line2, cityLine].filter((l): l is string => !!l?.trim());
    result.set(r.contact_id, { accountName: r.account_name, lines });
  }
  return result;
}

import { type DbOrTx, schema } from '@portico/db';
import { and, count, eq, sql } from 'drizzle-orm';
import { ConflictError, NotFoundError, RuleViolationError } from '../errors';
import { enqueueJobs } from '../jobs/outbox';
import {
  decodeCursor,
  type Keyset,
  keysetCondition,
  keysetOrder,
  keysetSelect,
  type Page,
  type PageRequest,
  toPage,
} from '../pagination';

const { contacts, invitations } = schema;

/**
 * The office's retry of a finally failed email: `failed -> queued` with a new job, in one
 * transaction. Refused once the invitation is no longer pending (accepted, revoked, expired):
 * there is nothing left to send. Retrying an email that is already queued again is a no-op, so a
 * double click does no harm.
 */
export async function retryFailedSend(db: DbOrTx, orgId: string, invitationId: string): Promise<void> {
  await db.transaction(async (tx) => {
    const [invitation] = await tx
      .select({
        status: invitations.status,
        deliveryState: invitations.deliveryState,
        expiresAt: invitations.expiresAt,
      })
      .from(invitations)
      .where(and(eq(invitations.orgId, orgId), eq(invitations.id, invitationId)))
      .for('update')
      .limit(1);
    if (!invitation) throw new NotFoundError('Invitation');
    if (invitation.status !== 'pending' || invitation.expiresAt <= new Date()) {
      throw new RuleViolationError(
        'This invitation is no longer pending, so its email cannot be sent again. Invite the contact again instead.',
      );
    }
    if (invitation.deliveryState === 'queued' || invitation.deliveryState === 'sending') return;
    if (invitation.deliveryState === 'sent')
      throw new ConflictError('This invitation email was already sent.');
    await tx
      .update(invitations)
      .set({ deliveryState: 'queued', lastError: null })
      .where(eq(invitations.id, invitationId));
    await enqueueJobs(tx, [{ orgId, job: 'invitation.send', payload: { invitationId } }]);
  });
}

export interface EmailFailure {
  invitationId: string;
  contactId: string;
  contactName: string;
  email: string | null;
  reason: string | null;
  attempts: number;
  batchId: string | null;
  failedAt: Date;
  /** False once the invitation is accepted, revoked or expired: a retry would be refused. */
  retryable: boolean;
}

const failureKeyset: Keyset = {
  keys: [sql`${invitations.updatedAt}`, sql`${invitations.id}`],
  types: ['timestamptz', 'uuid'],
};

/** Finally failed invitation emails of an organization, newest first, for the office to retry. */
export async function listEmailFailures(
  db: DbOrTx,
  orgId: string,
  page: PageRequest,
): Promise<Page<EmailFailure>> {
  const order = page.order ?? 'desc';
  const where = and(eq(invitations.orgId, orgId), eq(invitations.deliveryState, 'failed'));
  const cursor = decodeCursor(page.cursor, failureKeyset);
  const [rows, [total]] = await Promise.all([
    db
      .select({
        invitationId: invitations.id,
        contactId: invitations.contactId,
        firstName: contacts.firstName,
        lastName: contacts.lastName,
        email: contacts.email,
        reason: invitations.lastError,
        attempts: invitations.deliveryAttempts,
        batchId: invitations.batchId,
        failedAt: invitations.updatedAt,
        status: invitations.status,
        expiresAt: invitations.expiresAt,
        cursorKeys: keysetSelect(failureKeyset),
      })
      .from(invitations)
      .innerJoin(contacts, eq(contacts.id, invitations.contactId))
      .where(and(where, keysetCondition(failureKeyset, cursor, order)))
      .orderBy(...keysetOrder(failureKeyset, order))
      .limit(page.limit + 1),
    db.select({ n: count() }).from(invitations).where(where),
  ]);
  const now = new Date();
  const result = toPage(rows, page.limit, total?.n ?? 0);
  return {
    ...result,
    items: result.items.map(({ firstName, lastName, status, expiresAt, ...item }) => ({
      ...item,
      contactName: `${firstName} ${lastName}`.trim(),
      retryable: status === 'pending' && expiresAt > now,
    })),
  };
}

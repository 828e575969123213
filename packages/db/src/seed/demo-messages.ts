import { and, asc, eq } from 'drizzle-orm';
import type { Tx } from '../client';
import * as s from '../schema';
import { demoSignIns } from './demo-data';

const HOUR = 3_600_000;
const ago = (hours: number) => new Date(Date.now() - hours * HOUR);

/**
 * Two conversations of the demo customer (Dana Lee): a question about one of her buildings the
 * office has not read yet (the inbox's unread badge), and one the office started, answered
 * back and forth, whose last reply Dana has not read (the portal's "new" mark).
 */
export async function seedDemoMessages(tx: Tx, { orgId }: { orgId: string }): Promise<void> {
  const [dana] = await tx
    .select({ id: s.contacts.id, accountId: s.contactAccounts.accountId })
    .from(s.contacts)
    .innerJoin(s.contactAccounts, eq(s.contactAccounts.contactId, s.contacts.id))
    .where(and(eq(s.contacts.orgId, orgId), eq(s.contacts.email, demoSignIns.customer.email)))
    .limit(1);
  const [staff] = await tx
    .select({ id: s.officeUsers.id })
    .from(s.officeUsers)
    .where(and(eq(s.officeUsers.orgId, orgId), eq(s.officeUsers.email, demoSignIns.staff.email)))
    .limit(1);
  if (!dana || !staff) return;
  const [building] = await tx
    .select({ id: s.buildings.id })
    .from(s.buildings)
    .where(eq(s.buildings.accountId, dana.accountId))
    .orderBy(asc(s.buildings.name))
    .limit(1);

  const [question] = await tx
    .insert(s.messageThreads)
    .values({
      orgId,
      accountId: dana.accountId,
      buildingId: building?.id ?? null,
      subject: 'Alarm panel beeping at night',
      startedBy: 'contact',
      contactId: dana.id,
      lastMessageAt: ago(3),
      lastContactMessageAt: ago(3),
      createdAt: ago(3),
    })
    .returning({ id: s.messageThreads.id });
  if (question) {
    await tx.insert(s.messages).values({
      orgId,
      threadId: question.id,
      authorKind: 'contact',
      contactId: dana.id,
      body: 'The fire alarm panel in the lobby beeps every few minutes after 10 pm. Is that a fault?',
      createdAt: ago(3),
    });
    await tx
      .insert(s.messageThreadReads)
      .values({ orgId, threadId: question.id, contactId: dana.id, lastReadAt: ago(3) });
  }

  const [visit] = await tx
    .insert(s.messageThreads)
    .values({
      orgId,
      accountId: dana.accountId,
      subject: 'Your annual service visit',
      startedBy: 'office',
      contactId: dana.id,
      startedByOfficeUserId: staff.id,
      assigneeId: staff.id,
      lastMessageAt: ago(20),
      lastContactMessageAt: ago(30),
      officeReadAt: ago(20),
      createdAt: ago(50),
    })
    .returning({ id: s.messageThreads.id });
  if (visit) {
    await tx.insert(s.messages).values([
      {
        orgId,
        threadId: visit.id,
        authorKind: 'office',
        officeUserId: staff.id,
        body: 'Your annual inspection is due next month. Which week suits you best?',
        createdAt: ago(50),
      },
      {
        orgId,
        threadId: visit.id,
        authorKind: 'contact',
        contactId: dana.id,
        body: 'The second week works, ideally in the mornings.',
        createdAt: ago(30),
      },
      {
        orgId,
        threadId: visit.id,
        authorKind: 'office',
        officeUserId: staff.id,
        body: 'Booked for Tuesday of the second week, 8 am. We will confirm the day before.',
        createdAt: ago(20),
      },
    ]);
    await tx
      .insert(s.messageThreadReads)
      .values({ orgId, threadId: visit.id, contactId: dana.id, lastReadAt: ago(30) });
  }
}

import { and, desc, eq, sql } from 'drizzle-orm';
import type { Tx } from '../client';
import * as s from '../schema';
import { demoSignIns } from './demo-data';

const DAY = 86_400_000;

type Step = { to: s.ServiceRequestStatus; daysAfter: number; note?: string; scheduledInDays?: number };

/** A few requests in every state, spread over recent months, so the portal and office screens have a story. */
const demoRequests: {
  description: string;
  urgency: s.ServiceRequestUrgency;
  daysAgo: number;
  steps: Step[];
}[] = [
  {
    description: 'The fire door on the second floor stairwell no longer closes by itself.',
    urgency: 'high',
    daysAgo: 2,
    steps: [],
  },
  {
    description: 'Sprinkler head in the loading bay is dripping after last week’s freeze.',
    urgency: 'emergency',
    daysAgo: 6,
    steps: [{ to: 'scheduled', daysAfter: 0, note: 'A technician is booked.', scheduledInDays: 2 }],
  },
  {
    description: 'Annual extinguisher tags are missing on the ground floor.',
    urgency: 'normal',
    daysAgo: 40,
    steps: [
      { to: 'scheduled', daysAfter: 1, scheduledInDays: 5 },
      { to: 'in_progress', daysAfter: 5 },
      { to: 'done', daysAfter: 6, note: 'All 12 extinguishers inspected and tagged.' },
    ],
  },
  {
    description: 'Could you repaint the parking lines?',
    urgency: 'low',
    daysAgo: 75,
    steps: [{ to: 'declined', daysAfter: 2, note: 'Line painting is outside our fire and safety contract.' }],
  },
];

/**
 * Demo service requests, raised by the demo customer first (else other enrolled contacts) for buildings they see (through an account
 * link), each with the status history its state implies.
 */
export async function seedDemoServiceRequests(tx: Tx, params: { orgId: string; now?: Date }): Promise<void> {
  const now = (params.now ?? new Date()).getTime();
  const raisers = await tx
    .select({ contactId: s.contacts.id, accountId: s.buildings.accountId, buildingId: s.buildings.id })
    .from(s.contacts)
    .innerJoin(s.contactAccounts, eq(s.contactAccounts.contactId, s.contacts.id))
    .innerJoin(s.buildings, eq(s.buildings.accountId, s.contactAccounts.accountId))
    .where(and(eq(s.contacts.orgId, params.orgId), eq(s.contacts.inviteStatus, 'enrolled')))
    .orderBy(
      desc(sql`${s.contacts.email} = ${demoSignIns.customer.email}`),
      s.contacts.createdAt,
      s.buildings.name,
    )
    .limit(20);
  // All from one contact (the demo customer), across that contact's buildings.
  const places = raisers.filter((r) => r.contactId === raisers[0]?.contactId);
  if (places.length === 0) return;
  let number = 0;
  for (const [i, demo] of demoRequests.entries()) {
    const who = places[i % places.length];
    if (!who) continue;
    const createdAt = new Date(now - demo.daysAgo * DAY);
    const last = demo.steps.at(-1);
    const lastAt = last ? new Date(createdAt.getTime() + last.daysAfter * DAY) : createdAt;
    const scheduled = [...demo.steps].reverse().find((step) => step.scheduledInDays !== undefined);
    const scheduledFor =
      scheduled?.scheduledInDays !== undefined
        ? new Date(createdAt.getTime() + (scheduled.daysAfter + scheduled.scheduledInDays) * DAY)
        : null;
    number += 1;
    const [request] = await tx
      .insert(s.serviceRequests)
      .values({
        orgId: params.orgId,
        number,
        accountId: who.accountId,
        buildingId: who.buildingId,
        requestedBy: who.contactId,
        description: demo.description,
        urgency: demo.urgency,
        status: last?.to ?? 'received',
        declineReason: last?.to === 'declined' ? (last.note ?? null) : null,
        scheduledFor: last?.to === 'received' ? null : scheduledFor,
        createdAt,
        updatedAt: lastAt,
      })
      .returning({ id: s.serviceRequests.id });
    if (!request) continue;
    const events: (typeof s.serviceRequestEvents.$inferInsert)[] = [
      {
        orgId: params.orgId,
        requestId: request.id,
        actorType: 'contact',
        contactId: who.contactId,
        toStatus: 'received',
        createdAt,
      },
    ];
    let from: s.ServiceRequestStatus = 'received';
    for (const step of demo.steps) {
      const at = new Date(createdAt.getTime() + step.daysAfter * DAY);
      events.push({
        orgId: params.orgId,
        requestId: request.id,
        actorType: 'office_user',
        fromStatus: from,
        toStatus: step.to,
        note: step.note ?? null,
        scheduledFor:
          step.scheduledInDays !== undefined ? new Date(at.getTime() + step.scheduledInDays * DAY) : null,
        // Demo history: already told (no email goes out for it).
        noticeClaimedAt: at,
        noticeSentAt: at,
        createdAt: at,
      });
      from = step.to;
    }
    await tx.insert(s.serviceRequestEvents).values(events);
  }
}

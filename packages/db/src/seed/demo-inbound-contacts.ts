import type { Tx } from '../client';
import * as s from '../schema';

const DAY = 86_400_000;

/**
 * A year of inbound emails and calls for the demo organization, trending down as the portal is
 * taken up, so the channel-shift chart has a story: calls as weekly tallies from the phone system
 * (integration), emails logged by hand, a few of them with a customer and a subject.
 */
export async function seedDemoInboundContacts(
  tx: Tx,
  params: { orgId: string; accountIds: string[]; createdBy: string | null; now?: Date },
): Promise<void> {
  const now = params.now ?? new Date();
  const rows: (typeof s.inboundContacts.$inferInsert)[] = [];
  for (let back = 11; back >= 0; back--) {
    const monthStart = Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1);
    const month = new Date(monthStart).toISOString().slice(0, 7);
    // From about 44 calls and 36 emails a month down to about 11 and 9.
    const calls = Math.round(44 - (11 - back) * 3);
    const emails = Math.round(36 - (11 - back) * 2.5);
    for (let week = 0; week < 4; week++) {
      const at = new Date(monthStart + (week * 7 + 2) * DAY + 17 * 3600_000);
      if (at > now) break;
      rows.push({
        orgId: params.orgId,
        channel: 'call',
        occurredAt: at,
        count: Math.max(1, Math.round(calls / 4)),
        subject: 'Weekly total from the phone system',
        source: 'integration',
        externalId: `phones-${month}-w${week + 1}`,
      });
      const accountId = params.accountIds[(back + week) % Math.max(1, params.accountIds.length)] ?? null;
      rows.push({
        orgId: params.orgId,
        channel: 'email',
        occurredAt: new Date(at.getTime() - DAY),
        count: Math.max(1, Math.round(emails / 4) - 1),
        source: 'manual',
        createdBy: params.createdBy,
      });
      rows.push({
        orgId: params.orgId,
        channel: 'email',
        occurredAt: new Date(at.getTime() - DAY + 3600_000),
        count: 1,
        accountId,
        subject: week % 2 === 0 ? 'Asked for a copy of an invoice' : 'Asked when the next inspection is',
        source: 'manual',
        createdBy: params.createdBy,
      });
    }
  }
  if (rows.length > 0) await tx.insert(s.inboundContacts).values(rows);
}

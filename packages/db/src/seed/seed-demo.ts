import { count } from 'drizzle-orm';
import { createDb, type Tx } from '../client';
import { hashPassword, hashToken, newToken } from '../credentials';
import * as s from '../schema';
import { defaultTemplates } from './default-templates';
import { seedDemoContent } from './demo-content';
import {
  type DemoAccountKey,
  type DemoStatus,
  demoAccounts,
  demoBuildings,
  demoContacts,
  demoSignIns,
} from './demo-data';
import { seedDemoHelpArticles } from './demo-help-articles';
import { seedDemoInboundContacts } from './demo-inbound-contacts';
import { seedDemoMessages } from './demo-messages';
import { seedDemoServiceRequests } from './demo-service-requests';

const DAY = 86_400_000;

export interface SeedResult {
  seeded: boolean;
  signIns: { role: string; email: string; password: string }[];
}

const signInList = (): SeedResult['signIns'] => [
  { role: 'office admin', email: demoSignIns.admin.email, password: demoSignIns.admin.password },
  {
    role: 'office staff (no invitations.send)',
    email: demoSignIns.staff.email,
    password: demoSignIns.staff.password,
  },
  { role: 'customer (portal)', email: demoSignIns.customer.email, password: demoSignIns.customer.password },
];

/** Seeds the demo organization unless the database already holds one. */
export async function seedDemoIfEmpty(databaseUrl: string): Promise<SeedResult> {
  const { db, close } = createDb(databaseUrl, { max: 1, applicationName: 'portico-seed' });
  try {
    const [row] = await db.select({ n: count() }).from(s.organizations);
    if ((row?.n ?? 0) > 0) return { seeded: false, signIns: signInList() };
    await db.transaction((tx) => seedDemo(tx));
    return { seeded: true, signIns: signInList() };
  } finally {
    await close();
  }
}

export async function seedDemo(tx: Tx): Promise<void> {
  const [org] = await tx
    .insert(s.organizations)
    .values({
      name: 'Northwind Fire & Safety',
      slug: 'northwind',
      defaultEmailFrom: 'portal@northwind.example',
    })
    .returning();
  if (!org) throw new Error('organization insert returned nothing');
  const orgId = org.id;

  const [adminRole, staffRole] = await tx
    .insert(s.roles)
    .values([
      { orgId, name: 'Administrator', permissions: [...s.permissions] },
      { orgId, name: 'Office staff', permissions: ['contacts.write', 'access.manage', 'reports.read'] },
    ])
    .returning();
  if (!adminRole || !staffRole) throw new Error('role insert returned nothing');
  await tx.insert(s.officeUsers).values([
    {
      orgId,
      roleId: adminRole.id,
      email: demoSignIns.admin.email,
      name: demoSignIns.admin.name,
      passwordHash: await hashPassword(demoSignIns.admin.password),
    },
    {
      orgId,
      roleId: staffRole.id,
      email: demoSignIns.staff.email,
      name: demoSignIns.staff.name,
      passwordHash: await hashPassword(demoSignIns.staff.password),
    },
  ]);

  await tx.insert(s.notificationTemplates).values(
    Object.entries(defaultTemplates).map(([kind, t]) => ({
      orgId,
      kind: kind as s.TemplateKind,
      isDefault: true,
      ...t,
    })),
  );

  const [group] = await tx
    .insert(s.clientGroups)
    .values({ orgId, name: 'Harbor & Maple Holdings' })
    .returning();
  const accountIds = new Map<DemoAccountKey, string>();
  for (const a of demoAccounts) {
    const { key, group: inGroup, ...fields } = a;
    const [row] = await tx
      .insert(s.accounts)
      .values({
        orgId,
        ...fields,
        clientGroupId: inGroup ? group?.id : null,
        externalId: `ACC-${key.toUpperCase()}`,
      })
      .returning({ id: s.accounts.id });
    if (row) accountIds.set(key, row.id);
  }
  const buildingIds = new Map<string, string>();
  for (const b of demoBuildings) {
    const [row] = await tx
      .insert(s.buildings)
      .values({
        orgId,
        accountId: accountIds.get(b.account) as string,
        name: b.name,
        addressLine1: b.address,
        city: b.city,
        region: 'OH',
        country: 'US',
        latitude: b.lat,
        longitude: b.lng,
        siteSource: b.siteSource,
      })
      .returning({ id: s.buildings.id });
    if (row) buildingIds.set(b.name, row.id);
  }

  const customerHash = await hashPassword(demoSignIns.customer.password);
  for (const [i, c] of demoContacts.entries()) {
    const [contact] = await tx
      .insert(s.contacts)
      .values({
        orgId,
        firstName: c.first,
        lastName: c.last,
        email: c.email,
        phone: `+1 937 555 01${String(i).padStart(2, '0')}`,
        clientGroupId: c.groupUser ? group?.id : null,
        accessProposals: c.billing ?? false,
        accessInvoices: c.billing ?? false,
        inviteStatus: c.status === 'suspended' ? 'enrolled' : c.status,
        suspended: c.status === 'suspended',
        suspendedNote:
          c.status === 'suspended'
            ? 'Access paused while the account is reviewed. Call the office on 937 555 0100.'
            : null,
        suspendedAt: c.status === 'suspended' ? new Date() : null,
      })
      .returning({ id: s.contacts.id });
    if (!contact) continue;
    const accountId = accountIds.get(c.account) as string;
    if (c.building) {
      await tx
        .insert(s.contactBuildings)
        .values({ orgId, contactId: contact.id, buildingId: buildingIds.get(c.building) as string });
    } else {
      await tx
        .insert(s.contactAccounts)
        .values({ orgId, contactId: contact.id, accountId, isBillingContact: c.billing ?? false });
    }
    const hash = c.email === demoSignIns.customer.email ? customerHash : await hashPassword(newToken());
    await seedPortalHistory(tx, orgId, contact.id, c.status, i, hash);
  }

  await seedDemoContent(tx, {
    orgId,
    orgName: org.name,
    accounts: demoAccounts.map((a) => ({ id: accountIds.get(a.key) as string, name: a.name, key: a.key })),
    buildings: demoBuildings.map((b) => ({
      id: buildingIds.get(b.name) as string,
      name: b.name,
      accountId: accountIds.get(b.account) as string,
    })),
  });
  await seedDemoInboundContacts(tx, { orgId, accountIds: [...accountIds.values()], createdBy: null });
  await seedDemoServiceRequests(tx, { orgId });
  await seedDemoHelpArticles(tx, { orgId });
  await seedDemoMessages(tx, { orgId });
}

/** Gives each demo contact the invitation rows and timeline its status implies. */
async function seedPortalHistory(
  tx: Tx,
  orgId: string,
  contactId: string,
  status: DemoStatus,
  i: number,
  passwordHash: string,
) {
  if (status === 'not_invited') return;
  const invitedAt = new Date(Date.now() - (10 + i) * DAY);
  const expiresAt =
    status === 'invited' ? new Date(Date.now() + 2 * DAY) : new Date(invitedAt.getTime() + 3 * DAY);
  const sentAt = status === 'invited' ? new Date(Date.now() - DAY) : invitedAt;
  const invitationStatus = status === 'invited' ? 'pending' : status === 'expired' ? 'expired' : 'accepted';
  const [inv] = await tx
    .insert(s.invitations)
    .values({
      orgId,
      contactId,
      tokenHash: hashToken(newToken()),
      status: invitationStatus,
      deliveryState: 'sent',
      deliveryAttempts: 1,
      messageId: `<demo-${i}@northwind.example>`,
      expiresAt,
      sentAt,
      createdAt: sentAt,
      acceptedAt: invitationStatus === 'accepted' ? new Date(sentAt.getTime() + DAY) : null,
      expiredAt: invitationStatus === 'expired' ? expiresAt : null,
    })
    .returning({ id: s.invitations.id });
  const invitationId = inv?.id ?? null;
  const at = (offsetMs: number) => new Date(sentAt.getTime() + offsetMs);
  const events: (typeof s.invitationEvents.$inferInsert)[] = [
    { orgId, contactId, invitationId, type: 'invited', actorType: 'system', createdAt: at(0) },
    {
      orgId,
      contactId,
      invitationId,
      type: 'email_sent',
      actorType: 'system',
      detail: { messageId: `<demo-${i}@northwind.example>` },
      createdAt: at(60_000),
    },
  ];
  if (status === 'expired')
    events.push({
      orgId,
      contactId,
      invitationId,
      type: 'expired',
      actorType: 'system',
      createdAt: expiresAt,
    });
  if (status === 'enrolled' || status === 'suspended') {
    events.push(
      {
        orgId,
        contactId,
        invitationId,
        type: 'link_opened',
        actorType: 'contact',
        actorId: contactId,
        createdAt: at(DAY - 120_000),
      },
      {
        orgId,
        contactId,
        invitationId,
        type: 'registered',
        actorType: 'contact',
        actorId: contactId,
        createdAt: at(DAY),
      },
    );
    await tx.insert(s.portalIdentities).values({
      orgId,
      contactId,
      passwordHash,
      enrolledAt: at(DAY),
      lastSignInAt: at(2 * DAY),
      signInCount: 3,
    });
    // What they did since, so the usage report (active users, feature use) has something to count.
    const visit = (offsetDays: number, type: s.ActivityType) => ({
      orgId,
      contactId,
      type,
      createdAt: new Date(Date.now() - offsetDays * DAY + i * 60_000),
    });
    await tx
      .insert(s.activityEvents)
      .values([
        visit(9, 'sign_in'),
        visit(9, 'document_viewed'),
        visit(4, 'sign_in'),
        visit(4, 'document_downloaded'),
        visit(3, 'search'),
      ]);
  }
  if (status === 'suspended')
    events.push({ orgId, contactId, type: 'suspended', actorType: 'system', createdAt: new Date() });
  await tx.insert(s.invitationEvents).values(events);
}

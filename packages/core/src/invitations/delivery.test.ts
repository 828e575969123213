import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createDb, type Db, type DbHandle, hashToken, schema } from '@portico/db';
import { createTestDatabase, makeContact, makeOrganization, type TestDatabase } from '@portico/db/testing';
import { and, eq, inArray } from 'drizzle-orm';
import {
  claimInvitationSend,
  claimInvitationSends,
  failInvitationSend,
  markInvitationSent,
  markInvitationsSent,
  releaseInvitationSend,
} from './delivery';
import { systemActor } from './events';
import { inviteContact, revokeInvitation } from './invitations';

const { invitationEvents, invitations, notificationTemplates } = schema;
const portalUrl = 'https://portal.example.test';

let database: TestDatabase;
let handle: DbHandle;
let db: Db;

beforeAll(async () => {
  database = await createTestDatabase();
  handle = createDb(database.url, { max: 4 });
  db = handle.db;
});

afterAll(async () => {
  await handle?.close();
  await database?.drop();
});

async function invited(overrides: Parameters<typeof makeOrganization>[1] = {}) {
  const org = await makeOrganization(db, overrides);
  const contact = await makeContact(db, org.id, { firstName: 'Dana', lastName: 'Whitfield' });
  const invitation = await db.transaction((tx) => inviteContact(tx, org.id, contact.id, systemActor));
  return { org, contact, invitation };
}

async function rowOf(id: string) {
  const [row] = await db.select().from(invitations).where(eq(invitations.id, id));
  if (!row) throw new Error('invitation not found');
  return row;
}

describe('claimInvitationSend', () => {
  it('claims once, minting a token whose hash is stored and whose link is on the portal URL', async () => {
    const { org, contact, invitation } = await invited({
      name: 'Acme',
      defaultEmailFrom: 'office@acme.test',
    });
    const claim = await claimInvitationSend(db, invitation.id, { portalUrl });
    expect(claim).not.toBeNull();
    expect(claim).toMatchObject({
      orgId: org.id,
      contactId: contact.id,
      to: contact.email,
      from: 'office@acme.test',
    });
    expect(claim?.values).toMatchObject({
      contactFirstName: 'Dana',
      contactLastName: 'Whitfield',
      organizationName: 'Acme',
      inviteUrl: `${portalUrl}/accept?token=${claim?.token}`,
    });
    // No template of its own and no organization default: the built-in text.
    expect(claim?.template.subject).toBe('{{organizationName}} invites you to the customer portal');
    const row = await rowOf(invitation.id);
    expect(row).toMatchObject({
      deliveryState: 'sending',
      deliveryAttempts: 1,
      tokenHash: hashToken(claim?.token ?? ''),
    });

    expect(await claimInvitationSend(db, invitation.id, { portalUrl })).toBeNull();
  });

  it("uses the organization's default template when the invitation names none", async () => {
    const { org, invitation } = await invited();
    await db.insert(notificationTemplates).values({
      orgId: org.id,
      kind: 'invitation',
      name: 'Ours',
      subject: 'Join us, {{contactFirstName}}',
      htmlBody: '<p>{{inviteUrl}}</p>',
      textBody: '{{inviteUrl}}',
      isDefault: true,
    });
    const claim = await claimInvitationSend(db, invitation.id, { portalUrl });
    expect(claim?.template.subject).toBe('Join us, {{contactFirstName}}');
  });

  it('claims nothing for a revoked or expired invitation', async () => {
    const revoked = await invited();
    await db.transaction((tx) =>
      revokeInvitation(
        tx,
        { orgId: revoked.org.id, actor: { type: 'office_user', id: crypto.randomUUID() }, permissions: [] },
        revoked.contact.id,
      ),
    );
    expect(await claimInvitationSend(db, revoked.invitation.id, { portalUrl })).toBeNull();

    const expired = await invited();
    await db
      .update(invitations)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(invitations.id, expired.invitation.id));
    expect(await claimInvitationSend(db, expired.invitation.id, { portalUrl })).toBeNull();
    expect((await rowOf(expired.invitation.id)).deliveryState).toBe('queued');
  });

  it('fails for good when the contact lost its email address', async () => {
    const { contact, invitation } = await invited();
    await db.update(schema.contacts).set({ email: null }).where(eq(schema.contacts.id, contact.id));
    expect(await claimInvitationSend(db, invitation.id, { portalUrl })).toBeNull();
    expect(await rowOf(invitation.id)).toMatchObject({ deliveryState: 'failed', tokenHash: null });
  });
});

describe('in batches', () => {
  it('claims each invitation of a batch once, with its own token, and marks each with its own message id', async () => {
    const a = await invited();
    const b = await invited();
    const revoked = await invited();
    await db.update(invitations).set({ status: 'revoked' }).where(eq(invitations.id, revoked.invitation.id));
    // A duplicate job in the same batch asks twice: there is one claim, not two.
    const ids = [a.invitation.id, b.invitation.id, a.invitation.id, revoked.invitation.id];
    const claims = await claimInvitationSends(db, ids, { portalUrl });
    expect([...claims.keys()].sort()).toEqual([a.invitation.id, b.invitation.id].sort());
    const claimA = claims.get(a.invitation.id);
    const claimB = claims.get(b.invitation.id);
    expect(claimA?.to).toBe(a.contact.email);
    expect(claimB?.to).toBe(b.contact.email);
    expect(claimA?.token).not.toBe(claimB?.token);
    expect(await rowOf(a.invitation.id)).toMatchObject({
      deliveryState: 'sending',
      deliveryAttempts: 1,
      tokenHash: hashToken(claimA?.token ?? ''),
    });
    expect((await rowOf(b.invitation.id)).tokenHash).toBe(hashToken(claimB?.token ?? ''));
    expect((await claimInvitationSends(db, ids, { portalUrl })).size).toBe(0);

    const marked = await markInvitationsSent(db, [
      { invitationId: b.invitation.id, messageId: '<b@test>' },
      { invitationId: a.invitation.id, messageId: '<a@test>' },
      { invitationId: revoked.invitation.id, messageId: '<never@test>' },
    ]);
    expect([...marked].sort()).toEqual([a.invitation.id, b.invitation.id].sort());
    expect(await rowOf(a.invitation.id)).toMatchObject({ deliveryState: 'sent', messageId: '<a@test>' });
    expect(await rowOf(b.invitation.id)).toMatchObject({ deliveryState: 'sent', messageId: '<b@test>' });
    const events = await db
      .select()
      .from(invitationEvents)
      .where(
        and(
          inArray(invitationEvents.invitationId, [a.invitation.id, b.invitation.id, revoked.invitation.id]),
          eq(invitationEvents.type, 'email_sent'),
        ),
      );
    expect(events.map((e) => [e.invitationId, e.detail]).sort()).toEqual(
      [
        [a.invitation.id, { messageId: '<a@test>' }],
        [b.invitation.id, { messageId: '<b@test>' }],
      ].sort(),
    );
  });
});

describe('after the attempt', () => {
  it('marks sent once, with an email_sent event carrying the message id', async () => {
    const { invitation } = await invited();
    await claimInvitationSend(db, invitation.id, { portalUrl });
    expect(await markInvitationSent(db, invitation.id, '<m1@test>')).toBe(true);
    expect(await markInvitationSent(db, invitation.id, '<m2@test>')).toBe(false);
    const row = await rowOf(invitation.id);
    expect(row).toMatchObject({ deliveryState: 'sent', messageId: '<m1@test>' });
    expect(row.sentAt).not.toBeNull();
    const events = await db
      .select()
      .from(invitationEvents)
      .where(and(eq(invitationEvents.invitationId, invitation.id), eq(invitationEvents.type, 'email_sent')));
    expect(events.map((e) => e.detail)).toEqual([{ messageId: '<m1@test>' }]);
  });

  it('releases for a retry, dropping the undelivered token, and fails for good with an event', async () => {
    const { invitation } = await invited();
    await claimInvitationSend(db, invitation.id, { portalUrl });
    expect(await releaseInvitationSend(db, invitation.id, '421 busy')).toBe(true);
    expect(await rowOf(invitation.id)).toMatchObject({
      deliveryState: 'queued',
      tokenHash: null,
      lastError: '421 busy',
    });

    await claimInvitationSend(db, invitation.id, { portalUrl });
    expect(await failInvitationSend(db, invitation.id, '421 still busy')).toBe(true);
    expect(await rowOf(invitation.id)).toMatchObject({
      deliveryState: 'failed',
      deliveryAttempts: 2,
      tokenHash: null,
    });
    const [event] = await db
      .select()
      .from(invitationEvents)
      .where(
        and(eq(invitationEvents.invitationId, invitation.id), eq(invitationEvents.type, 'email_failed')),
      );
    expect(event?.detail).toEqual({ reason: '421 still busy' });
  });
});

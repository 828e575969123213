import { describe, expect, it } from '@jest/globals';
import { schema } from '@portico/db';
import { makeContact, makeOrganization } from '@portico/db/testing';
import { eq } from 'drizzle-orm';
import request from 'supertest';
import { expectProblem } from '../../../test/problem';
import { signedInOrg, useTestApp } from '../../../test/test-app';

const t = useTestApp();

async function failedInvitation(
  orgId: string,
  overrides: Partial<typeof schema.invitations.$inferInsert> = {},
) {
  const contact = await makeContact(t.db, orgId, { inviteStatus: 'invited' });
  const [invitation] = await t.db
    .insert(schema.invitations)
    .values({
      orgId,
      contactId: contact.id,
      expiresAt: new Date(Date.now() + 86_400_000),
      deliveryState: 'failed',
      deliveryAttempts: 5,
      lastError: '550 mailbox unavailable',
      ...overrides,
    })
    .returning();
  return { contact, invitation: invitation as typeof schema.invitations.$inferSelect };
}

describe('email failures', () => {
  it('lists final failures with their reason, and retries one', async () => {
    const { org, auth } = await signedInOrg(t);
    const { invitation, contact } = await failedInvitation(org.id);
    await failedInvitation(org.id, { status: 'revoked' });
    const list = await request(t.app.server).get('/api/v1/email-failures').set('authorization', auth);
    expect(list.status).toBe(200);
    expect(list.body.total).toBe(2);
    const item = list.body.items.find((f: { invitationId: string }) => f.invitationId === invitation.id);
    expect(item).toMatchObject({
      contactId: contact.id,
      reason: '550 mailbox unavailable',
      attempts: 5,
      retryable: true,
    });

    const retry = await request(t.app.server)
      .post(`/api/v1/email-failures/${invitation.id}/retry`)
      .set('authorization', auth);
    expect(retry.status).toBe(202);
    const [row] = await t.db
      .select()
      .from(schema.invitations)
      .where(eq(schema.invitations.id, invitation.id));
    expect(row?.deliveryState).toBe('queued');
    const jobs = (await t.db.select().from(schema.outbox)).filter(
      (o) => o.payload.invitationId === invitation.id,
    );
    expect(jobs.map((j) => j.job)).toEqual(['invitation.send']);
    const after = await request(t.app.server).get('/api/v1/email-failures').set('authorization', auth);
    expect(after.body.total).toBe(1);
  });

  it('refuses to retry an invitation that is no longer pending, and needs invitations.send', async () => {
    const { org, auth } = await signedInOrg(t);
    const { invitation } = await failedInvitation(org.id, { status: 'revoked' });
    expectProblem(
      await request(t.app.server)
        .post(`/api/v1/email-failures/${invitation.id}/retry`)
        .set('authorization', auth),
      422,
    );
    const staff = await signedInOrg(t, { permissions: ['contacts.write'] });
    const own = await failedInvitation(staff.org.id);
    expectProblem(
      await request(t.app.server)
        .post(`/api/v1/email-failures/${own.invitation.id}/retry`)
        .set('authorization', staff.auth),
      403,
    );
  });

  it("neither lists nor retries another organization's failures", async () => {
    const { auth } = await signedInOrg(t);
    const other = await makeOrganization(t.db);
    const { invitation } = await failedInvitation(other.id);
    const list = await request(t.app.server).get('/api/v1/email-failures').set('authorization', auth);
    expect(list.body.total).toBe(0);
    expectProblem(
      await request(t.app.server)
        .post(`/api/v1/email-failures/${invitation.id}/retry`)
        .set('authorization', auth),
      404,
    );
  });
});

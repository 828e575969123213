import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  createWebhookEndpoint,
  inviteContact,
  type OfficeContext,
  recordWebhookEvent,
  replayWebhookDelivery,
  sendWebhookTest,
  systemActor,
  verifyWebhookSignature,
} from '@portico/core';
import { permissions, schema, type WebhookEventType } from '@portico/db';
import { makeContact, makeOfficeUser, makeOrganization } from '@portico/db/testing';
import { eq } from 'drizzle-orm';
import { waitFor } from '../test/wait-for';
import { startWebhookReceiver, type WebhookReceiver } from '../test/webhook-receiver';
import { emailTo, useWorkerHarness } from '../test/worker-harness';

const { organizations, webhookDeliveries, webhookEndpoints } = schema;

describe('webhook deliveries', () => {
  // Two attempts, 20 ms apart, and an endpoint is disabled after two deliveries failed for good.
  const h = useWorkerHarness({
    env: {
      WEBHOOK_ATTEMPTS: '2',
      WEBHOOK_BACKOFF_MS: '20',
      WEBHOOK_MAX_BACKOFF_MS: '100',
      WEBHOOK_TIMEOUT_MS: '2000',
      WEBHOOK_DISABLE_AFTER_FAILURES: '2',
    },
  });
  let receiver: WebhookReceiver;
  beforeAll(async () => {
    receiver = await startWebhookReceiver();
  });
  afterAll(() => receiver?.close());

  /** An organization that allows private targets, an office user, and an endpoint on the receiver. */
  async function setUp(events: WebhookEventType[] = ['contact.enrolled']) {
    const org = await makeOrganization(h.db, { webhooksAllowPrivateTargets: true });
    const user = await makeOfficeUser(h.db, org.id);
    const ctx: OfficeContext = { orgId: org.id, actor: { type: 'office_user', id: user.id }, permissions };
    const url = `${receiver.url}/${org.id}`;
    const { endpoint, secret } = await createWebhookEndpoint(h.db, ctx, { url, events: [...events] });
    return { org, user, ctx, endpoint, secret };
  }

  async function deliveryRow(id: string) {
    const [row] = await h.db.select().from(webhookDeliveries).where(eq(webhookDeliveries.id, id));
    if (!row) throw new Error('delivery not found');
    return row;
  }

  async function settled(id: string) {
    return waitFor(async () => {
      const row = await deliveryRow(id);
      return row.status !== 'pending' && row;
    }, `delivery ${id} to settle`);
  }

  async function emit(orgId: string, data = { contactId: crypto.randomUUID() }) {
    await h.db.transaction((tx) => recordWebhookEvent(tx, { orgId, type: 'contact.enrolled', data }));
    const rows = await h.db.select().from(webhookDeliveries).where(eq(webhookDeliveries.orgId, orgId));
    return rows.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime()).at(-1) as (typeof rows)[number];
  }

  it('POSTs a signed body that verifies with the secret, with event id and type headers', async () => {
    const { org, secret, endpoint } = await setUp();
    const before = receiver.received.length;
    const delivery = await emit(org.id, { contactId: '9d1f2b8e-0000-4000-8000-000000000001' });
    const done = await settled(delivery.id);
    expect(done).toMatchObject({ status: 'succeeded', attempts: 1, lastResponseCode: 200, lastError: null });
    expect(done.deliveredAt).not.toBeNull();

    const got = receiver.received.slice(before).find((r) => r.headers['x-portico-delivery'] === delivery.id);
    if (!got) throw new Error('nothing received');
    expect(got.headers['content-type']).toBe('application/json');
    expect(got.headers['x-portico-event']).toBe('contact.enrolled');
    expect(got.headers['x-portico-event-id']).toBe(delivery.eventId);
    const signature = String(got.headers['x-portico-signature']);
    expect(signature).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    expect(verifyWebhookSignature(secret, got.body, signature)).toBe(true);
    expect(verifyWebhookSignature('whsec_wrong', got.body, signature)).toBe(false);
    expect(verifyWebhookSignature(secret, got.body.replace('0001', '0002'), signature)).toBe(false);
    expect(JSON.parse(got.body)).toEqual({
      id: delivery.eventId,
      type: 'contact.enrolled',
      createdAt: expect.any(String),
      organizationId: org.id,
      data: { contactId: '9d1f2b8e-0000-4000-8000-000000000001' },
    });
    const [row] = await h.db.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, endpoint.id));
    expect(row?.consecutiveFailures).toBe(0);
  });

  it('retries a receiver that answers 500, and ends succeeded on the second attempt', async () => {
    const { org } = await setUp();
    receiver.answers.push(500);
    const delivery = await emit(org.id);
    const done = await settled(delivery.id);
    expect(done).toMatchObject({ status: 'succeeded', attempts: 2, lastResponseCode: 200, lastError: null });
    const sent = receiver.received.filter((r) => r.headers['x-portico-delivery'] === delivery.id);
    expect(sent).toHaveLength(2);
    // Both attempts carry the same event id, for the receiver to dedupe.
    expect(new Set(sent.map((r) => r.headers['x-portico-event-id']))).toEqual(new Set([delivery.eventId]));
  });

  it('delivers a test event and a replay with the same event id', async () => {
    const { ctx, endpoint } = await setUp();
    const test = await sendWebhookTest(h.db, ctx, endpoint.id);
    expect((await settled(test.id)).status).toBe('succeeded');
    const replay = await replayWebhookDelivery(h.db, ctx, endpoint.id, test.id);
    expect((await settled(replay.id)).status).toBe('succeeded');
    const bodies = receiver.received
      .filter((r) => [test.id, replay.id].includes(String(r.headers['x-portico-delivery'])))
      .map((r) => JSON.parse(r.body));
    expect(bodies).toHaveLength(2);
    expect(bodies[0]).toEqual(bodies[1]);
    expect(bodies[0]).toMatchObject({ id: test.eventId, type: 'webhook.test' });
  });

  it('checks the address again at delivery time: a loopback target fails once private targets are off', async () => {
    const { org } = await setUp();
    await h.db
      .update(organizations)
      .set({ webhooksAllowPrivateTargets: false })
      .where(eq(organizations.id, org.id));
    const delivery = await emit(org.id);
    const done = await settled(delivery.id);
    expect(done.status).toBe('failed');
    expect(done.lastError).toContain('loopback');
    expect(done.lastResponseCode).toBeNull();
    expect(receiver.received.some((r) => r.headers['x-portico-delivery'] === delivery.id)).toBe(false);
  });

  it('disables the endpoint after sustained failure and emails the office users who manage integrations', async () => {
    const { org, endpoint, user, ctx } = await setUp();
    const bystander = await makeOfficeUser(h.db, org.id, { permissions: ['contacts.write'] });
    // Every attempt of two deliveries fails (2 attempts each).
    receiver.answers.push(503, 503, 503, 503);
    const first = await emit(org.id);
    expect(await settled(first.id)).toMatchObject({ status: 'failed', attempts: 2, lastResponseCode: 503 });
    const [afterOne] = await h.db.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, endpoint.id));
    expect(afterOne).toMatchObject({ consecutiveFailures: 1, disabledAt: null });
    const second = await emit(org.id);
    expect(await settled(second.id)).toMatchObject({ status: 'failed', attempts: 2 });

    const [disabled] = await h.db.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, endpoint.id));
    expect(disabled?.disabledAt).not.toBeNull();
    expect(disabled?.disabledReason).toContain('2 deliveries in a row failed');
    expect(disabled?.disabledReason).toContain('503');

    const [email] = await emailTo(h.sink, user.email);
    expect(email?.subject).toBe(`Webhook endpoint disabled: ${endpoint.url}`);
    expect(email?.text).toContain('2 deliveries in a row failed');
    expect(h.sink.to(bystander.email)).toHaveLength(0);

    // Disabled: new events are no longer recorded for it, and a test event is refused.
    await h.db.transaction((tx) =>
      recordWebhookEvent(tx, { orgId: org.id, type: 'contact.enrolled', data: { contactId: 'x' } }),
    );
    const rows = await h.db
      .select()
      .from(webhookDeliveries)
      .where(eq(webhookDeliveries.endpointId, endpoint.id));
    expect(rows).toHaveLength(2);
    await expect(sendWebhookTest(h.db, ctx, endpoint.id)).rejects.toThrow('disabled');
  });

  it('sends invitation.sent from the worker once the invitation email is out', async () => {
    const { org } = await setUp(['invitation.sent']);
    const contact = await makeContact(h.db, org.id, { firstName: 'Robin' });
    const invitation = await h.db.transaction((tx) => inviteContact(tx, org.id, contact.id, systemActor));
    const got = await waitFor(
      () => receiver.received.find((r) => r.body.includes(invitation.id)),
      'the invitation.sent webhook',
    );
    expect(JSON.parse(got.body)).toMatchObject({
      type: 'invitation.sent',
      data: { invitationId: invitation.id, contactId: contact.id, email: contact.email, firstName: 'Robin' },
    });
  });
});

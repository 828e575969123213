import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createWebhookEndpoint, recordWebhookEvent } from '@portico/core';
import { permissions, schema } from '@portico/db';
import { makeOfficeUser, makeOrganization } from '@portico/db/testing';
import { eq } from 'drizzle-orm';
import { waitFor } from '../test/wait-for';
import { startWebhookReceiver, type WebhookReceiver } from '../test/webhook-receiver';
import { useWorkerHarness } from '../test/worker-harness';
import { startWorker } from './worker';

const { webhookDeliveries } = schema;

describe('webhook deliveries across a worker restart', () => {
  // The retry waits 1.5 s: long enough to stop the worker while it is pending in Redis.
  const h = useWorkerHarness({ start: false, env: { WEBHOOK_BACKOFF_MS: '1500', WEBHOOK_ATTEMPTS: '5' } });
  let receiver: WebhookReceiver;
  beforeAll(async () => {
    receiver = await startWebhookReceiver();
  });
  afterAll(() => receiver?.close());

  it('completes a delivery mid-retry on a new worker after the first one stopped', async () => {
    const org = await makeOrganization(h.db, { webhooksAllowPrivateTargets: true });
    const user = await makeOfficeUser(h.db, org.id);
    const ctx = { orgId: org.id, actor: { type: 'office_user' as const, id: user.id }, permissions };
    await createWebhookEndpoint(h.db, ctx, { url: receiver.url, events: ['contact.suspended'] });
    receiver.answers.push(500);

    const first = await startWorker(h.config);
    await h.db.transaction((tx) =>
      recordWebhookEvent(tx, { orgId: org.id, type: 'contact.suspended', data: { contactId: user.id } }),
    );
    const [pending] = await h.db.select().from(webhookDeliveries).where(eq(webhookDeliveries.orgId, org.id));
    if (!pending) throw new Error('no delivery recorded');
    const failedOnce = await waitFor(async () => {
      const [row] = await h.db.select().from(webhookDeliveries).where(eq(webhookDeliveries.id, pending.id));
      return row?.attempts === 1 && row.lastResponseCode === 500 && row;
    }, 'the first attempt to fail');
    expect(failedOnce).toMatchObject({ status: 'pending', attemptStartedAt: null });
    expect(failedOnce.nextAttemptAt).not.toBeNull();
    await first.stop();

    h.worker = await startWorker(h.config);
    const done = await waitFor(async () => {
      const [row] = await h.db.select().from(webhookDeliveries).where(eq(webhookDeliveries.id, pending.id));
      return row?.status === 'succeeded' && row;
    }, 'the delivery to complete on the new worker');
    expect(done).toMatchObject({ attempts: 2, lastResponseCode: 200 });
    expect(receiver.received.filter((r) => r.headers['x-portico-delivery'] === pending.id)).toHaveLength(2);
  });
});

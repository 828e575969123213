import { describe, expect, it } from '@jest/globals';
import { schema } from '@portico/db';
import { makeContact, makeOrganization } from '@portico/db/testing';
import { eq } from 'drizzle-orm';
import { waitFor } from '../test/wait-for';
import { emailTo, invite, runSweepNow, useWorkerHarness } from '../test/worker-harness';
import { startWorker } from './worker';

const { invitations } = schema;

describe('worker lifecycle', () => {
  const h = useWorkerHarness({ start: false });

  async function deliveryState(id: string) {
    const [row] = await h.db
      .select({ state: invitations.deliveryState })
      .from(invitations)
      .where(eq(invitations.id, id));
    return row?.state;
  }

  it('stops gracefully: a send in flight finishes and is recorded before stop resolves', async () => {
    const worker = await startWorker(h.config);
    const org = await makeOrganization(h.db);
    const contact = await makeContact(h.db, org.id);
    h.sink.delayMs = 500;
    try {
      const invitation = await invite(h.db, org.id, contact.id);
      await waitFor(async () => (await deliveryState(invitation.id)) === 'sending', 'the send to start');
      await worker.stop();
      expect(await deliveryState(invitation.id)).toBe('sent');
      expect(h.sink.to(contact.email as string)).toHaveLength(1);
    } finally {
      h.sink.delayMs = 0;
      await worker.stop();
    }
  });

  it('resends an email whose worker died mid-send, once the reconcile sweep finds it', async () => {
    h.worker = await startWorker(h.config);
    const org = await makeOrganization(h.db);
    const contact = await makeContact(h.db, org.id);
    const invitation = await invite(h.db, org.id, contact.id);
    await emailTo(h.sink, contact.email as string);
    await waitFor(async () => (await deliveryState(invitation.id)) === 'sent', 'the first send');
    // As a worker that claimed the send and then died would have left it, long ago.
    await h.db
      .update(invitations)
      .set({ deliveryState: 'sending', updatedAt: new Date(Date.now() - 2 * h.config.stuckSendMs) })
      .where(eq(invitations.id, invitation.id));

    expect(await runSweepNow(h.worker, 'sweep.reconcile-sends')).toMatchObject({ resumed: 1 });
    await emailTo(h.sink, contact.email as string, 2);
    await waitFor(async () => (await deliveryState(invitation.id)) === 'sent', 'the resend');
  });
});

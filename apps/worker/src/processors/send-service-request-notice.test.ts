import { randomBytes } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import {
  changeServiceRequestStatus,
  createPortalServiceRequest,
  loadPortalContact,
  updateNotificationPreferences,
  verifyUnsubscribeToken,
} from '@portico/core';
import { schema } from '@portico/db';
import {
  makeAccount,
  makeBuilding,
  makeEnrolledContact,
  makeOfficeUser,
  makeOrganization,
} from '@portico/db/testing';
import { eq } from 'drizzle-orm';
import { waitFor } from '../../test/wait-for';
import { emailTo, PORTAL_URL, useWorkerHarness } from '../../test/worker-harness';

const { serviceRequestEvents } = schema;

describe('service request notices', () => {
  const h = useWorkerHarness();

  async function setup() {
    const org = await makeOrganization(h.db, { name: `Acme ${randomBytes(3).toString('hex')}` });
    const account = await makeAccount(h.db, org.id);
    const site = await makeBuilding(h.db, org.id, account.id, { name: 'North Tower' });
    const contact = await makeEnrolledContact(h.db, org.id, { accountId: account.id, firstName: 'Dana' });
    const user = await makeOfficeUser(h.db, org.id);
    const scope = {
      contact: await loadPortalContact(h.db, contact.id, org.id),
      view: { kind: 'all' as const },
    };
    const request = await createPortalServiceRequest(h.db, scope, {
      buildingId: site.id,
      description: 'Water on the third floor',
    });
    const change = (
      status: 'scheduled' | 'declined' | 'done',
      extra: { note?: string; scheduledFor?: string } = {},
    ) =>
      changeServiceRequestStatus(h.db, org.id, { type: 'office_user', id: user.id }, request.id, {
        status,
        ...extra,
      });
    return { org, contact, request, change };
  }

  const lastEvent = async (requestId: string) => {
    const rows = await h.db
      .select()
      .from(serviceRequestEvents)
      .where(eq(serviceRequestEvents.requestId, requestId));
    return rows.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime()).at(-1);
  };

  it('emails the requester each change, with a deep link and one-click unsubscribe for the category', async () => {
    const { contact, request, change } = await setup();
    await change('scheduled', { scheduledFor: '2030-05-01T09:00:00Z', note: 'Bring the ladder key' });
    const [email] = await emailTo(h.sink, contact.email as string);
    expect(email?.subject).toBe(`Service request #${request.number} at North Tower: scheduled`);
    expect(email?.text).toContain('Hello Dana');
    expect(email?.text).toContain('Note: Bring the ladder key');
    expect(email?.text).toContain('2030');
    expect(email?.text).toContain(`${PORTAL_URL}/service-requests/${request.id}`);
    const header = email?.headers.get('list-unsubscribe') ?? '';
    expect(email?.headers.get('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    const token = decodeURIComponent(/token=([^>]+)>/.exec(header.replace(/\s+/g, ''))?.[1] ?? '');
    expect(verifyUnsubscribeToken(h.config.unsubscribeKey, token)).toEqual({
      contactId: contact.id,
      categories: ['service_requests'],
    });
    await waitFor(async () => (await lastEvent(request.id))?.noticeSentAt, 'the notice to be marked sent');

    await change('declined', { note: 'Outside the contract <b>sorry</b>' });
    const emails = await emailTo(h.sink, contact.email as string, 2);
    expect(emails[1]?.text).toContain('Reason: Outside the contract <b>sorry</b>');
    expect(emails[1]?.html).toContain('Outside the contract &lt;b&gt;sorry&lt;/b&gt;');
  });

  it('sends nothing when the contact turned service request emails off', async () => {
    const { contact, request, change } = await setup();
    await updateNotificationPreferences(h.db, contact, { service_requests: 'off' }, 'contact');
    await change('done');
    const event = await waitFor(async () => {
      const e = await lastEvent(request.id);
      return e?.noticeError ? e : null;
    }, 'the notice to be skipped');
    expect(event.noticeError).toContain('turned service request emails off');
    expect(event.noticeSentAt).toBeNull();
    expect(h.sink.to(contact.email as string)).toEqual([]);
  });
});

import { describe, expect, it } from '@jest/globals';
import { demoSignIns } from '@portico/db';
import { officeUsers, pageHeading, signIn } from '../harness/office';
import { screenshots } from '../harness/screenshots';
import { useStack } from '../harness/stack';

describe('office console: view as customer', () => {
  const stack = useStack();
  const snap = screenshots('office-view-as-customer');

  it('opens the portal as the contact in a new tab, read-only, and records it', async () => {
    const db = stack.app.db;
    const contact = await db.query.contacts.findFirst({
      where: (c, { eq }) => eq(c.email, demoSignIns.customer.email),
    });
    if (!contact) throw new Error('the seeded customer is missing');
    const activityBefore = await db.query.activityEvents.findMany({
      where: (e, { eq }) => eq(e.contactId, contact.id),
    });

    const page = await stack.newOfficePage();
    // Office staff have access.manage (and not invitations.send): enough to view as a customer.
    await signIn(page, officeUsers.staff);
    await page.goto(`/contacts/${contact.id}`);
    await pageHeading(page, /Dana Lee/).waitFor();

    const [portal] = await Promise.all([
      page.context().waitForEvent('page'),
      page.getByRole('button', { name: 'View as customer' }).click(),
    ]);
    const banner = portal.getByRole('region', { name: 'Preview' });
    await banner.getByText(/you are viewing the portal as Dana Lee — read-only/i).waitFor();
    expect(new URL(portal.url()).hash).toBe('');
    await snap(portal, 'preview-home');

    // What the customer sees, looked at: the office's clicks are not the customer's use.
    // Clicks only: the preview token lives in this tab's memory, so a reload would end it.
    await portal.getByRole('navigation', { name: 'Portal' }).getByRole('link', { name: 'Documents' }).click();
    await portal.getByRole('table').getByRole('link').first().click();
    await portal.getByRole('dialog').getByRole('button', { name: 'Download PDF' }).waitFor();
    await snap(portal, 'preview-document');
    const activityAfter = await db.query.activityEvents.findMany({
      where: (e, { eq }) => eq(e.contactId, contact.id),
    });
    expect(activityAfter).toHaveLength(activityBefore.length);

    // "End preview" ends it on the server and closes the tab the office opened.
    const closed = portal.waitForEvent('close');
    await banner.getByRole('button', { name: 'End preview' }).click();
    await closed;
    const [preview] = await db.query.portalPreviews.findMany({
      where: (p, { eq }) => eq(p.contactId, contact.id),
    });
    expect(preview?.codeUsedAt).not.toBeNull();
    expect(preview?.endedAt).not.toBeNull();

    await page.reload();
    const history = page.getByRole('region', { name: /customer portal/i }).getByRole('listitem');
    await history.filter({ hasText: /viewed the portal as this contact/i }).waitFor();
    await snap(page, 'contact-history');
  });
});

import { describe, expect, it } from '@jest/globals';
import { openPage, viewports } from '../harness/browser';
import { officeUsers, pageHeading, signIn } from '../harness/office';
import { portalCustomers, signInToPortal } from '../harness/portal';
import { screenshots } from '../harness/screenshots';
import { useStack } from '../harness/stack';

describe('messages: a customer asks, the office answers', () => {
  const stack = useStack();
  const snap = screenshots('messages');

  it('a contact asks about a building, the office replies from its inbox, and the contact reads the reply', async () => {
    const subject = 'Water under the boiler';
    const question = 'There is water under the boiler in the plant room since Monday.';
    const answer = 'Thanks, a technician will come tomorrow morning.';

    // The customer, on a phone.
    const customer = await openPage(stack.browser, stack.portalUrl);
    try {
      const portal = customer.page;
      await portal.setViewportSize(viewports.phone);
      await signInToPortal(portal, portalCustomers.dana);
      await portal.getByRole('button', { name: 'Menu' }).click();
      await portal
        .getByRole('navigation', { name: 'Portal' })
        .getByRole('link', { name: 'Messages' })
        .click();
      await pageHeading(portal, /^messages$/i).waitFor();
      await portal.getByRole('link', { name: 'Ask a question' }).click();
      await pageHeading(portal, /ask a question/i).waitFor();
      const property = portal.getByLabel('Property');
      await property.waitFor();
      const firstBuilding = await property.locator('option').nth(1).textContent();
      await property.selectOption({ index: 1 });
      await portal.getByLabel('Subject').fill(subject);
      await portal.getByLabel('Your message').fill(question);
      await snap(portal, 'portal-new-question');
      await portal.getByRole('button', { name: 'Send', exact: true }).click();
      await pageHeading(portal, new RegExp(subject)).waitFor();
      await portal.getByText(question).waitFor();
      await snap(portal, 'portal-question-sent');

      // The office, at a desk: the inbox shows the question unread, with the badge in the nav.
      const page = await stack.newOfficePage();
      await signIn(page, officeUsers.staff);
      const nav = page.getByRole('navigation', { name: 'Main' });
      // The badge says how many conversations wait (the seeded question, and this one).
      await nav.getByRole('link', { name: /^Messages\W+\d+ unread$/ }).waitFor();
      await nav.getByRole('link', { name: /Messages/ }).click();
      await pageHeading(page, /^messages$/i).waitFor();
      const row = page.getByRole('listitem').filter({ hasText: subject });
      await row.getByText('1 unread').waitFor();
      if (firstBuilding) await row.getByText(firstBuilding.trim(), { exact: false }).waitFor();
      await snap(page, 'office-inbox');
      await row.getByRole('link').click();
      await pageHeading(page, new RegExp(subject)).waitFor();
      await page.getByText(question).waitFor();
      await page.getByRole('textbox', { name: 'Reply' }).fill(answer);
      await page.getByRole('button', { name: 'Send reply' }).click();
      await page.getByRole('list', { name: 'Messages' }).getByText(answer).waitFor();
      await snap(page, 'office-thread-replied');
      // Opened and answered: no longer unread in the inbox.
      await page
        .getByRole('navigation', { name: 'Breadcrumb' })
        .getByRole('link', { name: 'Messages' })
        .click();
      await row.getByRole('link').waitFor();
      // The list may first show its cached page; the mark must be gone once it is refetched.
      await row.getByText('1 unread').waitFor({ state: 'detached' });

      // The reply email reaches the customer with a deep link to the conversation.
      const [email] = await stack.sink.waitForEmails(portalCustomers.dana.email);
      const link = email?.links.find((l) => l.startsWith(`${stack.portalUrl}/messages/`));
      expect(link).toBeDefined();

      // The customer sees the reply: marked new in the list, then in the conversation.
      await portal.goto('/messages');
      const card = portal.getByRole('listitem').filter({ hasText: subject });
      await card.getByText('1 new').waitFor();
      await snap(portal, 'portal-messages-unread');
      await portal.goto(link as string);
      await portal.getByText(answer).waitFor();
      await snap(portal, 'portal-reply-read');
      await portal.goto('/messages');
      await card.waitFor();
      await expect(card.getByText('1 new').count()).resolves.toBe(0);
      expect(customer.errors).toEqual([]);
    } finally {
      await customer.context.close();
    }
  });
});

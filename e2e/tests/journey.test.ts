import { describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { type OpenedPage, openPage } from '../harness/browser';
import { officeUsers, pageHeading, signIn, untilShownAfterReload } from '../harness/office';
import { officeApi, seriousAxeViolations } from '../harness/portal';
import { screenshots } from '../harness/screenshots';
import { useStack } from '../harness/stack';
import { waitFor } from '../harness/wait-for';

/**
 * Issue 11: one customer's whole way through the product, in a real browser against the real
 * stack — from the office creating them to a magic-link sign-in after a suspension.
 */

// A new person at a seeded customer, linked to one seeded building only. Every demo building has
// four published quarterly inspection reports, two service reports and a proposal of its own;
// the seed's invoices belong to the account, not to a building.
const customer = {
  firstName: 'Jordan',
  lastName: 'Rivera',
  email: 'jordan.rivera@riversidemed.example',
  password: 'jordan-portal-password-2026',
};
const fullName = `${customer.firstName} ${customer.lastName}`;
const building = { name: 'Riverside Outpatient Clinic', account: 'Riverside Medical Center' };
const suspensionNote = 'Access paused while we renew your service contract. Call Avery on 555-0142.';

interface AdoptionReport {
  headline: { emailsWithAccess: number; customersWithAccess: number };
  customers: { items: { name: string; hasAccess: boolean; emailsWithAccess: number }[] } | null;
  emails: { items: { email: string | null; portalStatus: string }[] } | null;
}

/** The adoption report as the office reads it (GET /api/v1/reports/portal-adoption). */
async function adoption(apiUrl: string, query: string): Promise<AdoptionReport> {
  const office = await officeApi(apiUrl);
  return office<AdoptionReport>('GET', `/api/v1/reports/portal-adoption?${query}`);
}

async function expectAccessible(page: Page): Promise<void> {
  expect(await seriousAxeViolations(page)).toEqual([]);
}

/** The first email to the customer holding a link that starts with `prefix`. */
async function linkInEmail(stack: ReturnType<typeof useStack>, prefix: string): Promise<string> {
  return waitFor(
    () =>
      stack.sink.messages
        .filter((m) => m.to.includes(customer.email))
        .flatMap((m) => m.links)
        .find((link) => link.startsWith(prefix)),
    `an email to ${customer.email} with a link to ${prefix}`,
  );
}

describe('the whole journey (issue 11)', () => {
  const stack = useStack();
  const snap = screenshots('journey');

  it('takes a customer from the office’s invitation to the portal, through a suspension and back', async () => {
    const before = await adoption(stack.apiUrl, 'table=customers');

    // --- The office admin creates the contact: one building, inspection reports only.
    const office = await stack.newOfficePage();
    await signIn(office, officeUsers.admin);
    await office.getByRole('link', { name: 'New contact' }).first().click();
    await pageHeading(office, /^new contact$/i).waitFor();
    await office.getByLabel(/^first name/i).fill(customer.firstName);
    await office.getByLabel(/^last name/i).fill(customer.lastName);
    await office.getByLabel(/^email/i).fill(customer.email);
    await office.getByRole('combobox', { name: /^add a building/i }).fill('Outpatient');
    await office.getByRole('option', { name: new RegExp(building.name) }).click();
    await office.getByRole('listitem').filter({ hasText: building.name }).waitFor();
    const areas = office.getByRole('group', { name: /what they may see/i });
    await areas.getByRole('checkbox', { name: /^inspection reports/i }).check();
    for (const area of [/^service reports/i, /^proposals/i, /^invoices/i]) {
      await areas.getByRole('checkbox', { name: area }).uncheck();
    }
    await snap(office, 'office-new-contact');
    await expectAccessible(office);
    await office.getByRole('button', { name: /^create contact$/i }).click();
    await pageHeading(office, new RegExp(fullName)).waitFor();

    // --- Invites them from the contact page.
    const portalCard = office.getByRole('region', { name: /^customer portal$/i });
    const status = (label: string) => portalCard.locator('.portal-status').getByText(label, { exact: true });
    await status('Not invited').waitFor();
    await portalCard.getByRole('button', { name: /^invite to customer portal$/i }).click();
    await status('Invited').waitFor();
    await snap(office, 'office-invited');

    // --- The email arrives; its link opens the portal, where they choose a password.
    const acceptLink = await linkInEmail(stack, `${stack.portalUrl}/accept?token=`);
    const opened: OpenedPage = await openPage(stack.browser, stack.portalUrl);
    const portal = opened.page;
    try {
      await portal.goto(acceptLink);
      await portal.getByLabel('Choose a password').fill(customer.password);
      await snap(portal, 'portal-accept-invitation');
      await expectAccessible(portal);
      await portal.getByRole('button', { name: 'Set password and open my portal' }).click();
      await portal.getByRole('heading', { level: 1, name: `Welcome, ${customer.firstName}` }).waitFor();

      // --- The dashboard: that building's inspection reports, no invoices.
      const latest = portal.getByRole('region', { name: 'Latest documents' });
      // The first portal screen loads its charts' code too: more time on a busy machine.
      await latest.getByRole('listitem').first().waitFor({ timeout: 30_000 });
      const latestKinds = await latest.locator('.row-sub').allTextContents();
      expect(latestKinds.length).toBeGreaterThan(0);
      for (const line of latestKinds)
        expect(line).toMatch(new RegExp(`^Inspection report · ${building.name}`));
      expect(await portal.getByText('Overdue invoices').count()).toBe(0);
      await portal.locator('.map--failed, .map--shown').first().waitFor({ timeout: 20_000 });
      await snap(portal, 'portal-dashboard');
      await expectAccessible(portal);

      // --- Documents: one area tab, the building's four inspection reports; invoices are not offered.
      await portal
        .getByRole('navigation', { name: 'Portal' })
        .getByRole('link', { name: 'Documents' })
        .click();
      const tabs = portal.getByRole('navigation', { name: 'Document areas' });
      await tabs.waitFor();
      expect(await tabs.getByRole('link').allTextContents()).toEqual(['Inspection reports']);
      const reports = portal.getByRole('table').getByRole('rowheader');
      await reports.first().waitFor();
      const titles = await reports.allTextContents();
      expect(titles).toHaveLength(4);
      for (const title of titles) expect(title).toContain(`Quarterly inspection report: ${building.name}`);
      await snap(portal, 'portal-documents');
      await expectAccessible(portal);
      // Asking for the invoices area by address lands on the reports again.
      await portal.goto('/documents?area=invoices');
      await tabs.waitFor();
      expect(await tabs.getByRole('link').allTextContents()).toEqual(['Inspection reports']);
      expect(await portal.getByText(/^invoice\b/i).count()).toBe(0);

      // --- The office sees "Enrolled" and the status history.
      await untilShownAfterReload(office, status('Enrolled'), 'Enrolled on the contact page');
      const history = portalCard.getByRole('listitem');
      // The timeline loads on its own, after the status.
      await history.filter({ hasText: /^registered/i }).waitFor();
      for (const event of [/^invited/i, /^email sent/i, /^registered/i]) {
        expect(await history.filter({ hasText: event }).count()).toBe(1);
      }
      await portalCard.scrollIntoViewIfNeeded();
      await snap(office, 'office-enrolled-history');
      await expectAccessible(office);

      // --- The adoption report counts the customer as having access: on the office's Reports
      // screen, and (the exact counts, before and after) from the API behind it.
      const contactUrl = office.url();
      await office.getByRole('navigation', { name: /main/i }).getByRole('link', { name: 'Reports' }).click();
      await pageHeading(office, /^portal adoption$/i).waitFor();
      await office.getByLabel('Email contains').fill(customer.email);
      const byEmail = office.getByRole('region', { name: /^by email/i });
      const emailRow = byEmail.getByRole('row').filter({ hasText: customer.email });
      await emailRow.getByText('Enrolled', { exact: true }).waitFor();
      // The filter applies after a pause in typing: until then every email is listed.
      await waitFor(
        async () => (await byEmail.getByRole('rowheader').count()) === 1,
        'the emails table narrowed to the customer',
      );
      const byCustomer = office.getByRole('region', { name: /^by customer/i });
      await byCustomer.getByRole('row').filter({ hasText: building.account }).waitFor();
      await snap(office, 'office-adoption-report');
      await expectAccessible(office);

      const after = await adoption(stack.apiUrl, 'table=customers');
      expect(after.headline.emailsWithAccess).toBe(before.headline.emailsWithAccess + 1);
      const row = (report: AdoptionReport) =>
        report.customers?.items.find((c) => c.name === building.account);
      expect(row(after)).toMatchObject({ hasAccess: true });
      expect(row(after)?.emailsWithAccess).toBe((row(before)?.emailsWithAccess ?? 0) + 1);
      const emails = await adoption(stack.apiUrl, `table=emails&email=${encodeURIComponent(customer.email)}`);
      expect(emails.emails?.items).toEqual([
        expect.objectContaining({ email: customer.email, portalStatus: 'enrolled' }),
      ]);
      await office.goto(contactUrl);
      await status('Enrolled').waitFor();

      // --- The office suspends them with a note.
      await portalCard.getByRole('button', { name: /^suspend/i }).click();
      const suspend = office.getByRole('dialog', { name: /^suspend/i });
      await suspend.getByLabel(/note shown to them at sign-in/i).fill(suspensionNote);
      await snap(office, 'office-suspend-dialog', { fullPage: false });
      await suspend.getByRole('button', { name: /^suspend access$/i }).click();
      await status('Suspended').waitFor();
      await portalCard.getByText(suspensionNote).first().waitFor();
      await snap(office, 'office-suspended');

      // --- The portal session ends at the customer's next request; sign-in shows the note.
      await portal.getByRole('navigation', { name: 'Portal' }).getByRole('link', { name: 'Search' }).click();
      await portal.getByRole('searchbox').fill('inspection');
      await portal.getByRole('heading', { name: 'Your portal access is suspended' }).waitFor();
      await portal.getByText(suspensionNote).waitFor();
      expect(new URL(portal.url()).pathname).toBe('/sign-in');
      await snap(portal, 'portal-suspended-sign-in');
      await expectAccessible(portal);

      // --- Reinstated, they sign in with an emailed link.
      await portalCard.getByRole('button', { name: /^reinstate$/i }).click();
      await status('Enrolled').waitFor();
      await snap(office, 'office-reinstated');

      await portal.goto('/sign-in');
      await portal.getByLabel(/^email/i).fill(customer.email);
      await portal.getByRole('button', { name: 'Email me a sign-in link instead' }).click();
      await portal.getByRole('heading', { name: 'Check your email' }).waitFor();
      await snap(portal, 'portal-magic-link-sent');
      const magicLink = await linkInEmail(stack, `${stack.portalUrl}/sign-in/link?token=`);
      await portal.goto(magicLink);
      await portal.getByRole('heading', { name: 'Sign in to your portal' }).waitFor();
      await snap(portal, 'portal-magic-link-page');
      await expectAccessible(portal);
      await portal.getByRole('button', { name: /^sign in$/i }).click();
      // Back where the suspension ended the session (the portal keeps that page for an hour).
      await portal.getByRole('heading', { level: 1, name: 'Search' }).waitFor();
      expect(await portal.getByRole('searchbox').inputValue()).toBe('inspection');
      await portal
        .getByRole('region', { name: /reports/i })
        .getByText(building.name)
        .first()
        .waitFor();
      await snap(portal, 'portal-signed-in-by-link');
      await portal
        .getByRole('navigation', { name: 'Portal' })
        .getByRole('link', { name: 'Dashboard' })
        .click();
      await portal.getByRole('heading', { level: 1, name: `Welcome, ${customer.firstName}` }).waitFor();
      expect(opened.errors).toEqual([]);
    } finally {
      await opened.context.close();
    }

    // --- Staff without invitations.send cannot send a bulk invite. The bulk invite screen's side
    // (no Send button, the permission named) is office-bulk-invite.test.ts's "lets staff without
    // invitations.send load the counts but not send"; here the API behind it refuses, and nothing is sent.
    const staff = await officeApi(stack.apiUrl, officeUsers.staff);
    const sent = stack.sink.messages.length;
    await expect(
      staff('POST', '/api/v1/invitation-batches', { filter: { division: 'Columbus' } }),
    ).rejects.toThrow(/: 403 /);
    expect(stack.sink.messages).toHaveLength(sent);
  }, 240_000);
});

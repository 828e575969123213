import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { openPage, viewports } from '../harness/browser';
import { officeApi, portalCustomers, seriousAxeViolations, signInToPortal } from '../harness/portal';
import { screenshots } from '../harness/screenshots';
import { useStack } from '../harness/stack';

/** Clicks made on the customer's behalf, counted for the report (issue 8: ≤ 3 to the first document). */
function clickCounter() {
  let clicks = 0;
  return {
    click: async (locator: ReturnType<Page['getByRole']>) => {
      clicks += 1;
      await locator.click();
    },
    get count() {
      return clicks;
    },
  };
}

describe('customer portal (issue 8)', () => {
  const stack = useStack();
  const snap = screenshots('portal-customer');

  it('accepts an invitation from a real email, reaches a document in few clicks, and switches views', async () => {
    const office = await officeApi(stack.apiUrl);
    const contacts = await office<{ items: { id: string; email: string | null }[] }>(
      'GET',
      `/api/v1/contacts?q=${encodeURIComponent('owen.fischer')}&limit=5`,
    );
    const owen = contacts.items.find((c) => c.email === portalCustomers.owen.email);
    if (!owen) throw new Error('the seeded group user is missing');
    await office('POST', `/api/v1/contacts/${owen.id}/invitation`, {});
    const [email] = await stack.sink.waitForEmails(portalCustomers.owen.email);
    const acceptLink = email?.links.find((link) => link.startsWith(`${stack.portalUrl}/accept?token=`));
    expect(acceptLink).toBeDefined();

    const { page, context, errors } = await openPage(stack.browser, stack.portalUrl);
    try {
      const counter = clickCounter();
      // Click 0 is the email's own link.
      await page.goto(acceptLink as string);
      await page.getByLabel('Choose a password').fill('owen-portal-password-2026');
      await snap(page, 'accept-invitation');
      await counter.click(page.getByRole('button', { name: 'Set password and open my portal' }));
      await page.getByRole('heading', { level: 1, name: /^welcome, owen/i }).waitFor();
      await page.getByRole('heading', { name: 'Latest documents' }).waitFor();
      await snap(page, 'first-dashboard');

      const latest = page.getByRole('region', { name: 'Latest documents' });
      await counter.click(latest.getByRole('listitem').first().getByRole('link'));
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('button', { name: 'Download PDF' }).waitFor();
      await snap(page, 'first-document', { fullPage: false });
      console.info(`Clicks from the invitation email to the first document: ${counter.count}`);
      expect(counter.count).toBeLessThanOrEqual(3);
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });

      // Owen sees reports only: no proposals or invoices anywhere.
      await page.goto('/documents?area=invoices');
      const areas = page.getByRole('navigation', { name: 'Document areas' });
      await areas.waitFor();
      const tabs = await areas.getByRole('link').allTextContents();
      expect(tabs).not.toContain('Invoices');
      expect(tabs).not.toContain('Proposals');

      // A client-group user: the whole group, or one client.
      const viewing = page.locator('.viewbar__current');
      expect(await viewing.textContent()).toMatch(/all clients/i);
      await page.getByRole('button', { name: 'Change view' }).first().click();
      await page
        .getByRole('dialog', { name: 'Change view' })
        .getByRole('radio', { name: 'Maple Street Schools' })
        .click();
      await page.getByRole('dialog').waitFor({ state: 'detached' });
      await page.goto('/properties');
      await page.getByRole('heading', { level: 1, name: 'Properties' }).waitFor();
      const table = page.getByRole('table');
      await table.waitFor();
      const names = await table.getByRole('rowheader').allTextContents();
      expect(names.some((n) => n.includes('Maple'))).toBe(true);
      expect(names.some((n) => n.includes('Harbor'))).toBe(false);
      expect(await viewing.textContent()).toBe('Maple Street Schools');
      await snap(page, 'one-client-view');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('shows a customer their documents, downloads one, accepts a proposal, and passes axe', async () => {
    const { page, context, errors } = await openPage(stack.browser, stack.portalUrl);
    try {
      await signInToPortal(page, portalCustomers.dana);
      await page.getByRole('heading', { name: 'Map of your properties' }).waitFor();
      await page.locator('.map--failed, .map--shown').first().waitFor({ timeout: 20_000 });
      await snap(page, 'dashboard');
      expect(await seriousAxeViolations(page)).toEqual([]);

      // The monthly report of the month picked (this one by default), as a PDF.
      const [report] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download monthly report' }).click(),
      ]);
      expect(
        readFileSync(await report.path())
          .subarray(0, 5)
          .toString(),
      ).toBe('%PDF-');

      await page.goto('/documents?area=invoices');
      await page.getByRole('table').waitFor();
      await snap(page, 'invoices');
      expect(await seriousAxeViolations(page)).toEqual([]);
      await page.getByRole('table').getByRole('link').first().click();
      const dialog = page.getByRole('dialog');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        dialog.getByRole('button', { name: 'Download PDF' }).click(),
      ]);
      const saved = await download.path();
      expect(readFileSync(saved).subarray(0, 5).toString()).toBe('%PDF-');
      expect(download.suggestedFilename()).toMatch(/\.pdf$/);
      await page.goBack();
      await dialog.waitFor({ state: 'detached' });

      await page.goto('/documents?area=proposals&decision=undecided');
      await page.getByRole('table').waitFor();
      await page.getByRole('table').getByRole('link').first().click();
      await dialog.getByRole('button', { name: 'Accept proposal' }).click();
      await dialog.getByRole('button', { name: 'Yes, accept' }).click();
      await dialog.getByText(/accepted by dana lee on/i).waitFor();
      await snap(page, 'proposal-accepted', { fullPage: false });
      expect(await seriousAxeViolations(page)).toEqual([]);
      await page.keyboard.press('Escape');

      await page.setViewportSize(viewports.phone);
      await page.goto('/');
      await page.getByRole('heading', { name: 'Map of your properties' }).waitFor();
      await page.getByRole('button', { name: 'Menu' }).click();
      await page.getByRole('navigation', { name: 'Portal' }).getByRole('link', { name: 'Search' }).click();
      await page.getByRole('searchbox').fill('harbor');
      await page.getByRole('heading', { level: 2, name: /properties/i }).waitFor();
      await snap(page, 'search-phone');
      expect(await seriousAxeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('walks the properties, a property overlay, the documents and search at both widths', async () => {
    const { page, context, errors } = await openPage(stack.browser, stack.portalUrl);
    try {
      await signInToPortal(page, portalCustomers.dana);
      await page
        .getByRole('navigation', { name: 'Portal' })
        .getByRole('link', { name: 'Properties' })
        .click();
      await page.getByRole('heading', { level: 1, name: 'Properties' }).waitFor();
      await page.locator('.map--failed, .map--shown').first().waitFor({ timeout: 20_000 });
      await snap(page, 'properties');
      await page.getByRole('table').getByRole('rowheader').first().getByRole('link').click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('table').first().waitFor();
      await snap(page, 'property-overlay', { fullPage: false });
      expect(await seriousAxeViolations(page)).toEqual([]);
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });

      await page.goto('/documents');
      await page.getByRole('table').waitFor();
      await snap(page, 'documents');
      await page.goto('/search?q=harbor');
      await page.getByRole('heading', { level: 2, name: /properties/i }).waitFor();
      await snap(page, 'search');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

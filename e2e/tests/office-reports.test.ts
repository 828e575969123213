import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { officeUsers, pageHeading, signIn } from '../harness/office';
import { artifactsDir } from '../harness/paths';
import { seriousAxeViolations } from '../harness/portal';
import { screenshots } from '../harness/screenshots';
import { useStack } from '../harness/stack';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

async function openReports(page: Page) {
  await page.getByRole('link', { name: 'Reports', exact: true }).click();
  await pageHeading(page, /^portal adoption$/i).waitFor();
}

describe('office console: portal adoption report', () => {
  const stack = useStack();
  const snap = screenshots('office-reports');

  it('shows the headline and both tables, filtered through the URL', async () => {
    const page = await stack.newOfficePage();
    await signIn(page, officeUsers.admin);
    await openReports(page);

    const customers = page.getByRole('region', { name: 'Customers', exact: true });
    await customers.getByText('With access').waitFor();
    await page
      .getByRole('region', { name: /^By customer/ })
      .getByRole('rowheader')
      .first()
      .waitFor();
    await page
      .getByRole('region', { name: /^By email/ })
      .getByRole('rowheader')
      .first()
      .waitFor();
    await snap(page, 'adoption');
    expect(await seriousAxeViolations(page)).toEqual([]);

    const filtered = page.waitForResponse(
      (response) =>
        response.url().includes('/reports/portal-adoption?') &&
        response.url().includes('table=emails') &&
        response.url().includes('inviteStatus=expired'),
    );
    await page.getByRole('checkbox', { name: 'Expired' }).check();
    await page.waitForURL(/inviteStatus=expired/);
    await filtered;
    const emails = page.getByRole('region', { name: /^By email/ });
    await emails.locator('.table-wrap[aria-busy="false"]').waitFor();
    const statuses = await emails.locator('tbody td[data-label="Invite status"]').allInnerTexts();
    expect(statuses.length).toBeGreaterThan(0);
    expect(new Set(statuses.map((s) => s.trim()))).toEqual(new Set(['Expired']));
    await snap(page, 'adoption-expired');

    // The table as CSV, through the signed-in client, under the same filters.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      (async () => {
        await page.getByRole('button', { name: /Export the emails table/ }).click();
        await page.getByRole('menuitem', { name: 'CSV' }).click();
      })(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const csv = await readFile(await download.path(), 'utf8');
    const lines = csv.trim().split(/\r?\n/);
    expect(lines.length).toBe(statuses.length + 1);
    expect(csv.toLowerCase()).toContain('expired');
  });

  it('schedules an export and lists it', async () => {
    const page = await stack.newOfficePage();
    await signIn(page, officeUsers.admin);
    await openReports(page);
    await page.getByRole('button', { name: 'Send or schedule' }).click();
    const dialog = page.getByRole('dialog', { name: 'Send or schedule an export' });
    await dialog.getByRole('radio', { name: 'On a schedule' }).check();
    await dialog
      .getByRole('textbox', { name: 'Recipients' })
      .fill('ops@northwind.example, lead@northwind.example');
    await dialog.getByRole('textbox', { name: 'Name' }).fill('Weekly adoption');
    await dialog.getByRole('combobox', { name: 'Table' }).selectOption('customers');
    await snap(page, 'schedule-dialog', { fullPage: false });
    await dialog.getByRole('button', { name: 'Create schedule' }).click();
    await page.getByText(/Scheduled “Weekly adoption”/).waitFor();

    await page.getByRole('link', { name: 'Schedules', exact: true }).click();
    const row = page.getByRole('row').filter({ hasText: 'Weekly adoption' });
    await row.getByText(/Every Monday at 08:00/).waitFor();
    await snap(page, 'schedules');
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Alerts', exact: true }).click();
    await page.getByRole('button', { name: 'New alert' }).click();
    const alert = page.getByRole('dialog', { name: 'New alert' });
    await alert.getByRole('textbox', { name: 'Name' }).fill('Activation slipping');
    await alert.getByRole('textbox', { name: 'Recipients' }).fill('ops@northwind.example');
    await alert.getByRole('button', { name: 'Create alert' }).click();
    await page.getByRole('rowheader', { name: /Activation slipping/ }).waitFor();
    await snap(page, 'alerts');
  });

  it('charts portal usage and downloads a chart as PNG', async () => {
    const page = await stack.newOfficePage();
    await signIn(page, officeUsers.admin);
    await openReports(page);
    await page.getByRole('link', { name: 'Usage', exact: true }).click();
    const funnel = page.getByRole('region', { name: 'Invite funnel' });
    await funnel.locator('.recharts-wrapper svg').first().waitFor();
    await page.getByRole('region', { name: 'At-risk customers' }).waitFor();
    await snap(page, 'usage');
    expect(await seriousAxeViolations(page)).toEqual([]);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      funnel.getByRole('button', { name: 'Download PNG of Invite funnel' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^invite-funnel-\d{4}-\d{2}-\d{2}\.png$/);
    const bytes = await readFile(await download.path());
    expect([...bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    expect(bytes.length).toBeGreaterThan(2_000);
    // Kept beside the screenshots, to look at.
    await download.saveAs(join(artifactsDir, 'office-reports', 'downloaded-invite-funnel.png'));
  });
});

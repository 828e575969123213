import { describe, expect, it } from '@jest/globals';
import { demoSignIns } from '@portico/db';
import type { Page } from 'playwright-core';
import { officeUsers, pageHeading, signIn } from '../harness/office';
import { seriousAxeViolations } from '../harness/portal';
import { screenshots } from '../harness/screenshots';
import { useStack } from '../harness/stack';

/** Dana (the seeded enrolled customer) accepts one proposal through the portal API. */
async function acceptAProposal(apiUrl: string): Promise<string> {
  const signIn = await fetch(`${apiUrl}/portal/v1/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: demoSignIns.customer.email, password: demoSignIns.customer.password }),
  });
  if (!signIn.ok) throw new Error(`portal sign-in: ${signIn.status} ${await signIn.text()}`);
  const { accessToken } = (await signIn.json()) as { accessToken: string };
  const headers = { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json' };
  const list = await fetch(`${apiUrl}/portal/v1/documents?kind=proposal&limit=5`, { headers });
  if (!list.ok) throw new Error(`portal documents: ${list.status} ${await list.text()}`);
  const { items } = (await list.json()) as { items: { id: string; title: string }[] };
  const proposal = items[0];
  if (!proposal) throw new Error('the demo customer sees no proposal');
  const decided = await fetch(`${apiUrl}/portal/v1/documents/${proposal.id}/decision`, {
    method: 'POST',
    headers,
    body: JSON.stringify({
      decision: 'accepted',
      name: 'Dana Lee',
      note: 'Please book it for a weekday morning.',
    }),
  });
  if (!decided.ok) throw new Error(`decision: ${decided.status} ${await decided.text()}`);
  return proposal.title;
}

async function expectNoSeriousAxeFindings(page: Page) {
  expect(await seriousAxeViolations(page)).toEqual([]);
}

describe('office console: portal content', () => {
  const stack = useStack();
  const snap = screenshots('office-portal-content');

  it('lists documents with customers’ decisions, and who can see one', async () => {
    const title = await acceptAProposal(stack.apiUrl);
    const page = await stack.newOfficePage();
    await signIn(page, officeUsers.admin);

    await page.getByRole('link', { name: 'Documents', exact: true }).click();
    await pageHeading(page, /^documents$/i).waitFor();
    await page.getByRole('rowheader').first().waitFor();
    await snap(page, 'documents');
    await expectNoSeriousAxeFindings(page);

    await page.getByLabel('Proposal decision').selectOption('accepted');
    const row = page.getByRole('row').filter({ hasText: title });
    await row.getByText('Accepted').waitFor();
    expect(await row.getByText('Please book it for a weekday morning.').count()).toBe(1);
    await snap(page, 'documents-accepted');

    await row.getByRole('link', { name: title }).click();
    const dialog = page.getByRole('dialog', { name: title });
    await dialog.getByRole('heading', { name: 'Who can see this?' }).waitFor();
    await dialog.getByText(/with a link can see this document/).waitFor();
    await snap(page, 'document-detail', { fullPage: false });
    await expectNoSeriousAxeFindings(page);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
  });

  it('shows who can see a building', async () => {
    const page = await stack.newOfficePage();
    await signIn(page, officeUsers.admin);
    await page.getByRole('link', { name: 'Buildings', exact: true }).click();
    await page.getByRole('rowheader').first().getByRole('link').click();
    const section = page.getByRole('region', { name: 'Who can see this?' });
    await section.getByText(/with a link can see this building/).waitFor();
    await section.scrollIntoViewIfNeeded();
    await snap(page, 'building-audience');
    await expectNoSeriousAxeFindings(page);
  });

  it('creates an API key shown once, and revokes it', async () => {
    const page = await stack.newOfficePage();
    await signIn(page, officeUsers.admin);
    await page.getByRole('link', { name: 'Integrations' }).click();
    await pageHeading(page, /^api keys$/i).waitFor();
    await page.getByRole('heading', { name: 'No API keys yet' }).waitFor();
    await snap(page, 'api-keys-empty');

    await page.getByRole('button', { name: 'New API key' }).click();
    const form = page.getByRole('dialog', { name: 'New API key' });
    await form.getByLabel(/^Name/).fill('Operations sync');
    await form.getByRole('checkbox', { name: /^Documents/ }).check();
    await form.getByRole('checkbox', { name: /^Defects/ }).check();
    await snap(page, 'api-key-new', { fullPage: false });
    await form.getByRole('button', { name: 'Create key' }).click();

    const shown = page.getByRole('dialog', { name: 'Copy your new API key' });
    const key = await shown.getByLabel(/^API key/).inputValue();
    expect(key.length).toBeGreaterThan(20);
    await snap(page, 'api-key-shown-once', { fullPage: false });
    await shown.getByRole('button', { name: 'I have copied it' }).click();
    await page.getByRole('rowheader', { name: 'Operations sync' }).waitFor();
    expect(await page.content()).not.toContain(key);
    await snap(page, 'api-keys-list');
    await expectNoSeriousAxeFindings(page);

    await page.getByRole('button', { name: 'Revoke Operations sync' }).click();
    await page.getByRole('dialog', { name: /^Revoke/ }).waitFor();
    await snap(page, 'api-key-revoke', { fullPage: false });
    await page.getByRole('button', { name: 'Revoke key' }).click();
    await page.getByText('Revoked', { exact: true }).waitFor();
  });

  it('previews an access change before saving it', async () => {
    const page = await stack.newOfficePage();
    await signIn(page, officeUsers.admin);
    await page.getByLabel(/^search by name or email/i).fill('dana.lee');
    await page
      .getByRole('link', { name: /Dana Lee/ })
      .first()
      .click();
    const access = page.getByRole('region', { name: 'What they may see' });
    await access.getByRole('checkbox', { name: /^Invoices/ }).uncheck();
    await access.getByRole('button', { name: 'Save access' }).click();
    const dialog = page.getByRole('dialog', { name: /^What this changes for/ });
    await dialog
      .getByRole('region', { name: 'They would lose' })
      .getByText(/invoices?$/)
      .first()
      .waitFor();
    await snap(page, 'access-preview', { fullPage: false });
    await expectNoSeriousAxeFindings(page);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(await access.getByRole('checkbox', { name: /^Invoices/ }).isChecked()).toBe(true);
  });
});

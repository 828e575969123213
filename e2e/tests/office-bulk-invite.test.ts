import { describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { chooseValue, officeUsers, pageHeading, signIn } from '../harness/office';
import { screenshots } from '../harness/screenshots';
import { useStack } from '../harness/stack';

/** Opens the bulk invite tool, filters on the Dayton division and loads its counts. */
async function loadDaytonCounts(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: /main/i })
    .getByRole('link', { name: /bulk invite/i })
    .click();
  await pageHeading(page, /bulk invite/i).waitFor();
  await chooseValue(page.getByLabel(/^division/i), 'Dayton');
  await page.getByRole('button', { name: /^load/i }).click();
  await page.getByRole('button', { name: /not sent/i }).waitFor();
}

const numberIn = (text: string | null, pattern: RegExp): number => {
  const match = pattern.exec(text ?? '');
  if (!match?.[1]) throw new Error(`no ${pattern} in "${text}"`);
  return Number(match[1].replaceAll(',', ''));
};

describe('office console: the bulk invite tool', () => {
  const stack = useStack();
  const snap = screenshots('office-bulk-invite');

  it('loads the counts, shows who is behind one, sends, and the progress bar reaches done', async () => {
    const page = await stack.newOfficePage();
    await signIn(page, officeUsers.admin);
    await loadDaytonCounts(page);
    await snap(page, 'counts-loaded');

    const notSent = page.getByRole('button', { name: /not sent/i });
    const notSentCount = numberIn(await notSent.textContent(), /^([\d,]+)/);
    expect(notSentCount).toBeGreaterThan(0);
    await notSent.click();
    const recipients = page.getByRole('dialog', { name: /not sent/i });
    await recipients.getByRole('listitem').first().waitFor();
    expect(await recipients.getByRole('listitem').count()).toBe(notSentCount);
    await snap(page, 'recipients-not-sent', { fullPage: false });
    await recipients.getByRole('button', { name: /close/i }).click();
    await recipients.waitFor({ state: 'detached' });

    await page
      .getByRole('region', { name: /^send$/i })
      .getByRole('button', { name: /^send/i })
      .click();
    const confirm = page.getByRole('dialog', { name: /invite [\d,]+ contacts?\?/i });
    await confirm.waitFor();
    const invitable = numberIn(await confirm.getByRole('heading').textContent(), /invite ([\d,]+)/i);
    expect(invitable).toBeGreaterThanOrEqual(notSentCount);
    await snap(page, 'confirm-send', { fullPage: false });

    await confirm.getByRole('button', { name: /^send [\d,]+ invitations?/i }).click();
    const progress = page.getByRole('progressbar');
    await progress.waitFor();
    await page.getByText(/^done: [\d,]+ of [\d,]+ sent/i).waitFor({ timeout: 30_000 });
    expect(await progress.getAttribute('aria-valuenow')).toBe(String(invitable));
    expect(await progress.getAttribute('aria-valuemax')).toBe(String(invitable));
    const sent = numberIn(await page.getByText(/^done:/i).textContent(), /^done: ([\d,]+) of/i);
    expect(sent).toBe(invitable);
    await snap(page, 'progress-done');

    // Every email the tool counted as sent reached the SMTP server, once per contact.
    expect(stack.sink.messages).toHaveLength(sent);
    expect(new Set(stack.sink.messages.flatMap((m) => m.to)).size).toBe(sent);
    for (const message of stack.sink.messages) {
      expect(message.links.some((link) => link.startsWith(`${stack.portalUrl}/accept?token=`))).toBe(true);
    }
  });

  it('lets staff without invitations.send load the counts but not send', async () => {
    const page = await stack.newOfficePage();
    await signIn(page, officeUsers.staff);
    await loadDaytonCounts(page);

    const send = page.getByRole('region', { name: /^send$/i });
    await send.getByText(/needs the invitations\.send permission/i).waitFor();
    expect(await send.getByRole('button', { name: /send/i }).count()).toBe(0);
    await snap(page, 'staff-cannot-send');
  });
});

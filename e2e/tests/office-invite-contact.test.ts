import { describe, expect, it } from '@jest/globals';
import { officeUsers, pageHeading, signIn, untilShownAfterReload } from '../harness/office';
import { screenshots } from '../harness/screenshots';
import { useStack } from '../harness/stack';

// A seeded contact with an email who was never invited.
const contact = { name: 'Noah Adams', email: 'noah.adams@riversidemed.example' };

describe('office console: inviting a contact from the contacts list', () => {
  const stack = useStack();
  const snap = screenshots('office-invite-contact');

  it('sends the invitation, marks the contact Invited, emails a portal link and records it', async () => {
    const page = await stack.newOfficePage();
    await signIn(page, officeUsers.admin);

    const row = page.getByRole('row', { name: new RegExp(contact.name) });
    await row.getByText(/^not invited$/i).waitFor();
    await page.getByRole('checkbox', { name: new RegExp(`select ${contact.name}`, 'i') }).check();
    await page.getByText(/^1 selected$/i).waitFor();
    await snap(page, 'contact-selected');

    await page.getByRole('button', { name: /^send invite$/i }).click();
    const dialog = page.getByRole('dialog', { name: /invite/i });
    await dialog.getByText(/1 contact/i).waitFor();
    await snap(page, 'confirm-invite', { fullPage: false });

    await dialog.getByRole('button', { name: /^send/i }).click();
    await dialog.getByText(/1 invitation is on the way/i).waitFor();
    // The summary's counts: one sent, nothing skipped. The rendered text keeps a break between each
    // label and its count, which textContent would run together ("Sent1Skipped…").
    // biome-ignore lint/performance/useDomNodeTextContent: the layout's breaks are what is read
    const summary = await dialog.innerText();
    expect(summary).toMatch(/^sent\s+1$/im);
    expect(summary).toMatch(/already enrolled\s+0$/im);
    await snap(page, 'invite-result', { fullPage: false });

    await dialog.getByRole('button', { name: /^done$/i }).click();
    await row.getByText(/^invited$/i).waitFor();
    await snap(page, 'contact-invited');

    const [email] = await stack.sink.waitForEmails(contact.email);
    const acceptLink = email?.links.find((link) => link.startsWith(`${stack.portalUrl}/accept?token=`));
    expect(acceptLink).toMatch(/\/accept\?token=[\w-]{20,}$/);

    await row.getByRole('link', { name: contact.name }).click();
    await pageHeading(page, new RegExp(contact.name)).waitFor();
    const history = page.getByRole('region', { name: /customer portal/i }).getByRole('listitem');
    // The worker records the send after the SMTP server took the message.
    await untilShownAfterReload(
      page,
      history.filter({ hasText: /email sent/i }),
      'Email sent in the history',
    );
    expect(await history.filter({ hasText: /^invited/i }).count()).toBe(1);
    await snap(page, 'contact-history');
  });
});

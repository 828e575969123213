import { describe, expect, it } from '@jest/globals';
import { officeUsers, pageHeading, signIn, submitSignIn } from '../harness/office';
import { screenshots } from '../harness/screenshots';
import { useStack } from '../harness/stack';

describe('office console: signing in and out', () => {
  const stack = useStack();
  const snap = screenshots('office-sign-in');

  it('signs the admin in, keeps the session across a reload, and signs out', async () => {
    const page = await stack.newOfficePage();
    await page.goto('/');
    // Nobody is signed in: the console sends the visitor to the sign-in form.
    await page.getByRole('heading', { name: /sign in to the office console/i }).waitFor();
    await snap(page, 'sign-in-form');

    await signIn(page, officeUsers.admin);
    await page.getByText(/northwind fire & safety/i).waitFor();
    await snap(page, 'signed-in-contacts');

    // The access token lives in memory only: the reload is restored through the refresh cookie,
    // which works only when the API answers on the console's own origin.
    await page.reload();
    await pageHeading(page, /^contacts$/i).waitFor();

    await page.getByRole('button', { name: /sign out/i }).click();
    await page.getByText(/you signed out/i).waitFor();
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    await snap(page, 'signed-out');

    // The refresh token was revoked with the sign-out: a reload finds no session to restore.
    await page.reload();
    await page.getByRole('button', { name: /^sign in$/i }).waitFor();
    expect(await pageHeading(page, /^contacts$/i).count()).toBe(0);
  });

  it('shows a wrong password as an error beside the form, and stays on it', async () => {
    const page = await stack.newOfficePage();
    await submitSignIn(page, { email: officeUsers.admin.email, password: 'not-the-password' });

    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/email or password is not correct/i);
    // Beside the form it concerns: inside the same sign-in card, above its fields.
    const card = page.getByRole('region', { name: /sign in to the office console/i });
    expect(await card.getByRole('alert').count()).toBe(1);
    expect(await card.getByLabel(/^password/i).inputValue()).toBe('not-the-password');
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    await snap(page, 'wrong-password');
  });
});

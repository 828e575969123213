import { demoSignIns } from '@portico/db';
import type { Locator, Page } from 'playwright-core';
import { waitFor } from './wait-for';

export interface SignIn {
  email: string;
  password: string;
}

/** The seeded office users: the admin has every permission, staff lacks invitations.send. */
export const officeUsers = { admin: demoSignIns.admin, staff: demoSignIns.staff } as const;

/** Fills and submits the sign-in form; the caller checks where that leads. */
export async function submitSignIn(page: Page, who: SignIn): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel(/^email/i).fill(who.email);
  await page.getByLabel(/^password/i).fill(who.password);
  await page.getByRole('button', { name: /^sign in$/i }).click();
}

/** Signs in and waits for the console's first screen, the contacts list. */
export async function signIn(page: Page, who: SignIn): Promise<void> {
  await submitSignIn(page, who);
  await pageHeading(page, /^contacts$/i).waitFor();
}

export const pageHeading = (page: Page, name: RegExp) => page.getByRole('heading', { level: 1, name });

/**
 * Waits for something the page shows only after the background worker has acted (an email sent,
 * a status moved), reloading while it is not there: screens fetch on load, they do not poll.
 */
export async function untilShownAfterReload(page: Page, locator: Locator, what: string): Promise<void> {
  await waitFor(async () => {
    if (await locator.isVisible()) return true;
    await page.reload();
    return locator.waitFor({ timeout: 1_000 }).then(
      () => true,
      () => false,
    );
  }, what);
}

/**
 * Picks a value in a filter: a <select> once its choices are known to be complete, a text input
 * with suggestions when they are not, a plain text input while they load (waited out, so the
 * field is not swapped under the typing) or when they could not be read.
 */
export async function chooseValue(field: Locator, value: string): Promise<void> {
  const kind = await waitFor(
    () =>
      field.evaluate((element) =>
        element.tagName === 'SELECT' ? 'select' : element.hasAttribute('list') ? 'suggested' : false,
      ),
    'the filter choices',
    5_000,
  ).catch(() => 'plain');
  if (kind === 'select') await field.selectOption(value);
  else await field.fill(value);
}

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { demoSignIns } from '@portico/db';
import type { Page } from 'playwright-core';

/** The seeded customers: Dana (enrolled, billing: every area), Owen (client-group user, not invited). */
export const portalCustomers = {
  dana: demoSignIns.customer,
  owen: { email: 'owen.fischer@harborpg.example', name: 'Owen Fischer' },
} as const;

/** Signs in on the portal's own page and waits for the dashboard's greeting. */
export async function signInToPortal(page: Page, who: { email: string; password: string }): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel(/^email/i).fill(who.email);
  await page.getByLabel(/^password/i).fill(who.password);
  await page.getByRole('button', { name: /^sign in$/i }).click();
  await page.getByRole('heading', { level: 1, name: /^welcome/i }).waitFor();
}

/**
 * The office API as a seeded office user (the admin unless told): what the office console would
 * do, without its screens. A refused call throws an error that names the status (`… 403 …`).
 */
export async function officeApi(
  apiUrl: string,
  who: { email: string; password: string } = demoSignIns.admin,
) {
  const signIn = await fetch(`${apiUrl}/api/v1/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: who.email, password: who.password }),
  });
  if (!signIn.ok) throw new Error(`office sign-in failed: ${signIn.status}`);
  const { accessToken } = (await signIn.json()) as { accessToken: string };
  return async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${apiUrl}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${accessToken}`,
        ...(body !== undefined && { 'content-type': 'application/json' }),
      },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return (response.status === 204 ? undefined : await response.json()) as T;
  };
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's WCAG 2 A/AA checks on the page as it is; returns the serious and critical findings. */
export async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map(({ id, impact, help, nodes }) => ({
      id,
      impact,
      help,
      nodes: nodes.map((n) => ({ target: n.target })),
    }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

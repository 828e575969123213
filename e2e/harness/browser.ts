import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

/** The two widths every screen is looked at: a laptop, and a small phone. */
export const viewports = {
  desktop: { width: 1280, height: 800 },
  phone: { width: 375, height: 812 },
} as const;

/** The Debian Chromium CI installs (.ci/run), with the flags DESIGN.md names for containers. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    // biome-ignore lint/suspicious/noUndeclaredEnvVars: read by jest, never inside a turbo task
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  /** Uncaught exceptions in the page: a test fails on any. */
  errors: Error[];
}

/** A fresh context (no cookies, no storage) at the desktop width, its relative URLs on baseUrl. */
export async function openPage(browser: Browser, baseUrl: string): Promise<OpenedPage> {
  const context = await browser.newContext({ baseURL: baseUrl, viewport: viewports.desktop });
  // Waits are for conditions; this only bounds one that never comes.
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  const errors: Error[] = [];
  page.on('pageerror', (error) => errors.push(error));
  return { page, context, errors };
}

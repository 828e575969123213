import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { viewports } from './browser';
import { artifactsDir } from './paths';

export interface SnapOptions {
  /**
   * The whole page (default), or only the viewport: for a modal, whose backdrop covers the
   * viewport alone and would cut a full-page shot in two.
   */
  fullPage?: boolean;
}

export type Snap = (page: Page, step: string, options?: SnapOptions) => Promise<void>;

/**
 * Screenshots of each step at both widths, under e2e/artifacts/<suite>/, numbered in the order
 * taken. The flow itself runs at the desktop width; for the phone shot the same page is narrowed
 * and widened again, so both show the same state.
 */
export function screenshots(suite: string): Snap {
  const dir = join(artifactsDir, suite);
  // Last run's shots of this file only: a step that no longer exists must not linger.
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  let taken = 0;
  return async (page, step, { fullPage = true } = {}) => {
    taken += 1;
    const name = `${String(taken).padStart(2, '0')}-${step}`;
    const desktop = page.viewportSize() ?? viewports.desktop;
    for (const viewport of [viewports.desktop, viewports.phone]) {
      await page.setViewportSize(viewport);
      await page.screenshot({
        path: join(dir, `${name}-${viewport.width}.png`),
        fullPage,
        animations: 'disabled',
        caret: 'hide',
      });
    }
    await page.setViewportSize(desktop);
  };
}

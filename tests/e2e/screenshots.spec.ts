/**
 * Screenshots of whole pages at a phone, tablet and laptop width in both colour schemes, compared with the
 * baselines committed beside this file (screenshots.spec.ts-snapshots/), so a layout regression fails `npm test`.
 * After a deliberate change to the look, regenerate them with `npm run test:screenshots:update` and review the
 * images in the diff before committing.
 */
import type { Page } from '@playwright/test';
import { served } from './built-site.ts';
import { expect, test } from './fixtures.ts';

/** The pages whose look is pinned: adding one is one line. */
export const screenshotPages: { name: string; path: string }[] = [
  { name: 'role', path: '/roles/back-end-developer/' },
  { name: 'home', path: '/' },
  { name: 'comparison', path: '/compare/back-end-developer-vs-front-end-developer/' },
];

const widths = [320, 768, 1280];
const schemes = ['light', 'dark'] as const;

/** A fixed day for anything dated from git history, which differs between clones and commits. */
const pinnedDate = '1 January 2026';

/** Waits until the page has its final look, and pins what may differ between machines and runs. */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  // The theme picker is shown by the page's script; wait for it so every shot has the same header.
  await expect(page.locator('[data-theme-toggle]').first()).toBeVisible();
  await page.evaluate(async (date) => {
    for (const element of document.querySelectorAll('[data-git-date]')) element.textContent = date;
    await document.fonts.ready;
  }, pinnedDate);
}

for (const { name, path } of screenshotPages) {
  for (const colorScheme of schemes) {
    test.describe(`${name} page, ${colorScheme}`, () => {
      test.use({ colorScheme });
      for (const width of widths) {
        test(`${path} at ${width} px looks as it did`, async ({ page }) => {
          await page.setViewportSize({ width, height: 800 });
          await page.goto(served(path));
          await settle(page);
          await expect(page).toHaveScreenshot(`${name}-${width}-${colorScheme}.png`, { fullPage: true, animations: 'disabled', caret: 'hide', maxDiffPixelRatio: 0.002 });
        });
      }
    });
  }
}

/**
 * Screenshots of whole pages at a phone, tablet and laptop width in both colour schemes, compared with the
 * baselines committed beside this file (screenshots.spec.ts-snapshots/), so a layout regression fails `npm test`.
 * After a deliberate change to the look, regenerate them with `npm run test:screenshots:update` and review the
 * images in the diff before committing.
 */
import type { Page } from '@playwright/test';
import { served } from './built-site.ts';
import { expect, test } from './fixtures.ts';

/**
 * A stretch of a long page, from the top of one element (or the page) to the top of another (or the end). Long pages
 * pin the stretches whose layout is most at risk, which keeps the committed images a few hundred kilobytes each.
 */
interface Stretch {
  name: string;
  from?: string;
  to?: string;
}

/** The pages whose look is pinned, whole or by stretches: adding one is one line. */
export const screenshotPages: { name: string; path: string; stretches?: Stretch[] }[] = [
  {
    name: 'role',
    path: '/roles/back-end-developer/',
    stretches: [
      { name: 'top', to: '#pay' },
      { name: 'pay', from: '#pay', to: '#outlook' },
    ],
  },
  { name: 'occupation', path: '/occupations/15-1252-software-developers/', stretches: [{ name: 'top', to: '#onet-15-1252_00' }] },
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

/** The page-coordinate box of a stretch. */
async function clipOf(page: Page, { from, to }: Stretch) {
  const top = async (selector: string | undefined, fallback: number) =>
    selector === undefined
      ? fallback
      : page
          .locator(selector)
          .first()
          .evaluate((element) => element.getBoundingClientRect().top + window.scrollY);
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  const y = await top(from, 0);
  return { x: 0, y, width: page.viewportSize()!.width, height: (await top(to, height)) - y };
}

const options = { fullPage: true, animations: 'disabled', caret: 'hide', maxDiffPixelRatio: 0.002, timeout: 30_000 } as const;

for (const { name, path, stretches } of screenshotPages) {
  for (const colorScheme of schemes) {
    test.describe(`${name} page, ${colorScheme}`, () => {
      test.use({ colorScheme });
      for (const width of widths) {
        test(`${path} at ${width} px looks as it did`, async ({ page }) => {
          await page.setViewportSize({ width, height: 800 });
          await page.goto(served(path));
          await settle(page);
          if (!stretches) await expect(page).toHaveScreenshot(`${name}-${width}-${colorScheme}.png`, options);
          for (const stretch of stretches ?? []) {
            await expect(page).toHaveScreenshot(`${name}-${stretch.name}-${width}-${colorScheme}.png`, { ...options, clip: await clipOf(page, stretch) });
          }
        });
      }
    });
  }
}

/**
 * The layout check itself (tests/e2e/layout-problems.ts), shown to catch what it is for. Every page of the sitemap is
 * checked with it at 320 and 1280 px in the per-page sweep (tests/e2e/page-sweep.spec.ts).
 */
import { basePath, sitemapPaths } from './built-site.ts';
import { expect, test } from './fixtures.ts';
import { layoutProblems } from './layout-problems.ts';

const firstPage = sitemapPaths()[0] ?? basePath;

test('the check finds a table that overflows outside a region, and a page that scrolls sideways', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto(firstPage);
  await page.evaluate(() => {
    // Sized through the CSSOM: the page's Content Security Policy refuses style attributes.
    const table = document.createElement('table');
    table.id = 'too-wide';
    const cell = table.insertRow().insertCell();
    cell.textContent = 'wide';
    cell.style.minWidth = '900px';
    document.querySelector('main')!.append(table);
  });
  const problems = await page.evaluate(layoutProblems);
  expect(problems).toContain('table#too-wide is wider than its container and not in a labelled region');
  expect(problems.some((problem) => problem.startsWith('page scrolls sideways'))).toBe(true);
});

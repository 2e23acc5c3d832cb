/**
 * Layout on every page of the sitemap (a sample per kind of page when there are many; ALL_PAGES=1 for all), at a
 * 320 px phone and a 1280 px laptop: nothing makes the page scroll sideways, and any table wider than the space it
 * is given sits in a labelled, keyboard-focusable region that scrolls on its own and shows that it does.
 */
import { allPages, samplePages } from './page-sample.ts';
import { basePath, sitemapPaths } from './built-site.ts';
import { expect, test } from './fixtures.ts';

const pages = samplePages(sitemapPaths(), { all: allPages, basePath });

/** Problems a page has at the current width, read in the browser. */
function layoutProblems(): string[] {
  const problems: string[] = [];
  const root = document.documentElement;
  if (root.scrollWidth > root.clientWidth) problems.push(`page scrolls sideways: ${root.scrollWidth} px of content in ${root.clientWidth} px`);
  const describe = (element: Element) => `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${element.getAttribute('class') ? `.${element.getAttribute('class')!.split(' ').join('.')}` : ''}`;
  for (const table of document.querySelectorAll('table')) {
    const container = table.parentElement;
    if (!container || table.getClientRects().length === 0) continue;
    if (table.getBoundingClientRect().width <= container.clientWidth + 1) continue;
    const region = table.closest('[role="region"], section');
    const labelledBy = region?.getAttribute('aria-labelledby');
    const name = region?.getAttribute('aria-label') || (labelledBy ? document.getElementById(labelledBy)?.textContent?.trim() : '');
    const style = region ? getComputedStyle(region) : undefined;
    if (!region || !name) problems.push(`${describe(table)} is wider than its container and not in a labelled region`);
    else if (region.getAttribute('tabindex') !== '0') problems.push(`${describe(table)} scrolls in ${describe(region)}, which keyboard users cannot focus (tabindex="0")`);
    else if (!['auto', 'scroll'].includes(style!.overflowX)) problems.push(`${describe(table)} is wider than ${describe(region)}, which does not scroll`);
    else if (style!.boxShadow === 'none') problems.push(`${describe(region)} scrolls with no visible cue (an edge shadow)`);
  }
  return problems;
}

const widths = [320, 1280];

for (const path of pages) {
  test(`${path} does not scroll sideways at ${widths.join(' or ')} px and keeps wide tables in labelled scroll regions`, async ({ page }) => {
    await page.setViewportSize({ width: widths[0]!, height: 800 });
    await page.goto(path);
    for (const width of widths) {
      await page.setViewportSize({ width, height: 800 });
      expect(await page.evaluate(layoutProblems), `at ${width} px`).toEqual([]);
    }
  });
}

test('the check finds a table that overflows outside a region, and a page that scrolls sideways', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto(pages[0]!);
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

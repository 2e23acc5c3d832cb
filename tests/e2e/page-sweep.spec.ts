/**
 * One visit per page, every check that needs only the page loaded: axe (WCAG 2.2 A/AA: every rule in the light
 * scheme, the colour rules again in the dark one), layout at 320 and 1280 px (tests/e2e/layout-problems.ts), and no
 * Content Security Policy violation or console error. npm test visits every kind of page on a sample of 6
 * (tests/e2e/page-sample.ts); npm run test:full, which CI runs, visits every page of the sitemap.
 */
import { axeViolations, colourRules } from './axe.ts';
import { basePath, sitemapPaths } from './built-site.ts';
import { watchViolations } from './csp-watch.ts';
import { expect, test } from './fixtures.ts';
import { layoutProblems, layoutWidths } from './layout-problems.ts';
import { allPages, samplePages } from './page-sample.ts';

for (const path of samplePages(sitemapPaths(), { all: allPages, basePath })) {
  test(`${path}: no WCAG 2.2 A/AA violation in either scheme, fits ${layoutWidths.join(' and ')} px, no CSP violation or console error`, async ({
    page,
    consoleErrors,
  }) => {
    // The occupations explorer is one long table of every occupation: axe takes a while over it.
    test.slow(path.endsWith('/occupations/'));
    const violations = await watchViolations(page);
    // Loaded at the phone width first, as a phone loads it; then the laptop width, where axe runs.
    await page.setViewportSize({ width: layoutWidths[0], height: 800 });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(path);
    for (const width of layoutWidths) {
      await page.setViewportSize({ width, height: 800 });
      // Two frames, so the scroll-driven cue on a scrolling table is drawn before it is read (read too early, about
      // 4 loads in 1,600 showed none).
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      expect(await page.evaluate(layoutProblems), `layout at ${width} px`).toEqual([]);
    }
    expect(await axeViolations(page), 'light scheme').toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
    expect(await axeViolations(page, colourRules), 'dark scheme').toEqual([]);
    expect(violations, 'CSP violations').toEqual([]);
    expect(consoleErrors, 'console errors').toEqual([]);
  });
}

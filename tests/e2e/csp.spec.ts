import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { basePath, builtPagePaths, readBuiltPage, served } from './built-site.ts';
import { samplePages } from './page-sample.ts';
import { watchViolations } from './csp-watch.ts';
import { cspDirectives, cspHeader, cspScriptSources, cspStyleSources } from '../../src/lib/seo/csp.ts';

const pages = builtPagePaths();
const headersFile = readFileSync(new URL('../../public/_headers', import.meta.url), 'utf8');

/** The headers _headers gives every path ("/*"), as a host that reads the file would send them. */
function siteHeaders(): Record<string, string> {
  const block = headersFile.split(/\n(?=\S)/).find((section) => section.startsWith('/*\n'));
  if (!block) throw new Error('public/_headers has no "/*" block');
  return Object.fromEntries(
    block
      .split('\n')
      .slice(1)
      .filter((line) => /^\s+\S/.test(line))
      .map((line) => {
        const [name, ...value] = line.trim().split(':');
        return [name!.toLowerCase(), value.join(':').trim()];
      }),
  );
}

/** Uses what a reader would: the theme picker, then (if asked) search and the compare picker when the page has them. */
async function interact(page: Page, { search }: { search: boolean }): Promise<Set<string>> {
  const used = new Set<string>();
  const theme = page.locator('[data-theme-toggle] select');
  if (await theme.isVisible()) {
    await theme.selectOption('dark');
    await theme.selectOption('system');
    used.add('theme');
  }
  const searchButton = page.locator('[data-search-trigger] button');
  const dialog = page.locator('[data-search-dialog]');
  if (search && (await searchButton.count()) > 0 && (await dialog.count()) > 0) {
    await searchButton.click();
    await expect(dialog).toBeVisible();
    await dialog.locator('[data-search-input]').fill('developer');
    await expect(dialog.locator('[data-search-results] li').first()).toBeVisible();
    await dialog.locator('[data-search-close]').click();
    await expect(dialog).toBeHidden();
    used.add('search');
  }
  const picker = page.locator('[data-compare-picker]');
  if (await picker.isVisible()) {
    // A pair with no page of its own: the comparison loads its code and both roles' API files under the policy.
    await picker.getByLabel('First role').fill('Back End Developer');
    await picker.getByLabel('Second role').fill('Front-End Developer');
    await picker.getByRole('button', { name: 'Compare' }).click();
    await expect(picker.locator('[data-picker-message]')).toContainText('side by side below');
    await expect(page.locator('[data-live-comparison] article.comparison')).toBeVisible();
    used.add('compare');
  }
  return used;
}

test('every page carries the policy as a meta element: self only, no unsafe-inline or unsafe-eval', () => {
  expect(pages.length).toBeGreaterThan(10);
  for (const path of pages) {
    const policy = readBuiltPage(path).attr('meta', { 'http-equiv': 'content-security-policy' }, 'content') ?? '';
    const directives = new Map(
      policy
        .split(';')
        .map((part) => part.trim())
        .filter(Boolean)
        .map((part) => [part.split(/\s+/)[0]!, part]),
    );
    for (const directive of cspDirectives) expect(directives.get(directive.split(' ')[0]!), path).toBe(directive);
    const scripts = directives.get('script-src') ?? '';
    const styles = directives.get('style-src') ?? '';
    for (const source of cspScriptSources) expect(scripts, path).toContain(source);
    for (const source of cspStyleSources) expect(styles, path).toContain(source);
    expect(`${scripts} ${styles}`, path).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*/);
  }
});

test('public/_headers sends the same policy plus frame-ancestors, nosniff, a referrer policy and a permissions policy', () => {
  const headers = siteHeaders();
  expect(headers['content-security-policy']).toBe(cspHeader());
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(headers['permissions-policy']).toMatch(/camera=\(\)/);
});

// The theme picker in use on every kind of page (a sample, in batches the two workers share). That no page at all
// reports a CSP violation or a console error on load is checked in the per-page sweep (page-sweep.spec.ts), over
// every page in npm run test:full.
const browsed = samplePages(pages, { basePath });
const batchSize = 20;
for (let start = 0; start < browsed.length; start += batchSize) {
  const batch = browsed.slice(start, start + batchSize);
  test(`no CSP violation or console error on ${batch[0]} … ${batch.at(-1)} (${batch.length} pages), theme picker in use`, async ({ page, consoleErrors }) => {
    test.setTimeout(batch.length * 5_000);
    const violations = await watchViolations(page);
    for (const path of batch) {
      await page.goto(path);
      expect(await interact(page, { search: false }), path).toContain('theme');
    }
    expect(violations).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
}

/** Pages whose scripts do the most: search from the header and the search page, and the compare picker. */
const interactivePages = [served('/'), served('/roles/back-end-developer/'), served('/compare/'), served('/search/')];

test('no CSP violation or console error while searching and comparing', async ({ page, consoleErrors }) => {
  const violations = await watchViolations(page);
  const used = new Set<string>();
  for (const path of interactivePages) {
    await page.goto(path);
    for (const feature of await interact(page, { search: true })) used.add(feature);
  }
  // The site has all three today; if one goes, this says so rather than silently testing less.
  expect([...used].sort()).toEqual(['compare', 'search', 'theme']);
  expect(violations).toEqual([]);
  expect(consoleErrors).toEqual([]);
});

test('with the _headers policy sent as a header too, pages and their scripts still work', async ({ page, consoleErrors }) => {
  const headers = siteHeaders();
  await page.route('**/*', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), ...headers } });
  });
  const violations = await watchViolations(page);
  for (const path of interactivePages) {
    const response = await page.goto(path);
    expect(response?.headers()['content-security-policy'], path).toBe(cspHeader());
    await interact(page, { search: true });
  }
  expect(violations).toEqual([]);
  expect(consoleErrors).toEqual([]);
});

test('an inline script is refused, so the policy is really in force', async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto(served('/'));
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'document.title = "injected"';
    document.body.append(script);
  });
  await expect.poll(() => violations.length).toBeGreaterThan(0);
  expect(await page.title()).not.toBe('injected');
});

/**
 * Search on the production build: loaded only on intent, driven by keyboard alone, filters that narrow,
 * skill aliases that find roles, the plain /search/ page with and without JavaScript, and the cost of a query.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

// Requests that belong to search: pagefind's files and our search module (loaded through SearchModule).
const isSearchCode = (url: string) => /\/pagefind\/|\/_astro\/(search|SearchModule|preload-helper)[^/]*\.js/.test(new URL(url).pathname);

async function openWithSlash(page: Page) {
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Search' });
  await expect(dialog).toBeVisible();
  const input = dialog.getByRole('searchbox', { name: 'Search roles and skills' });
  await expect(input).toBeFocused();
  return { dialog, input };
}

/** The role pages that list a skill, read from the skill's own page. */
async function rolesWithSkill(page: Page, skillId: string): Promise<string[]> {
  await page.goto(`/skills/${skillId}/`);
  const hrefs = await page.locator('table.skill-roles tbody th a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  expect(hrefs.length).toBeGreaterThan(0);
  return hrefs.sort();
}

async function resultHrefs(scope: ReturnType<Page['locator']>): Promise<string[]> {
  return scope.locator('.search-hit-link').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
}

/** What each listed result says it is: "Quality and testing · Mid-level", "Skill · 4 roles need it". */
async function resultKinds(scope: ReturnType<Page['locator']>): Promise<string[]> {
  return scope.locator('.search-hit-kind').allTextContents();
}

// These tests say what a reader sees, not how many roles the guide has today: a role is findable, filters
// keep only what they name, and the full list is one step away. Adding a valid role must not break them.

test('no search code is requested before the reader shows intent, and hovering the button loads it', async ({ page, consoleErrors }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  expect(requested.filter(isSearchCode)).toEqual([]);
  // The loader's script waits, inert, inside a <template>: nothing on the page can run it by itself.
  await expect(page.locator('template[data-search-module]')).toHaveCount(1);

  const pagefindRequested = page.waitForRequest((request) => new URL(request.url()).pathname.endsWith('/pagefind/pagefind.js'));
  await page.locator('[data-search-trigger]').getByRole('button', { name: 'Search' }).hover();
  await pagefindRequested;
  expect(requested.filter(isSearchCode).length).toBeGreaterThan(0);
  await expect(page.getByRole('dialog')).toBeHidden();
  expect(consoleErrors).toEqual([]);
});

test('keyboard only: "/" opens search, arrows reach a result, Enter opens the role', async ({ page, consoleErrors }) => {
  await page.goto('/');
  const { dialog, input } = await openWithSlash(page);
  await input.pressSequentially('Back End Developer');
  await expect(dialog.getByRole('status')).toHaveText(/^\d+ results? for “Back End Developer”/);
  const links = dialog.locator('.search-hit-link');
  expect(await links.count()).toBeGreaterThan(1);
  const titles = await links.allTextContents();
  const position = titles.indexOf('Back End Developer');
  expect(position, titles.join(' | ')).toBeGreaterThanOrEqual(0);
  await page.keyboard.press('ArrowDown');
  await expect(links.first()).toBeFocused();
  // Down then up returns to the first result; up from the first goes back to the query box.
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(links.first()).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(input).toBeFocused();
  for (let step = 0; step <= position; step += 1) await page.keyboard.press('ArrowDown');
  await expect(links.nth(position)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/roles\/back-end-developer\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Back End Developer');
  expect(consoleErrors).toEqual([]);
});

test('typing straight after "/" loses no keystroke while search loads', async ({ page }) => {
  await page.goto('/skills/');
  await page.keyboard.press('/');
  await page.keyboard.type('kubernetes');
  const dialog = page.getByRole('dialog', { name: 'Search' });
  await expect(dialog.getByRole('searchbox')).toHaveValue('kubernetes');
  await expect(dialog.getByRole('status')).toHaveText(/results? for “kubernetes”/);
});

test('Escape closes the dialog and focus returns to the trigger; Ctrl+K and a click reopen it', async ({ page }) => {
  await page.goto('/roles/');
  const trigger = page.locator('[data-search-trigger]').getByRole('button', { name: 'Search' });
  await expect(trigger).toHaveAttribute('aria-haspopup', 'dialog');
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', { name: 'Search' });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(trigger).toBeFocused();
  // Closed before the search module finished loading: once it has, it must not reopen the dialog.
  await expect(page.locator('[data-search-trigger]')).toHaveAttribute('data-search-ready', '');
  await expect(dialog).toBeHidden();
  await trigger.click();
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: /Close/ }).click();
  await expect(dialog).toBeHidden();
  await expect(trigger).toBeFocused();
});

test('results show the median pay with currency and region, and a highlighted excerpt', async ({ page }) => {
  await page.goto('/');
  const { dialog, input } = await openWithSlash(page);
  await input.pressSequentially('incident');
  await expect(dialog.getByRole('status')).toHaveText(/results? for “incident”/);
  const roleHits = dialog.locator('.search-hit', { has: page.locator('a[href^="/roles/"]') });
  expect(await roleHits.count()).toBeGreaterThan(0);
  for (const hit of await roleHits.all()) {
    await expect(hit.locator('.search-hit-pay')).toHaveText(
      /^(Median|Average) (\$|£)[\d,.]+ (USD|GBP) an? (year|hour), (United States|United Kingdom) \(.+\)$/,
    );
    await expect(hit.locator('.search-hit-excerpt mark').first()).toHaveText(/incident/i);
    // The excerpt is rebuilt from text and <mark> only.
    expect(await hit.locator('.search-hit-excerpt *:not(mark)').count()).toBe(0);
  }
});

test('filters narrow the results', async ({ page }) => {
  const managers = await rolesWithSkill(page, 'people-management');
  await page.goto('/');
  const { dialog, input } = await openWithSlash(page);
  await input.pressSequentially('testing');
  const status = dialog.getByRole('status');
  await expect(status).toHaveText(/^\d+ results? for “testing”/);
  const count = async () => Number(/^(\d+) results?/.exec((await status.textContent()) ?? '')?.[1]);
  const all = await count();
  expect(all).toBeGreaterThan(2);
  await dialog.getByText('Narrow the results').click();

  await dialog
    .getByRole('group', { name: 'Family' })
    .getByRole('checkbox', { name: /^Quality and testing/ })
    .check();
  await expect(status).toHaveText(/with 1 filter/);
  const quality = await count();
  expect(quality).toBeGreaterThan(0);
  expect(quality).toBeLessThan(all);
  // Every result listed is a role in the family ticked, and the guide's testers are among them.
  for (const kind of await resultKinds(dialog)) expect(kind).toMatch(/^Role guide · Quality and testing · /);
  expect(await resultHrefs(dialog)).toContain('/roles/test-manager/');

  await dialog.getByText('Skills', { exact: true }).click();
  await dialog
    .getByRole('group', { name: /Skills/ })
    .getByRole('checkbox', { name: /^People management/ })
    .check();
  await expect(status).toHaveText(/with 2 filters/);
  expect(await count()).toBeLessThanOrEqual(quality);
  // Roles need every skill ticked: each result is one the skill's own page lists.
  const both = await resultHrefs(dialog);
  expect(both).toContain('/roles/test-manager/');
  for (const href of both) expect(managers).toContain(href);
});

test('a skill alias finds the roles with that skill, and the full list is one step away: "Postgres" finds PostgreSQL', async ({ page }) => {
  const withSkill = [...(await rolesWithSkill(page, 'postgresql')), '/skills/postgresql/'];
  await page.goto('/');
  const { dialog, input } = await openWithSlash(page);
  await input.pressSequentially('Postgres');
  const status = dialog.getByRole('status');
  await expect(status).toHaveText(/results? for “Postgres”/);
  const total = Number(/^(\d+) results?/.exec((await status.textContent()) ?? '')?.[1]);
  const shown = await resultHrefs(dialog);
  // The dialog lists the best few: roles with the skill, or the skill's own page.
  expect(shown.length).toBeGreaterThan(0);
  for (const href of shown) expect(withSkill).toContain(href);
  expect(total).toBeGreaterThanOrEqual(withSkill.length);
  // When there are more than it lists, it says how many and links them.
  await expect(dialog.getByRole('link', { name: `All ${total} results on the search page` })).toHaveCount(total > shown.length ? 1 : 0);

  // Enter opens the search page, which lists every result (50 at a time, the rest a button away).
  await input.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=Postgres$/);
  const panel = page.locator('[data-search-page] [data-search-panel]');
  await expect(panel.getByRole('status')).toHaveText(new RegExp(`^${total} results? for “Postgres”`));
  const more = panel.getByRole('button', { name: /^Show \d+ more of/ });
  while ((await more.count()) > 0) await more.click();
  await expect(panel.locator('.search-hit-link')).toHaveCount(total);
  const listed = await resultHrefs(panel);
  for (const href of withSkill) expect(listed).toContain(href);
});

test('/search/?q= runs the query and filters from the address when JavaScript is on', async ({ page }) => {
  await page.goto('/search/?q=sql&family=Quality+and+testing');
  const panel = page.locator('[data-search-page] [data-search-panel]');
  await expect(panel.getByRole('searchbox')).toHaveValue('sql');
  await expect(panel.getByRole('status')).toHaveText(/results? for “sql” with 1 filter/);
  await expect(panel.getByRole('checkbox', { name: /^Quality and testing/ })).toBeChecked();
  // Only roles in the family named in the address, whichever roles those are.
  const kinds = await resultKinds(panel);
  expect(kinds.length).toBeGreaterThan(0);
  for (const kind of kinds) expect(kind).toMatch(/^Role guide · Quality and testing · /);
  // A new query from the form updates the address instead of reloading.
  await panel.getByRole('searchbox').fill('python');
  await panel.getByRole('searchbox').press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=python&family=Quality\+and\+testing$/);
});

test('the search page lists 50 results, and the rest one button away with focus on the first of them', async ({ page }) => {
  // "roles" is on every role and skill page, so it has more results than one screen lists.
  await page.goto('/search/?q=roles');
  const panel = page.locator('[data-search-page] [data-search-panel]');
  const status = panel.getByRole('status');
  await expect(status).toHaveText(/^\d+ results for “roles”, showing the first 50\.$/);
  const total = Number(/^(\d+)/.exec((await status.textContent()) ?? '')?.[1]);
  const hits = panel.locator('.search-hit-link');
  await expect(hits).toHaveCount(50);
  const more = panel.getByRole('button', { name: `Show ${Math.min(50, total - 50)} more of ${total}` });
  await more.click();
  await expect(hits).toHaveCount(Math.min(100, total));
  await expect(hits.nth(50)).toBeFocused();
  await expect(status).toHaveText(total <= 100 ? `${total} results for “roles”.` : `${total} results for “roles”, showing the first 100.`);
  // Every result once: the second batch continues the first.
  expect(new Set(await resultHrefs(panel)).size).toBe(Math.min(100, total));
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('/search/ is a plain GET form with every role listed and a note', async ({ page }) => {
    await page.goto('/search/?q=sql');
    const form = page.locator('[data-search-page] form[role="search"]');
    await expect(form).toHaveAttribute('method', 'get');
    await expect(form).toHaveAttribute('action', '/search/');
    await expect(form.getByRole('searchbox', { name: 'Search roles and skills' })).toHaveAttribute('name', 'q');
    await expect(page.getByText('Search runs in your browser and needs JavaScript')).toBeVisible();
    const listed = await page.locator('table.role-table tbody th a').count();
    await page.goto('/roles/');
    await expect(page.locator('table.role-table tbody tr')).toHaveCount(listed);
  });

  test('the header search button opens the search page', async ({ page }) => {
    await page.goto('/roles/back-end-developer/');
    await page.locator('[data-search-trigger]').getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/\/search\/\??$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search');
  });
});

test('one query costs little to transfer (measured and attached)', async ({ page }, testInfo) => {
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  // From here on: everything the first query fetches, pagefind's worker included, with headers.
  const fetched: Promise<{ path: string; bytes: number }>[] = [];
  page.on('requestfinished', (request) => {
    fetched.push(request.sizes().then((sizes) => ({ path: new URL(request.url()).pathname, bytes: sizes.responseBodySize + sizes.responseHeadersSize })));
  });
  const { dialog, input } = await openWithSlash(page);
  await input.pressSequentially('postgres');
  await expect(dialog.locator('.search-hit')).not.toHaveCount(0);
  await page.waitForLoadState('networkidle');
  const search = await Promise.all(fetched);
  const total = search.reduce((sum, entry) => sum + entry.bytes, 0);
  const kilobytes = Math.round(total / 102.4) / 10;
  testInfo.annotations.push({ type: 'search payload', description: `${kilobytes} KB transferred in ${search.length} requests for the first query "postgres"` });
  for (const entry of search) testInfo.annotations.push({ type: 'search request', description: `${entry.path} ${entry.bytes} B` });
  expect(search.map((entry) => entry.path)).toContain('/pagefind/pagefind.js');
  expect(
    search.every((entry) => isSearchCode(`http://x${entry.path}`)),
    search.map((entry) => entry.path).join(' '),
  ).toBe(true);
  // The whole index for this guide is far below this; the budget catches an accidental full download.
  expect(kilobytes).toBeLessThan(300);
});

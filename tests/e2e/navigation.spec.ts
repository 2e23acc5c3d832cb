/**
 * Getting around without search: every role reachable from the home page with JavaScript off, the header,
 * breadcrumbs, family pages and previous/next links, the sortable roles table, skills pages and the 404 page.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { roleFiles } from './role-files.ts';

/** The role guides whose frontmatter files them under a family. */
function slugsInFamily(family: string): string[] {
  return roleFiles()
    .filter((role) => role.data.family === family)
    .map((role) => role.slug);
}

async function roleRows(page: Page) {
  return page.locator('table.role-table tbody tr').evaluateAll((rows) =>
    rows.map((row) => ({
      slug: row.getAttribute('data-role') ?? '',
      title: row.querySelector('th')?.textContent?.trim() ?? '',
      pay: Number(row.querySelector('[data-pay]')?.getAttribute('data-pay') ?? -1),
    })),
  );
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every role is reachable from the home page', async ({ page }) => {
    await page.goto('/roles/');
    const everyRole = (await roleRows(page)).map((row) => row.slug).sort();
    expect(everyRole.length).toBeGreaterThanOrEqual(10);

    await page.goto('/');
    const linked = await page.locator('main a[href^="/roles/"]').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    const linkedRoles = [
      ...new Set(linked.map((href) => /^\/roles\/([a-z0-9-]+)\/$/.exec(href)?.[1]).filter((slug): slug is string => Boolean(slug) && slug !== 'family')),
    ].sort();
    expect(linkedRoles).toEqual(everyRole);
    for (const slug of linkedRoles) {
      await page.goto('/');
      await page.locator(`main a[href="/roles/${slug}/"]`).first().click();
      await expect(page).toHaveURL(new RegExp(`/roles/${slug}/$`));
      await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    }
  });

  test('the roles table keeps its pay order and has no sort buttons', async ({ page }) => {
    await page.goto('/roles/');
    const pays = (await roleRows(page)).map((row) => row.pay);
    expect(pays).toEqual([...pays].sort((a, b) => b - a));
    await expect(page.locator('table.role-table th button')).toHaveCount(0);
    await expect(page.locator('table.role-table th[aria-sort]')).toHaveText(['Median pay']);
    await expect(page.locator('table.role-table th[aria-sort]')).toHaveAttribute('aria-sort', 'descending');
  });

  test('family filter links lead to static family pages', async ({ page }) => {
    await page.goto('/roles/');
    const filter = page.getByRole('navigation', { name: 'Roles by family' });
    await expect(filter.getByRole('link', { name: /^All roles/ })).toHaveAttribute('aria-current', 'page');
    await filter.getByRole('link', { name: /^Quality and testing/ }).click();
    await expect(page).toHaveURL(/\/roles\/family\/quality\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Quality and testing roles');
    await expect(page.getByRole('navigation', { name: 'Roles by family' }).getByRole('link', { name: /^Quality and testing/ })).toHaveAttribute(
      'aria-current',
      'page',
    );
    const quality = slugsInFamily('quality');
    expect(quality).toContain('test-manager');
    expect((await roleRows(page)).map((row) => row.slug).sort()).toEqual(quality);
  });
});

test('the header links every section and marks the current one', async ({ page }) => {
  await page.goto('/skills/sql/');
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link')).toHaveText(['Roles', 'Skills', 'Compare', 'Paths', 'Sources']);
  await expect(nav.getByRole('link', { name: 'Skills' })).toHaveAttribute('aria-current', 'true');
  await page.goto('/paths/');
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Paths' })).toHaveAttribute('aria-current', 'page');
  for (const href of await nav.getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))) {
    expect((await page.request.get(href)).status(), href).toBe(200);
  }
});

for (const { path, trail } of [
  { path: '/roles/test-manager/', trail: ['Home', 'Roles', 'Quality and testing', 'Test Manager'] },
  { path: '/skills/postgresql/', trail: ['Home', 'Skills', 'PostgreSQL'] },
  { path: '/compare/back-end-developer-vs-full-stack-developer/', trail: ['Home', 'Compare', 'Back End Developer vs Full-Stack Developer'] },
]) {
  test(`breadcrumbs on ${path} end at the current page`, async ({ page }) => {
    await page.goto(path);
    const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link');
    await expect(crumbs).toHaveText(trail);
    await expect(crumbs.last()).toHaveAttribute('aria-current', 'page');
    await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).locator('[aria-current]')).toHaveCount(1);
  });
}

test('previous and next links walk through a family once each', async ({ page }) => {
  await page.goto('/roles/family/engineering/');
  const family = (await roleRows(page)).map((row) => row.slug).sort();
  // Start from the first in the family: the page with no "previous" link.
  let slug = family.find(Boolean)!;
  for (let guard = 0; guard < family.length; guard += 1) {
    await page.goto(`/roles/${slug}/`);
    const previous = page.getByRole('link', { name: /^Previous in Engineering/ });
    if ((await previous.count()) === 0) break;
    slug = /\/roles\/([a-z0-9-]+)\/$/.exec((await previous.getAttribute('href')) ?? '')![1]!;
  }
  const visited: string[] = [];
  for (;;) {
    await page.goto(`/roles/${slug}/`);
    visited.push(slug);
    const next = page.getByRole('link', { name: /^Next in Engineering/ });
    if ((await next.count()) === 0) break;
    slug = /\/roles\/([a-z0-9-]+)\/$/.exec((await next.getAttribute('href')) ?? '')![1]!;
    expect(visited, 'no page is visited twice').not.toContain(slug);
  }
  expect(visited.sort()).toEqual(family);
});

test('sorting the roles table: header buttons reorder rows and move aria-sort', async ({ page }) => {
  await page.goto('/roles/');
  const table = page.locator('table.role-table');
  const roleHeader = table.locator('thead th', { hasText: 'Role' });
  const payHeader = table.locator('thead th', { hasText: 'Median pay' });
  const growthHeader = table.locator('thead th', { hasText: 'Job growth' });
  const before = (await roleRows(page)).map((row) => row.title);

  await roleHeader.getByRole('button').click();
  await expect(roleHeader).toHaveAttribute('aria-sort', 'ascending');
  await expect(payHeader).not.toHaveAttribute('aria-sort', /.*/);
  const ascending = (await roleRows(page)).map((row) => row.title);
  expect(ascending).toEqual([...before].sort((a, b) => a.localeCompare(b, 'en')));
  expect(ascending).not.toEqual(before);

  await roleHeader.getByRole('button').click();
  await expect(roleHeader).toHaveAttribute('aria-sort', 'descending');
  expect((await roleRows(page)).map((row) => row.title)).toEqual([...ascending].reverse());

  await growthHeader.getByRole('button').click();
  await expect(growthHeader).toHaveAttribute('aria-sort', 'descending');
  const growth = await table
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((row) => Number(row.querySelectorAll('td')[3]?.getAttribute('data-sort-value'))));
  expect(growth).toEqual([...growth].sort((a, b) => b - a));

  await payHeader.getByRole('button').click();
  await expect(payHeader).toHaveAttribute('aria-sort', 'descending');
  expect((await roleRows(page)).map((row) => row.title)).toEqual(before);
});

test('skills index counts match each skill page, and role pages link their skills', async ({ page }) => {
  await page.goto('/skills/');
  const sql = page.locator('li[data-skill="sql"]');
  const count = Number(await sql.locator('[data-role-count]').getAttribute('data-role-count'));
  expect(count).toBeGreaterThan(1);
  await sql.getByRole('link', { name: 'SQL' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('SQL');
  await expect(page.locator('table.skill-roles tbody tr')).toHaveCount(count);
  for (const row of await page.locator('table.skill-roles tbody tr').all()) {
    await expect(row).toContainText(/\$[\d,]+ USD|£[\d,]+ GBP/);
    await expect(row).toContainText(/United States|United Kingdom/);
    await expect(row.getByRole('link').last()).toHaveAttribute('href', /^\/sources\/#source-/);
  }
  await page.goto('/roles/back-end-developer/');
  await page.locator('#skills ~ ul.chips a[href="/skills/postgresql/"]').click();
  await expect(page).toHaveURL(/\/skills\/postgresql\/$/);
  await expect(page.locator('table.skill-roles tbody tr[data-role="back-end-developer"]')).toHaveCount(1);
});

test('a role page shows skill aliases as text, so search and readers find them', async ({ page }) => {
  await page.goto('/roles/back-end-developer/');
  await expect(page.locator('.also-known').filter({ hasText: 'Postgres (PostgreSQL)' })).toBeVisible();
});

test('the not-found page suggests the role the address resembles and offers search', async ({ page }) => {
  const response = await page.goto('/roles/backend-developer/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  const suggestions = page.getByRole('list', { name: 'Did you mean' });
  await expect(suggestions.getByRole('link').first()).toHaveText('Back End Developer');
  await expect(page.getByRole('search').getByRole('searchbox')).toHaveValue('backend developer');
  await expect(page.locator('table.role-table tbody tr')).not.toHaveCount(0);
});

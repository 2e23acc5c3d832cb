import { readdirSync } from 'node:fs';
import { expect, test } from './fixtures.ts';

const slugs = readdirSync(new URL('../../content/roles/', import.meta.url))
  .filter((name) => name.endsWith('.mdx') && !name.startsWith('_'))
  .map((name) => name.replace(/\.mdx$/, ''));

test('the roles index lists every role, sorted by median pay, each with its pay source', async ({ page }) => {
  await page.goto('/roles/');
  const rows = page.locator('table.role-table tbody tr');
  await expect(rows).toHaveCount(slugs.length);
  expect(slugs.length).toBeGreaterThanOrEqual(10);
  const pays = await rows.evaluateAll((trs) => trs.map((tr) => Number(tr.querySelector('[data-pay]')?.getAttribute('data-pay') ?? -1)));
  expect(pays).toEqual([...pays].sort((a, b) => b - a));
  for (const row of await rows.all()) {
    await expect(row).toContainText(/U\.S\. Bureau of Labor Statistics, May 2025|Robert Half|Glassdoor/);
    await expect(row).toContainText(/\$[\d,]+ USD|£[\d,]+ GBP/);
  }
});

for (const slug of slugs) {
  test(`${slug}: builds, cites every money figure and names each figure's region`, async ({ page, consoleErrors, offLoopback }) => {
    const response = await page.goto(`/roles/${slug}/`);
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1')).toHaveCount(1);
    const uncited = await page
      .locator('.money')
      .evaluateAll((nodes) => nodes.filter((node) => !node.closest('tr, li, p, dd')?.querySelector('sup.cite')).map((node) => node.textContent));
    expect(uncited, 'money figures without a citation beside them').toEqual([]);
    // Every cited source resolves to an entry in the page's source list.
    const cited = await page.locator('sup.cite a').evaluateAll((links) => [...new Set(links.map((link) => link.getAttribute('href')))]);
    for (const href of cited) await expect(page.locator(href!.replace('.', '\\.'))).toHaveCount(1);
    // Each pay row names a region, a currency code and the period in its first cell, and carries the code for its amounts.
    for (const row of await page.locator('#pay-table tbody tr').all()) {
      await expect(row.locator('th .where')).toContainText(/(United States|United Kingdom) · [A-Z]{3} (a year|an hour)/);
      await expect(row).toHaveAttribute('data-currency', /^[A-Z]{3}$/);
    }
    expect(consoleErrors).toEqual([]);
    expect(offLoopback).toEqual([]);
  });
}

test('pages that show O*NET data carry its CC BY 4.0 attribution', async ({ page }) => {
  for (const slug of slugs) {
    await page.goto(`/roles/${slug}/`);
    if ((await page.locator('.onet').count()) === 0) continue;
    await expect(page.locator('.attribution'), slug).toContainText('Used under the CC BY 4.0 license');
    await expect(page.locator('.attribution'), slug).toContainText('USDOL/ETA has not approved, endorsed, or tested these modifications');
  }
});

test('top-coded BLS wages read "or more", never as a plain number', async ({ page }) => {
  await page.goto('/roles/head-of-engineering/');
  // 11-3021's p90 was top-coded in May 2023 and May 2024; the page shows May 2025, whose p90 is published.
  // Tables state USD once (in the row, or the caption), so amounts show the symbol alone.
  await expect(page.locator('#pay-table tr[data-currency="USD"]').first()).toContainText('$107,550–$297,510');
  await page.goto('/occupations/11-3021-computer-and-information-systems-managers/');
  const trend = page.getByRole('table', { name: /Annual wages/ });
  for (const year of ['May 2023', 'May 2024']) {
    await expect(trend.locator('tr', { hasText: year }).locator('td').nth(5)).toHaveText('$239,200 or more');
  }
  await expect(trend.locator('tr', { hasText: 'May 2025' }).locator('td').nth(5)).toHaveText('$297,510');
});

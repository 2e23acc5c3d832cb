/**
 * Comparison pages on the production build: every figure matches the two role pages it comes from, pay is
 * only set against pay in the same source and currency, role pages link their comparisons, and the picker
 * works with and without JavaScript.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

async function comparisonHrefs(page: Page): Promise<string[]> {
  await page.goto('/compare/');
  const hrefs = await page.locator('.comparison-index a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  return [...new Set(hrefs)].sort();
}

test('every comparison page shows the same figures as both role pages', async ({ page }) => {
  test.setTimeout(120_000);
  const hrefs = await comparisonHrefs(page);
  expect(hrefs.length).toBeGreaterThan(10);
  // Each role page's pay table once: row text by row id and source.
  const payTables = new Map<string, { id: string; source: string; text: string }[]>();
  const payTable = async (slug: string) => {
    if (!payTables.has(slug)) {
      await page.goto(`/roles/${slug}/`);
      payTables.set(
        slug,
        await page.locator('#pay-table tbody tr').evaluateAll((rows) => rows.map((row) => ({ id: row.id, source: row.getAttribute('data-source') ?? '', text: row.textContent ?? '' }))),
      );
    }
    return payTables.get(slug)!;
  };
  for (const href of hrefs) {
    await page.goto(href);
    const shown = await page.locator('article.comparison').evaluate((article) => ({
      slugs: [...article.querySelectorAll('.compare-cards li[data-role]')].map((item) => item.getAttribute('data-role') ?? ''),
      government: [...article.querySelectorAll('#government-table td[data-role]')].flatMap((cell) =>
        [...cell.querySelectorAll('.money')].map((money) => ({ slug: cell.getAttribute('data-role') ?? '', text: money.textContent ?? '' })),
      ),
      shared: [...article.querySelectorAll('#shared-table tbody tr')].flatMap((row) =>
        [...row.querySelectorAll('td[data-role]')].map((cell) => ({
          slug: cell.getAttribute('data-role') ?? '',
          source: row.getAttribute('data-source') ?? '',
          currency: row.getAttribute('data-currency') ?? '',
          text: cell.querySelector('.money')?.textContent ?? '',
        })),
      ),
    }));
    expect(shown.slugs, href).toHaveLength(2);
    expect(href).toBe(`/compare/${[...shown.slugs].sort().join('-vs-')}/`);
    expect(shown.government.length, `${href} government figures`).toBeGreaterThan(0);
    for (const figure of shown.government) {
      const rows = (await payTable(figure.slug)).filter((row) => row.id.startsWith('oews-'));
      expect(rows.some((row) => row.text.includes(figure.text)), `${href}: ${figure.slug} government ${figure.text}`).toBe(true);
    }
    for (const figure of shown.shared) {
      expect(figure.text, `${href}: ${figure.slug} ${figure.source}`).toContain(` ${figure.currency}`);
      const rows = (await payTable(figure.slug)).filter((row) => row.source === figure.source);
      expect(rows.some((row) => row.text.includes(figure.text)), `${href}: ${figure.slug} ${figure.source} ${figure.text}`).toBe(true);
    }
  }
});

test('a difference is only given for figures in one currency, and each chart keeps to one currency', async ({ page }) => {
  await page.goto('/compare/back-end-developer-vs-front-end-developer/');
  for (const row of await page.locator('#shared-table tbody tr').all()) {
    const currency = (await row.getAttribute('data-currency'))!;
    const amounts = await row.locator('.money').evaluateAll((nodes) => nodes.map((node) => /\b[A-Z]{3}\b/.exec(node.textContent ?? '')?.[0]));
    expect(new Set(amounts)).toEqual(new Set([currency]));
  }
  const charts = await page.locator('svg[data-chart-currency]').evaluateAll((svgs) => svgs.map((svg) => svg.getAttribute('data-chart-currency')));
  expect(charts.length).toBeGreaterThan(0);
  expect(new Set(charts).size).toBe(charts.length);
  // Every chart points to the tables that hold its values.
  for (const figure of await page.locator('figure.compare-chart').all()) {
    const description = page.locator(`#${await figure.getAttribute('aria-describedby')}`);
    await expect(description.getByRole('link', { name: 'pay tables' })).toHaveAttribute('href', '#pay');
  }
});

test('a comparison of roles on the same occupation says the government figures cannot tell them apart', async ({ page }) => {
  await page.goto('/compare/back-end-developer-vs-full-stack-developer/');
  await expect(page.locator('.callout')).toContainText('same government occupation');
  await expect(page.locator('p.difference')).toHaveCount(0);
});

test('role pages link every comparison they have, and each link resolves', async ({ page }) => {
  const all = await comparisonHrefs(page);
  await page.goto('/roles/software-developer/');
  const links = await page.getByRole('list', { name: 'Compare side by side' }).getByRole('link').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('href') ?? ''));
  expect(links.length).toBeGreaterThan(0);
  expect(links.sort()).toEqual(all.filter((href) => href.split('/')[2]!.split('-vs-').includes('software-developer')));
  for (const href of links) expect((await page.request.get(href)).status(), href).toBe(200);
});

test('the picker opens the page for a related pair and explains an unrelated one', async ({ page }) => {
  await page.goto('/compare/');
  const picker = page.locator('form[data-compare-picker]');
  await expect(picker).toBeVisible();
  await picker.getByLabel('First role').selectOption({ label: 'Test Manager' });
  await picker.getByLabel('Second role').selectOption({ label: 'Web Developer' });
  await picker.getByRole('button', { name: 'Compare' }).click();
  const message = picker.getByRole('status');
  await expect(message).toContainText('There is no side-by-side page for Test Manager and Web Developer');
  await expect(message.getByRole('link', { name: 'Test Manager' })).toHaveAttribute('href', '/roles/test-manager/');
  await expect(message.getByRole('link', { name: 'Web Developer' })).toHaveAttribute('href', '/roles/web-developer/');
  await expect(page).toHaveURL(/\/compare\/$/);

  await picker.getByLabel('First role').selectOption({ label: 'Test Manager' });
  await picker.getByLabel('Second role').selectOption({ label: 'Test Analyst' });
  await picker.getByRole('button', { name: 'Compare' }).click();
  await expect(page).toHaveURL(/\/compare\/test-analyst-vs-test-manager\/$/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the compare page is a list of links to every comparison', async ({ page }) => {
    await page.goto('/compare/');
    await expect(page.locator('form[data-compare-picker]')).toBeHidden();
    const hrefs = await page.locator('.comparison-index a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    const pairs = new Set(hrefs);
    await expect(page.getByText(`${pairs.size} comparisons`)).toBeVisible();
    for (const href of pairs) expect((await page.request.get(href)).status(), href).toBe(200);
  });
});

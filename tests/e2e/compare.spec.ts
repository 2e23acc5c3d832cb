/**
 * Comparison pages on the production build: a bounded set (each role's nearest related roles), every figure
 * matching the two role pages it comes from, pay only set against pay in the same source and currency, role
 * pages linking their comparisons; and /compare/, which opens a pair's page or compares any other pair from
 * the JSON API, and lists every page without JavaScript.
 */
import { readdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

const roleCount = readdirSync(new URL('../../content/roles/', import.meta.url)).filter((name) => name.endsWith('.mdx') && !name.startsWith('_')).length;

/** Each role page's pay table rows: id, source and text. */
async function payTableOf(page: Page, slug: string) {
  const response = await page.request.get(`/roles/${slug}/`);
  const html = await response.text();
  return page.evaluate((source) => {
    const document = new DOMParser().parseFromString(source, 'text/html');
    return [...document.querySelectorAll('#pay-table tbody tr')].map((row) => ({
      id: row.id,
      source: row.getAttribute('data-source') ?? '',
      text: row.textContent ?? '',
    }));
  }, html);
}

async function comparisonHrefs(page: Page): Promise<string[]> {
  await page.goto('/compare/');
  const hrefs = await page.locator('.comparison-index a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  return [...new Set(hrefs)].sort();
}

test('every comparison page shows the same figures as both role pages', async ({ page }) => {
  test.setTimeout(120_000);
  const hrefs = await comparisonHrefs(page);
  // At least one page for every two roles, at most one per role: never every pair.
  expect(hrefs.length).toBeGreaterThanOrEqual(roleCount / 2);
  expect(hrefs.length).toBeLessThanOrEqual(roleCount);
  // Each role page's pay table once: row text by row id and source. The role page states each row's currency once
  // (data-currency, and "USD a year" in the row), so "$40,980 USD" on a comparison is "$40,980" in a USD row there.
  const payTables = new Map<string, { id: string; source: string; currency: string; text: string }[]>();
  const inRow = (row: { currency: string; text: string }, figure: string) => {
    const [, amount, currency] = /^(.*) ([A-Z]{3})$/.exec(figure) ?? [];
    return amount !== undefined && row.currency === currency && row.text.includes(amount);
  };
  const payTable = async (slug: string) => {
    if (!payTables.has(slug)) {
      await page.goto(`/roles/${slug}/`);
      payTables.set(
        slug,
        await page.locator('#pay-table tbody tr').evaluateAll((rows) =>
          rows.map((row) => ({
            id: row.id,
            source: row.getAttribute('data-source') ?? '',
            currency: row.getAttribute('data-currency') ?? '',
            text: row.textContent ?? '',
          })),
        ),
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
      expect(
        rows.some((row) => inRow(row, figure.text)),
        `${href}: ${figure.slug} government ${figure.text}`,
      ).toBe(true);
    }
    for (const figure of shown.shared) {
      expect(figure.text, `${href}: ${figure.slug} ${figure.source}`).toContain(` ${figure.currency}`);
      const rows = (await payTable(figure.slug)).filter((row) => row.source === figure.source);
      expect(
        rows.some((row) => inRow(row, figure.text)),
        `${href}: ${figure.slug} ${figure.source} ${figure.text}`,
      ).toBe(true);
    }
  }
});

test('a difference is only given for figures in one currency, and each chart keeps to one currency', async ({ page }) => {
  await page.goto('/compare/front-end-developer-vs-web-developer/');
  for (const row of await page.locator('#shared-table tbody tr').all()) {
    const currency = (await row.getAttribute('data-currency'))!;
    const amounts = await row.locator('.money').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-currency')));
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
  const links = await page
    .getByRole('list', { name: 'Compare side by side' })
    .getByRole('link')
    .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('href') ?? ''));
  expect(links.length).toBeGreaterThan(0);
  expect(links.sort()).toEqual(all.filter((href) => href.split('/')[2]!.split('-vs-').includes('software-developer')));
  for (const href of links) expect((await page.request.get(href)).status(), href).toBe(200);
});

test('the picker opens the page of a pair that has one', async ({ page }) => {
  await page.goto('/compare/');
  const picker = page.locator('form[data-compare-picker]');
  await expect(picker).toBeVisible();
  await picker.getByLabel('First role').fill('Test Manager');
  await picker.getByLabel('Second role').fill('Test Analyst');
  await picker.getByRole('button', { name: 'Compare' }).click();
  await expect(page).toHaveURL(/\/compare\/test-analyst-vs-test-manager\/$/);
});

test("any other pair is compared on /compare/ from the JSON API, with the role pages' figures", async ({ page }) => {
  await page.goto('/compare/');
  expect((await page.request.get('/compare/back-end-developer-vs-front-end-developer/')).status()).toBe(404);
  const picker = page.locator('form[data-compare-picker]');
  await picker.getByLabel('First role').fill('Front-End Developer');
  await picker.getByLabel('Second role').fill('Back End Developer');
  await picker.getByRole('button', { name: 'Compare' }).click();
  await expect(page).toHaveURL(/\/compare\/\?a=front-end-developer&b=back-end-developer$/);
  const live = page.locator('[data-live-comparison] article.comparison');
  await expect(live.getByRole('heading', { level: 2 })).toHaveText('Back End Developer vs Front-End Developer');
  await expect(picker.getByRole('status')).toContainText('side by side below');

  // Headline figures are the API's, which the role pages show.
  const index = (await (await page.request.get('/api/roles.json')).json()) as {
    roles: { slug: string; headline: { amount: number; currency: string } | null }[];
  };
  for (const slug of ['back-end-developer', 'front-end-developer']) {
    const headline = index.roles.find((role) => role.slug === slug)!.headline!;
    await expect(live.locator(`#live-headline-table tr[data-role="${slug}"] .money`)).toHaveAttribute('data-money', String(headline.amount));
  }
  // Same-source rows: one currency a row, each figure as that role's page shows it.
  const rows = await live.locator('#live-shared-table tbody tr').evaluateAll((items) =>
    items.map((row) => ({
      source: row.getAttribute('data-source') ?? '',
      currency: row.getAttribute('data-currency') ?? '',
      cells: [...row.querySelectorAll('td[data-role]')].map((cell) => ({
        slug: cell.getAttribute('data-role') ?? '',
        text: cell.querySelector('.money')?.textContent ?? '',
        currency: cell.querySelector('.money')?.getAttribute('data-currency') ?? '',
      })),
    })),
  );
  expect(rows.length).toBeGreaterThan(0);
  for (const row of rows) {
    expect(row.cells).toHaveLength(2);
    for (const cell of row.cells) {
      expect(cell.currency, `${row.source} ${cell.slug}`).toBe(row.currency);
      const table = (await payTableOf(page, cell.slug)).filter((entry) => entry.source === row.source);
      // The role page's pay table names the currency once per row, so its amounts carry the symbol alone.
      const amount = cell.text.replace(new RegExp(`\\s${row.currency}$`), '');
      expect(
        table.some((entry) => entry.text.includes(amount)),
        `${row.source} ${cell.slug} ${cell.text}`,
      ).toBe(true);
    }
  }
  // Skills split three ways, each a working link.
  await expect(live.locator('[data-skill-group="live-skills-shared"] a').first()).toHaveAttribute('href', /^\/skills\/[a-z0-9-]+\/$/);

  // The address opens the same comparison for someone it is shared with.
  await page.goto('/compare/?a=front-end-developer&b=back-end-developer');
  await expect(page.locator('[data-live-comparison] h2')).toHaveText('Back End Developer vs Front-End Developer');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`a comparison drawn on /compare/ has no WCAG 2.2 A/AA violations (${colorScheme} scheme)`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('/compare/?a=front-end-developer&b=back-end-developer');
    await expect(page.locator('[data-live-comparison] article.comparison')).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']).analyze();
    expect(results.violations.map((violation) => ({ rule: violation.id, targets: violation.nodes.map((node) => node.target.join(' ')).slice(0, 5) }))).toEqual(
      [],
    );
  });
}

test('the picker says so when a role is not in the list or both are the same', async ({ page }) => {
  await page.goto('/compare/');
  const picker = page.locator('form[data-compare-picker]');
  await picker.getByLabel('First role').fill('Astronaut');
  await picker.getByLabel('Second role').fill('Web Developer');
  await picker.getByRole('button', { name: 'Compare' }).click();
  await expect(picker.getByRole('status')).toHaveText('Choose the first role from the list of roles.');
  await picker.getByLabel('First role').fill('Web Developer');
  await picker.getByRole('button', { name: 'Compare' }).click();
  await expect(picker.getByRole('status')).toContainText('Choose two different roles.');
  await expect(picker.getByRole('status').getByRole('link', { name: 'Web Developer has its own page' })).toHaveAttribute('href', '/roles/web-developer/');
  await expect(page).toHaveURL(/\/compare\/$/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the compare page is a list of links to every comparison page', async ({ page }) => {
    await page.goto('/compare/');
    await expect(page.locator('form[data-compare-picker]')).toBeHidden();
    const hrefs = await page.locator('.comparison-index a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    const pairs = new Set(hrefs);
    await expect(page.getByText(`${pairs.size} comparison pages.`)).toBeVisible();
    for (const href of pairs) expect((await page.request.get(href)).status(), href).toBe(200);
  });
});

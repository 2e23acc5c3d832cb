/**
 * US and UK occupation pages on the production build: one page per detailed OEWS occupation, the explorer's table,
 * filters and chart, BLS markers said in words, O*NET text only as attributed quotations, ONS pay with its quality,
 * search by alternate titles, and the JSON API that the pages are rendered from.
 */
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { APIRequestContext } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { readBuiltPage, served } from './built-site.ts';

const oews = JSON.parse(readFileSync(new URL('../../content/data/oews-national.json', import.meta.url), 'utf8')) as {
  occupations: { soc: string; level: string; periods: { label: string }[] }[];
};
const may2025Detailed = new Set(
  oews.occupations.filter((entry) => entry.level === 'detailed' && entry.periods.some((period) => period.label === 'May 2025')).map((entry) => entry.soc),
);

test('the occupations index lists every detailed occupation of OEWS May 2025, each linking to its page', () => {
  const page = readBuiltPage(served('/occupations/'));
  const rows = page.find('tr').filter((row) => row.attrs['data-group'] !== undefined);
  const codes = new Set(
    page
      .find('td')
      .map((cell) => cell.text.trim())
      .filter((text) => /^\d{2}-\d{4}$/.test(text)),
  );
  expect(may2025Detailed.size).toBe(830);
  for (const soc of may2025Detailed) expect(codes.has(soc), soc).toBe(true);
  expect(rows.length).toBe(codes.size);
  const links = page
    .find('a')
    .map((link) => link.attrs.href ?? '')
    .filter((href) => /\/occupations\/\d{2}-\d{4}-/.test(href));
  expect(new Set(links).size).toBeGreaterThanOrEqual(830);
});

test('an occupation page shows five years of wages with BLS markers in words, and its outlook', async ({ page }) => {
  await page.goto(served('/occupations/29-1223-psychiatrists/'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Psychiatrists');
  const annual = page.getByRole('table', { name: /Annual wages, US dollars/ });
  await expect(annual.locator('tbody tr')).toHaveCount(5);
  await expect(annual.locator('tbody tr').first()).toContainText('$208,000 or more');
  await expect(annual.locator('tbody tr').last()).not.toContainText('or more');
  await expect(page.getByText('not adjusted for inflation')).toBeVisible();
  await expect(page.locator('#outlook + dl')).toContainText('Openings a year');
});

test('annual-only and hourly-only occupations say which set BLS publishes instead of showing empty tables', async ({ page }) => {
  await page.goto(served('/occupations/25-2021-elementary-school-teachers-except-special-education/'));
  await expect(page.getByText('BLS publishes annual wages only for this occupation')).toBeVisible();
  await expect(page.getByRole('table', { name: /Hourly wages/ })).toHaveCount(0);
  await page.goto(served('/occupations/27-2011-actors/'));
  await expect(page.getByText('BLS publishes hourly wages only for this occupation')).toBeVisible();
  await expect(page.getByRole('table', { name: /Annual wages/ })).toHaveCount(0);
  await expect(
    page
      .getByRole('table', { name: /Hourly wages/ })
      .locator('tbody tr')
      .last(),
  ).toContainText('$');
});

test('O*NET text appears only as quotations citing O*NET OnLine, with the CC BY 4.0 attribution; several O*NET codes share one SOC page', async ({ page }) => {
  await page.goto(served('/occupations/29-1141-registered-nurses/'));
  const quotes = page.locator('blockquote');
  expect(await quotes.count()).toBeGreaterThan(5);
  for (const cite of await quotes.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('cite') ?? '')))
    expect(cite).toMatch(/^https:\/\/www\.onetonline\.org\/link\/summary\/29-1141\.0\d$/);
  await expect(page.locator('.attribution')).toContainText('Used under the CC BY 4.0 license');
  for (const code of ['29-1141.00', '29-1141.01', '29-1141.04'])
    await expect(page.getByRole('heading', { name: new RegExp(code.replace('.', '\\.')) })).toBeVisible();
  await expect(page.getByText('Registered Nurse (RN)').first()).toBeVisible();
});

test('where a dataset has nothing for a code, the page says what is missing and why', async ({ page }) => {
  await page.goto(served('/occupations/55-1011-air-crew-officers/'));
  await expect(page.getByText('BLS OEWS publishes no wages for military occupations')).toBeVisible();
  await expect(page.getByText('BLS Employment Projections 2024–34 has no line item for this code.')).toBeVisible();
  await expect(page.getByText(/O\*NET 29\.3 rates no Job Zone, tasks, technologies or interests/)).toBeVisible();
});

test('role guides link to their occupations and occupations link back', async ({ page }) => {
  await page.goto(served('/roles/back-end-developer/'));
  await expect(page.locator('.official a[href$="/occupations/15-1252-software-developers/"]')).toBeVisible();
  await expect(page.locator('.official a[href*="/uk-occupations/2134-"]')).toBeVisible();
  await page.goto(served('/occupations/15-1252-software-developers/'));
  await expect(page.locator('.callout a[href$="/roles/back-end-developer/"]')).toBeVisible();
});

test('the explorer table filters and sorts once its script runs', async ({ page }) => {
  await page.goto(served('/occupations/'));
  const rows = page.locator('#occupations tbody tr:visible');
  const total = await rows.count();
  await page.getByLabel('Job Zone').selectOption('5');
  await expect(page.locator('[data-filter-status]')).toContainText(`of ${total} occupations shown`);
  const zoneFive = await rows.count();
  expect(zoneFive).toBeGreaterThan(10);
  expect(zoneFive).toBeLessThan(total);
  await page.getByLabel('Title contains').fill('nurse');
  await expect(rows.first()).toContainText(/nurse/i);
  await page.getByRole('button', { name: 'Median pay, USD a year' }).click();
  await expect(page.locator('th[aria-sort="descending"]')).toContainText('Median pay');
});

test('the labour-market chart marks are links with accessible names, and the chart scrolls in a labelled region at 320 px', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await page.goto(served('/occupations/'));
  const marks = page.locator('svg.market-chart a');
  expect(await marks.count()).toBeGreaterThan(800);
  await expect(marks.first()).toHaveAttribute('aria-label', /: median \$[\d,]+ a year \(May 2025\), projected change/);
  const region = page.getByRole('region', { name: /Chart: pay against projected growth/ });
  await expect(region).toHaveAttribute('tabindex', '0');
  const widths = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  expect(widths[0]).toBeLessThanOrEqual(widths[1]!);
});

test('search finds occupations by O*NET alternate titles and says what each hit is', async ({ page }) => {
  for (const [query, expected] of [
    ['RN', '/occupations/29-1141-registered-nurses/'],
    ['staff nurse', '/occupations/29-1141-registered-nurses/'],
    ['back end engineer', '/roles/back-end-developer/'],
    ['back end engineer', '/occupations/15-1254-web-developers/'],
  ] as const) {
    await page.goto(served(`/search/?q=${encodeURIComponent(query)}`));
    const hits = page.locator('.search-hit-link');
    await expect(hits.first()).toBeVisible();
    const hrefs = await hits.evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
    expect(hrefs, query).toContain(served(expected));
  }
  await expect(page.locator('.search-hit-kind').filter({ hasText: 'US occupation · SOC 15-1254' })).toHaveCount(1);
  await expect(
    page
      .locator('.search-hit-kind')
      .filter({ hasText: /^Role guide/ })
      .first(),
  ).toBeVisible();
});

/** The parts of the API files these tests read; the published JSON Schemas check the rest. */
interface OccupationsIndex {
  count: number;
  occupations: { soc: string; latestMedian: unknown }[];
}
interface OccupationDetail {
  wages: { annual: { median: unknown }[] };
}
interface UkOccupationsIndex {
  count: number;
  occupations: { code: string; median: unknown }[];
}
const getJson = async <T>(request: APIRequestContext, path: string) => (await (await request.get(served(path))).json()) as T;

test('the occupations API lists every page and validates against its published JSON Schema', async ({ request }) => {
  const ajv = new Ajv2020({ strict: false });
  addFormats(ajv);
  const index = await getJson<OccupationsIndex>(request, '/api/occupations.json');
  const indexSchema = await getJson<object>(request, '/api/schema/occupations.json');
  expect(ajv.validate(indexSchema, index), JSON.stringify(ajv.errors)).toBe(true);
  expect(index.count).toBe(index.occupations.length);
  const developers = index.occupations.find((entry) => entry.soc === '15-1252');
  expect(developers?.latestMedian).toEqual({ period: 'May 2025', unit: 'year', wage: { amount: 135980 } });
  const detail = await getJson<OccupationDetail>(request, '/api/occupations/29-1223.json');
  const detailSchema = await getJson<object>(request, '/api/schema/occupation.json');
  expect(ajv.validate(detailSchema, detail), JSON.stringify(ajv.errors)).toBe(true);
  expect(detail.wages.annual[0]?.median).toEqual({ atLeast: 208000 });
});

test('UK occupation pages: every ASHE unit group, each figure with its ONS quality, the OGL line, and the API', async ({ page, request }) => {
  const index = await getJson<UkOccupationsIndex>(request, '/api/uk-occupations.json');
  expect(index.count).toBe(412);
  expect(index.occupations.find((entry) => entry.code === '2134')?.median).toMatchObject({ amount: 54669, currency: 'GBP' });
  await page.goto(served('/uk-occupations/2134-programmers-and-software-development-professionals/'));
  const table = page.getByRole('table', { name: /Gross pay, pounds sterling \(GBP\), United Kingdom/ });
  await expect(table.locator('tbody tr').first()).toContainText('£54,669');
  await expect(table.locator('tbody tr').first()).toContainText('precise');
  await expect(page.locator('.attribution')).toContainText('Open Government Licence v.3.0');
  await expect(page.getByText('it is not the US SOC 2018')).toBeVisible();
  await page.goto(served('/uk-occupations/9269-other-elementary-services-occupations-n-e-c/'));
  await expect(
    page
      .getByRole('table', { name: /Gross pay/ })
      .locator('tbody tr')
      .first(),
  ).toContainText('suppressed');
});

test('the Back End Developer page shows ONS ASHE 2024 for its UK unit group with the licence line', async ({ page }) => {
  await page.goto(served('/roles/back-end-developer/'));
  const row = page.locator('#ashe-2134');
  await expect(row).toContainText('Office for National Statistics');
  await expect(row).toContainText('£54,669');
  await expect(page.locator('.attribution')).toContainText('Open Government Licence v.3.0');
});

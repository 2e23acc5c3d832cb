import { readdirSync } from 'node:fs';
import { expect, test } from './fixtures.ts';

const path = '/roles/back-end-developer/';

/** The figures the seed documents give, with the source each must be cited to; the row states the currency once. */
const seedFigures: { text: string; currency: string; source: string }[] = [
  { text: '£38,750', currency: 'GBP', source: 'robert-half-back-end-developer' },
  { text: '£52,250', currency: 'GBP', source: 'robert-half-back-end-developer' },
  { text: '£70,750', currency: 'GBP', source: 'robert-half-back-end-developer' },
  { text: '$79,057', currency: 'USD', source: 'glassdoor-back-end-developer' },
  { text: '$29.48', currency: 'USD', source: 'payscale-back-end-developer' },
  { text: '$66,667', currency: 'USD', source: 'payscale-back-end-developer' },
  { text: '$110,140', currency: 'USD', source: 'bls-ooh-software-developers-2021' },
  { text: '$52.95', currency: 'USD', source: 'bls-ooh-software-developers-2021' },
  { text: '$121,668', currency: 'USD', source: 'tallo-back-end-developer' },
  { text: '$135,980', currency: 'USD', source: 'bls-oews-m2025-national' },
  { text: '$92,650', currency: 'USD', source: 'bls-oews-m2025-national' },
];

test('every seed figure is in the pay table, in its row with its currency stated and its source cited', async ({ page }) => {
  await page.goto(path);
  for (const figure of seedFigures) {
    const row = page.locator(`#pay-table tbody tr[data-source="${figure.source}"][data-currency="${figure.currency}"]`, {
      has: page.locator('.money', { hasText: figure.text }),
    });
    await expect(row, `${figure.text} from ${figure.source}`).toHaveCount(1);
    await expect(row.locator('th .where')).toContainText(`${figure.currency} a`);
    await expect(row.locator(`sup.cite a[href="#source-${figure.source}"]`)).toHaveCount(1);
  }
});

test('Glassdoor’s split and range have their own columns; notes carry demand levels, conversion and our reading', async ({ page }) => {
  await page.goto(path);
  const glassdoor = page.locator('#pay-table tr[data-source="glassdoor-back-end-developer"]');
  await expect(glassdoor.locator('td[data-label="Base"]')).toHaveText('$74,094');
  await expect(glassdoor.locator('td[data-label="Additional"]')).toHaveText('$4,963');
  await expect(glassdoor.locator('td[data-label="Source\'s range"]')).toHaveText('$49,000–$127,000');
  await expect(glassdoor.locator('th')).toContainText('pay counted: total pay (base + additional)');
  const notes = page.locator('.pay-notes');
  await expect(notes).toContainText('demand for this level is low');
  await expect(notes).toContainText('demand is moderate');
  await expect(notes).toContainText('demand is high');
  await expect(notes).toContainText('our conversion at 2,080 hours');
  await expect(notes).toContainText("that is our reading, not the source's statement");
});

test('outlook, experience and education show their figures with sources', async ({ page }) => {
  await page.goto(path);
  const outlook = page.locator('.outlook-table');
  await expect(outlook.locator('tr[data-source="bls-ooh-software-developers-2021"]')).toContainText('+22%');
  await expect(outlook.locator('tr[data-source="bls-ooh-software-developers-2021"]')).toContainText('2020–2030');
  await expect(outlook.locator('tr[data-source="tallo-back-end-developer"]')).toContainText('+7.42%');
  await expect(outlook.locator('tr[data-source="tallo-back-end-developer"]')).toContainText('1,267');
  await expect(outlook.locator('tr[data-source="bls-ep-2024-34"]', { hasText: 'Software Developers' })).toContainText('+15.8%');
  const bands = page.locator('.share-bars li');
  await expect(bands).toHaveText([/0–1 years\s*5%/, /2–4 years\s*73%/, /5–7 years\s*14%/, /8 or more years\s*8%/]);
  await expect(page.locator('#education + p')).toContainText('51% of workers hold a bachelor');
});

test('the proxy occupation is disclosed with its reason', async ({ page }) => {
  await page.goto(path);
  await expect(page.locator('.callout')).toContainText('Software Developers (SOC 15-1252), closest match, our choice');
  await expect(page.locator('.callout')).toContainText('Web Developers (SOC 15-1254), where O*NET files this job title');
});

test('each chart has a data table holding every charted row', async ({ page }) => {
  await page.goto(path);
  const charts = page.locator('figure.pay-chart');
  await expect(charts).toHaveCount(2);
  for (const chart of await charts.all()) {
    const describedBy = await chart.getAttribute('aria-describedby');
    const description = page.locator(`#${describedBy}`);
    await expect(description.locator('a[href="#pay-table"]')).toHaveCount(1);
    for (const rowId of await chart.locator('[data-row]').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-row')))) {
      await expect(page.locator(`#pay-table tr#${rowId}`)).toHaveCount(1);
    }
  }
});

test('every money figure on the page has a citation beside it', async ({ page }) => {
  await page.goto(path);
  const uncited = await page
    .locator('.money')
    .evaluateAll((nodes) => nodes.filter((node) => !node.closest('tr, li, p, dd')?.querySelector('sup.cite')).map((node) => node.textContent));
  expect(uncited).toEqual([]);
});

test('related roles and career-path links resolve', async ({ page, request }) => {
  await page.goto(path);
  const hrefs = await page.locator('#related ~ ul.cards a, .cards a').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
  expect(hrefs.length).toBeGreaterThanOrEqual(5);
  for (const href of new Set(hrefs)) {
    expect((await request.get(href)).status(), href).toBe(200);
  }
});

test('sources list every citation with its retrieval date', async ({ page }) => {
  await page.goto(path);
  const citedIds = new Set(
    await page.locator('sup.cite a').evaluateAll((links) => links.map((link) => (link.getAttribute('href') ?? '').replace('#source-', ''))),
  );
  for (const id of citedIds) {
    await expect(page.locator(`#source-${id.replace('.', '\\.')}`)).toContainText('Retrieved');
  }
});

test('no console errors, no request leaves loopback, no inline or blocking script', async ({ page, consoleErrors, offLoopback }) => {
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  expect(consoleErrors).toEqual([]);
  expect(offLoopback).toEqual([]);
  // Data blocks (JSON-LD) are not code; anything executable must be an external, deferred module (a loader that waits for intent).
  const executable = await page
    .locator('script')
    .evaluateAll((scripts: HTMLScriptElement[]) =>
      scripts.filter((script) => script.type !== 'application/ld+json').map((script) => ({ type: script.type, external: script.src !== '' })),
    );
  for (const script of executable) expect(script).toEqual({ type: 'module', external: true });
});

test('the pay line says where the sources put pay, per currency, naming them', async ({ page }) => {
  await page.goto(path);
  // UK: the ONS full-time median for SOC 2020 2134 and Robert Half's median, never converted to dollars.
  await expect(page.locator('.pay-line')).toHaveText(
    'Most sources put US pay between $79,057 and $121,668 USD a year; both sources put UK pay between £52,250 and £54,669 GBP a year.',
  );
  const basis = page.locator('.pay-basis');
  await expect(basis).toContainText(
    'for the US, the middle 4 of 6 medians, averages and total pay estimates, from U.S. Bureau of Labor Statistics[1][7], Glassdoor[4], PayScale[5] and Tallo[9]',
  );
  await expect(basis).toContainText('for the UK, the lowest to the highest of two medians, from Office for National Statistics[2] and Robert Half[3]');
});

const roleSlugs = readdirSync(new URL('../../content/roles/', import.meta.url))
  .filter((name) => name.endsWith('.mdx') && !name.startsWith('_'))
  .map((name) => name.replace(/\.mdx$/, ''));

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 375, height: 700 },
]) {
  test(`the first screen of every role page at ${viewport.width}×${viewport.height} shows the role, the pay line and every chart`, async ({ page }) => {
    await page.setViewportSize(viewport);
    for (const slug of roleSlugs) {
      await page.goto(`/roles/${slug}/`);
      const charts = await page.locator('figure.pay-chart').count();
      expect(charts, slug).toBeGreaterThan(0);
      for (const selector of ['h1', '.pay-line', ...Array.from({ length: charts }, (_, index) => `figure.pay-chart >> nth=${index}`)]) {
        const box = await page.locator(selector).boundingBox();
        expect(box, `${slug} ${selector}`).not.toBeNull();
        expect(box!.y + box!.height, `${slug}: ${selector} ends below the first screen`).toBeLessThanOrEqual(viewport.height);
        expect(box!.x + box!.width, `${slug} ${selector}`).toBeLessThanOrEqual(viewport.width);
      }
    }
  });
}

test('at 1280 px the pay and wage tables show every figure without scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(path);
  for (const table of ['#pay-table']) {
    const fits = await page.locator(table).evaluate((element) => element.getBoundingClientRect().width <= element.parentElement!.clientWidth);
    expect(fits, `${table} is wider than its region`).toBe(true);
    const offRight = await page
      .locator(`${table} .money`)
      .evaluateAll((nodes) => nodes.filter((node) => node.getBoundingClientRect().right > document.documentElement.clientWidth).length);
    expect(offRight, table).toBe(0);
  }
});

test('on a phone the pay table stacks into labelled lines, and blank statistics are left out', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 700 });
  await page.goto(path);
  const tallo = page.locator('#pay-table tr[data-source="tallo-back-end-developer"]');
  expect(await tallo.evaluate((row) => getComputedStyle(row).display)).toBe('block');
  const shown = await tallo
    .locator('td')
    .evaluateAll((cells) =>
      cells
        .filter((cell) => getComputedStyle(cell).display !== 'none')
        .map((cell) => ({ label: cell.dataset.label, labelShown: getComputedStyle(cell, '::before').content !== 'none', text: cell.textContent })),
    );
  expect(shown).toEqual([{ label: 'Median', labelShown: true, text: '$121,668' }]);
  const fits = await page.locator('#pay-table').evaluate((element) => element.getBoundingClientRect().width <= element.parentElement!.clientWidth);
  expect(fits).toBe(true);
});

test('fits a 320 px screen without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto(path);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

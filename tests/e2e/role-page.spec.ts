import { expect, test } from './fixtures.ts';
import { sourceElementId } from '../../src/lib/element-ids.ts';

const path = '/roles/back-end-developer/';

/** The figures the seed documents give, with the source each must be cited to. */
const seedFigures: { text: string; source: string }[] = [
  { text: '£38,750 GBP', source: 'robert-half-back-end-developer' },
  { text: '£52,250 GBP', source: 'robert-half-back-end-developer' },
  { text: '£70,750 GBP', source: 'robert-half-back-end-developer' },
  { text: '$79,057 USD', source: 'glassdoor-back-end-developer' },
  { text: '$29.48 USD', source: 'payscale-back-end-developer' },
  { text: '$66,667 USD', source: 'payscale-back-end-developer' },
  { text: '$110,140 USD', source: 'bls-ooh-software-developers-2021' },
  { text: '$52.95 USD', source: 'bls-ooh-software-developers-2021' },
  { text: '$121,668 USD', source: 'tallo-back-end-developer' },
  { text: '$135,980 USD', source: 'bls-oews-m2025-national' },
  { text: '$92,650 USD', source: 'bls-oews-m2025-national' },
];

test('every seed figure is in the pay table, in its row with its source cited', async ({ page }) => {
  await page.goto(path);
  for (const figure of seedFigures) {
    const row = page.locator(`#pay-table tbody tr[data-source="${figure.source}"]`, { hasText: figure.text });
    await expect(row, `${figure.text} from ${figure.source}`).toHaveCount(1);
    await expect(row.locator(`sup.cite a[href="#${sourceElementId(figure.source)}"]`)).toHaveCount(1);
  }
});

test('notes carry the split, range, demand levels, conversion and our reading of Robert Half', async ({ page }) => {
  await page.goto(path);
  const notes = page.locator('.pay-notes');
  await expect(notes).toContainText('base pay $74,094 USD plus additional pay $4,963 USD');
  await expect(notes).toContainText('Most likely range: $49,000–$127,000 USD');
  await expect(notes).toContainText('demand for this level is low');
  await expect(notes).toContainText('demand is moderate');
  await expect(notes).toContainText('demand is high');
  await expect(notes).toContainText('our conversion at 2,080 hours');
  await expect(notes).toContainText('that is our reading, not the source\'s statement');
});

test('outlook, experience and education show their figures with sources', async ({ page }) => {
  await page.goto(path);
  const outlook = page.locator('.outlook-table');
  await expect(outlook.locator('tr[data-source="bls-ooh-software-developers-2021"]')).toContainText('+22%');
  await expect(outlook.locator('tr[data-source="bls-ooh-software-developers-2021"]')).toContainText('2019–2029');
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
  const uncited = await page.locator('.money').evaluateAll((nodes) =>
    nodes.filter((node) => !node.closest('tr, li, p, dd')?.querySelector('sup.cite')).map((node) => node.textContent),
  );
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
  // Each link's own #fragment, used as it stands as a CSS selector: element ids are plain tokens.
  const targets = new Set(await page.locator('sup.cite a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? '')));
  expect(targets.size).toBeGreaterThan(3);
  for (const target of targets) {
    expect(target).toMatch(/^#source-[A-Za-z0-9_-]+$/);
    await expect(page.locator(target)).toContainText('Retrieved');
  }
});

test('no console errors, no request leaves loopback, no inline or blocking script', async ({ page, consoleErrors, offLoopback }) => {
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  expect(consoleErrors).toEqual([]);
  expect(offLoopback).toEqual([]);
  // Data blocks (JSON-LD) are not code; anything executable must be an external, deferred module (a loader that waits for intent).
  const executable = await page.locator('script').evaluateAll((scripts: HTMLScriptElement[]) =>
    scripts.filter((script) => script.type !== 'application/ld+json').map((script) => ({ type: script.type, external: script.src !== '' })),
  );
  for (const script of executable) expect(script).toEqual({ type: 'module', external: true });
});

test('fits a 320 px screen without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto(path);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

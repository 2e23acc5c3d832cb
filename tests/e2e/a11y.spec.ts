import type { Page } from '@playwright/test';
import { axeViolations, colourRules } from './axe.ts';
import { expect, test } from './fixtures.ts';
import { served } from './built-site.ts';

// Every page is checked with axe in both schemes in the per-page sweep (page-sweep.spec.ts); these are the checks
// that need more than loading a page: the scheme picker, keyboard focus, print.

test('the dark scheme is checked for contrast: a grey on the dark background fails it', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(served('/roles/back-end-developer/'));
  await page.evaluate(() => {
    const note = document.createElement('p');
    note.id = 'low-contrast';
    note.textContent = 'A sentence a reader cannot make out.';
    // Set through the CSSOM: the page's Content Security Policy refuses style attributes.
    note.style.color = '#3a3d42';
    document.querySelector('main')!.append(note);
  });
  expect((await axeViolations(page, colourRules)).map((violation) => violation.rule)).toEqual(['color-contrast']);
});

test.describe('theme toggle', () => {
  test.use({ colorScheme: 'light' });
  const path = served('/roles/back-end-developer/');
  const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

  test('a chosen scheme overrides the system one, is remembered, and "System" hands control back', async ({ page }) => {
    await page.goto(path);
    const picker = page.getByLabel('Theme');
    await expect(picker).toBeVisible();
    await expect(picker).toHaveValue('system');
    const light = await background(page);

    await picker.selectOption('dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    const dark = await background(page);
    expect(dark).not.toBe(light);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme)).toBe('dark');
    expect(await axeViolations(page)).toEqual([]);

    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.getByLabel('Theme')).toHaveValue('dark');
    expect(await background(page)).toBe(dark);

    await page.getByLabel('Theme').selectOption('system');
    await expect(page.locator('html')).not.toHaveAttribute('data-theme', /.*/);
    expect(await background(page)).toBe(light);
    await page.reload();
    await expect(page.locator('html')).not.toHaveAttribute('data-theme', /.*/);
  });

  test('light can be forced on a dark system', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(path);
    const dark = await background(page);
    await page.getByLabel('Theme').selectOption('light');
    expect(await background(page)).not.toBe(dark);
    expect(await axeViolations(page)).toEqual([]);
  });

  test('without JavaScript the toggle is not offered and the system scheme applies', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto(path);
    await expect(page.locator('[data-theme-toggle]')).toBeHidden();
    // The dark palette's --bg (#14161a), straight from prefers-color-scheme.
    expect(await background(page)).toBe('rgb(20, 22, 26)');
    await context.close();
  });
});

test('keyboard focus is visible on every focusable element of a role page', async ({ page }) => {
  await page.goto(served('/roles/back-end-developer/'));
  const focusable = await page
    .locator('a[href], button, select, input, [tabindex="0"]')
    .evaluateAll((nodes) => nodes.filter((node) => (node as HTMLElement).offsetParent !== null).length);
  expect(focusable).toBeGreaterThan(20);
  const unmarked: string[] = [];
  for (let step = 0; step < focusable; step += 1) {
    await page.keyboard.press('Tab');
    const focus = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body) return undefined;
      const style = getComputedStyle(element);
      const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
      return { outlined, what: `${element.tagName.toLowerCase()} ${element.textContent?.trim().slice(0, 40) ?? ''}` };
    });
    if (focus && !focus.outlined) unmarked.push(focus.what);
  }
  expect(unmarked).toEqual([]);
});

test.describe('print', () => {
  const path = served('/roles/back-end-developer/');

  test('a role prints as a short brief with its figures and source addresses', async ({ page }) => {
    await page.goto(path);
    const pdf = await page.pdf({ format: 'A4' });
    // Chromium writes one "/Type /Page" object per page.
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g)?.length ?? 0;
    test.info().annotations.push({ type: 'printed pages', description: String(pages) });
    expect(pages).toBeGreaterThan(0);
    expect(pages).toBeLessThanOrEqual(4);
  });

  test('print shows the pay table and source URLs, and leaves out navigation, charts and O*NET detail', async ({ page }) => {
    await page.goto(path);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('#pay-table')).toBeVisible();
    await expect(page.locator('ol.sources')).toBeVisible();
    for (const selector of ['.site-header', '.toc', 'figure.pay-chart', '.onet', '#related', '.theme-toggle']) {
      await expect(page.locator(selector).first(), selector).toBeHidden();
    }
    const printedUrls = await page
      .locator('ol.sources a[href^="http"]')
      .evaluateAll((links) => links.map((link) => ({ href: link.getAttribute('href'), after: getComputedStyle(link, '::after').content })));
    expect(printedUrls.length).toBeGreaterThan(3);
    for (const { href, after } of printedUrls) expect(after).toContain(href);
  });
});

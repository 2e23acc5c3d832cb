/**
 * Size budgets on the production build (src/lib/budgets.ts): every role page's HTML, CSS and
 * load-time JavaScript, render-blocking resources and layout shift; and what the first search
 * query costs on a 1,000-role catalogue. Figures are attached to each test as annotations.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page, Request } from '@playwright/test';
import { measureFirstSearch } from '../../bench/first-search.ts';
import { buildLargeSite, removeLargeSite, serveCompressed } from '../../bench/large-site.ts';
import { formatKilobytes, layoutShiftBudget, overBudget, rolePageBudgets, searchBudget } from '../../src/lib/budgets.ts';
import { expect, test } from './fixtures.ts';

const slugs = readdirSync(new URL('../../content/roles/', import.meta.url))
  .filter((name) => name.endsWith('.mdx') && !name.startsWith('_'))
  .map((name) => name.replace(/\.mdx$/, ''));

const gzipBytes = (text: string | Buffer) => gzipSync(text).length;

// Script types browsers run; JSON-LD and other data blocks are not JavaScript.
const executableScript = 'script:not([type]), script[type=""], script[type="module"], script[type="text/javascript"], script[type="application/javascript"]';

declare global {
  interface Window {
    budgetLayoutShift: number;
  }
}

/** Sums layout shifts not caused by input, from the first paint on. */
function observeLayoutShift(): void {
  window.budgetLayoutShift = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
      if (!entry.hadRecentInput) window.budgetLayoutShift += entry.value;
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

/** Every response body the page fetched, by resource type, without any interaction. */
async function loadWithoutInteraction(page: Page, path: string) {
  const finished: Request[] = [];
  page.on('requestfinished', (request) => finished.push(request));
  await page.addInitScript(observeLayoutShift);
  await page.goto(path);
  // Anything fetched on idle or by a timer without the reader doing anything counts as load too.
  await page.waitForLoadState('networkidle');
  const bodies = await Promise.all(
    finished.map(async (request) => ({
      type: request.resourceType(),
      url: request.url(),
      body: (await (await request.response())?.body()) ?? Buffer.alloc(0),
    })),
  );
  return (type: string) => bodies.filter((entry) => entry.type === type);
}

for (const slug of slugs) {
  const label = `roles/${slug}/`;
  test(`${label} stays within its size, script, font and layout-shift budgets`, async ({ page }) => {
    const fetched = await loadWithoutInteraction(page, `/${label}`);
    const html = fetched('document')[0]?.body;
    expect(html, `${label}: no HTML response`).toBeDefined();

    const inlineStyles = await page.locator('style').evaluateAll((nodes) => nodes.map((node) => node.textContent ?? ''));
    const inlineScripts = await page
      .locator(executableScript)
      .evaluateAll((nodes) => nodes.filter((node) => !node.hasAttribute('src')).map((node) => node.textContent ?? ''));
    const htmlBytes = gzipBytes(html!);
    const cssBytes = [...fetched('stylesheet').map((entry) => entry.body), ...inlineStyles].reduce((sum, text) => sum + gzipBytes(text), 0);
    const scriptBytes = [...fetched('script').map((entry) => entry.body), ...inlineScripts].reduce((sum, text) => sum + gzipBytes(text), 0);

    // A classic external script without async or defer stops the parser until it has downloaded and run.
    const blockingScripts = await page
      .locator('script[src]')
      .evaluateAll((nodes) =>
        nodes
          .filter((node) => (node as HTMLScriptElement).type !== 'module' && !node.hasAttribute('async') && !node.hasAttribute('defer'))
          .map((node) => node.getAttribute('src')),
      );
    // A web font without font-display swap, optional or fallback hides text until it arrives.
    const blockingFonts = await page.evaluate(() =>
      [...document.fonts]
        .filter((font) => !['swap', 'optional', 'fallback'].includes(font.display))
        .map((font) => `${font.family} (font-display: ${font.display})`),
    );
    const fontFiles = fetched('font').map((entry) => entry.url);
    // Images and charts reserve their box before they load only when both dimensions are in the markup.
    const unsized = await page
      .locator('img, svg')
      .evaluateAll((nodes) =>
        nodes
          .filter((node) => !node.parentElement?.closest('svg') && (!node.hasAttribute('width') || !node.hasAttribute('height')))
          .map(
            (node) =>
              `<${node.tagName.toLowerCase()}${node.id ? ` id="${node.id}"` : ''}${node.getAttribute('class') ? ` class="${node.getAttribute('class')}"` : ''}>`,
          ),
      );
    const layoutShift = await page.evaluate(() => window.budgetLayoutShift);

    test.info().annotations.push({
      type: 'budget',
      description: `${label}: HTML ${htmlBytes} B, CSS ${cssBytes} B, JavaScript before interaction ${scriptBytes} B (gzip), ${fontFiles.length} font files, layout shift ${layoutShift}`,
    });
    const failures = [
      overBudget(label, rolePageBudgets.html, htmlBytes),
      overBudget(label, rolePageBudgets.css, cssBytes),
      overBudget(label, rolePageBudgets.scriptBeforeInteraction, scriptBytes),
      ...blockingScripts.map((src) => `${label}: render-blocking script ${src} (use type="module", defer or async)`),
      ...blockingFonts.map((font) => `${label}: web font ${font} blocks rendering of text`),
      ...unsized.map((element) => `${label}: ${element} has no width and height attributes, so it shifts the layout as it loads`),
      layoutShift > layoutShiftBudget ? `${label}: cumulative layout shift ${layoutShift.toFixed(4)} > ${layoutShiftBudget} budget` : undefined,
    ].filter((failure): failure is string => failure !== undefined);
    expect(failures, failures.join('\n')).toEqual([]);
  });
}

test.describe('search', () => {
  // Generating, building and indexing 1,000 roles takes minutes; the budget is on bytes, never on time.
  test.describe.configure({ timeout: 30 * 60_000 });

  test(`the first query on ${searchBudget.roles.toLocaleString('en-US')} roles transfers at most ${searchBudget.budget.limitBytes / 1024} KB of search data (target ${searchBudget.target.limitBytes / 1024} KB)`, async ({
    page,
  }) => {
    const started = Date.now();
    const site = buildLargeSite(searchBudget.roles);
    // Served compressed, as any host serves text; pagefind's own index files arrive already gzipped.
    const server = await serveCompressed(join(site.dir, 'dist'));
    try {
      const transfer = await measureFirstSearch(page, server.url, `/roles/${site.slugs[0]}/`, searchBudget.query);
      expect(transfer.beforeIntentBytes, 'search data fetched before the reader asked').toBe(0);
      const searchFiles = transfer.files;
      const results = transfer.results;

      const total = searchFiles.reduce((sum, file) => sum + file.bytes, 0);
      const byKind = (pattern: RegExp) => formatKilobytes(searchFiles.filter((file) => pattern.test(file.url)).reduce((sum, file) => sum + file.bytes, 0));
      test.info().annotations.push({
        type: 'budget',
        description: `first query "${searchBudget.query}" on ${searchBudget.roles} roles: ${formatKilobytes(total)} transferred (${overBudget('target', searchBudget.target, total) ?? 'within the 100 KB target'}) in ${searchFiles.length} files (scripts ${byKind(/\.js$/)}, wasm ${byKind(/wasm\./)}, metadata and filters ${byKind(/\.pf_(meta|filter)$/)}, index ${byKind(/\.pf_index$/)}, ${results} results' fragments ${byKind(/\.pf_fragment$/)}); build, index and query took ${Math.round((Date.now() - started) / 1000)} s`,
      });
      const failure = overBudget(`search on ${searchBudget.roles.toLocaleString('en-US')} roles`, searchBudget.budget, total);
      expect(failure, failure).toBeUndefined();
    } finally {
      server.stop();
      removeLargeSite(site.dir);
    }
  });
});

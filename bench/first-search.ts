/**
 * What the first search query costs a reader: every pagefind file fetched from the moment they open the
 * search dialog on a role page to the first results shown, with their fragments, in bytes on the wire
 * (encoded body plus headers). Used by the search budget test and by `npm run bench` at every size.
 */
import type { Page, Request } from '@playwright/test';

export interface SearchTransfer {
  // Bytes fetched before the reader asked; must be 0 (search loads on intent).
  beforeIntentBytes: number;
  totalBytes: number;
  files: { url: string; bytes: number }[];
  results: number;
}

/** Opens `rolePath` on `origin`, searches for `query` in the dialog and sums what pagefind fetched. */
export async function measureFirstSearch(page: Page, origin: string, rolePath: string, query: string): Promise<SearchTransfer> {
  // Playwright reports the requests of pagefind's web worker too (a page's own CDP session does not).
  const files: { url: string; bytes: number }[] = [];
  const pending = new Set<Request>();
  page.on('request', (request) => {
    if (request.url().includes('/pagefind/')) pending.add(request);
  });
  page.on('requestfailed', (request) => pending.delete(request));
  page.on('requestfinished', async (request) => {
    if (!request.url().includes('/pagefind/')) return;
    const sizes = await request.sizes();
    files.push({ url: request.url(), bytes: sizes.responseBodySize + sizes.responseHeadersSize });
    pending.delete(request);
  });

  // A role page, as readers arrive from a search engine; nothing about search loads until they ask.
  await page.goto(`${origin}${rolePath}`);
  await page.waitForLoadState('networkidle');
  const beforeIntentBytes = files.reduce((sum, file) => sum + file.bytes, 0);

  await page.locator('[data-search-trigger] button').click();
  const dialog = page.locator('[data-search-dialog]');
  await dialog.locator('[data-search-input]').fill(query);
  await dialog.locator('[data-search-results] li').first().waitFor({ state: 'visible', timeout: 60_000 });
  // The shown results' fragments finish loading before anything is counted.
  for (let waited = 0; pending.size > 0 && waited < 30_000; waited += 100) await page.waitForTimeout(100);
  const results = await dialog.locator('[data-search-results] li.search-hit').count();
  return { beforeIntentBytes, totalBytes: files.reduce((sum, file) => sum + file.bytes, 0) - beforeIntentBytes, files, results };
}

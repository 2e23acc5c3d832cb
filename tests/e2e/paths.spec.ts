/**
 * Career paths: the graph and its list say the same thing, every node is a working link, and role pages
 * give each move's pay change in one currency and source, or say why not.
 */
import { expect, test } from './fixtures.ts';

test('each family has its path graph, an accessible group of links, with its roles listed beside it', async ({ page }) => {
  await page.goto('/paths/');
  const graphs = page.locator('svg.graph');
  expect(await graphs.count()).toBeGreaterThanOrEqual(2);
  const everyNode = new Set<string>();
  for (const section of await page.locator('section[data-path-family]').all()) {
    const family = (await section.getAttribute('data-path-family'))!;
    const label = (await section.getByRole('heading', { level: 2 }).textContent())!;
    const graph = section.getByRole('group', { name: `Career path graph: ${label}` });
    await expect(graph).toBeVisible();
    await expect(section.locator('svg.graph > desc')).toContainText('Each box links to its role');
    const nodes = await section
      .locator('svg.graph a.node')
      .evaluateAll((links) =>
        links.map((link) => ({ slug: link.getAttribute('data-node')!, href: link.getAttribute('href'), external: link.getAttribute('data-external') })),
      );
    for (const node of nodes) {
      expect(node.href).toBe(`/roles/${node.slug}/`);
      everyNode.add(node.slug);
      // A box of another family's role says which family it belongs to, and that family has it in its own list.
      if (node.external) {
        expect(node.external, `${family}: ${node.slug}`).not.toBe(family);
        await expect(page.locator(`section[data-path-family="${node.external}"] .path-list li[data-role="${node.slug}"]`)).toHaveCount(1);
      }
    }
    const own = nodes.filter((node) => !node.external).map((node) => node.slug);
    const listed = await section.locator('.path-list > li > ul > li[data-role]').evaluateAll((items) => items.map((item) => item.getAttribute('data-role')!));
    expect([...listed].sort(), family).toEqual([...own].sort());
  }
  expect(everyNode.size).toBeGreaterThanOrEqual(10);
  for (const slug of everyNode) expect((await page.request.get(`/roles/${slug}/`)).status(), slug).toBe(200);
});

test('the lists give exactly the moves the graphs draw, each once, with a pay change or a reason', async ({ page }) => {
  await page.goto('/paths/');
  const drawn = await page.locator('svg.graph path.edge').evaluateAll((paths) => paths.map((path) => path.getAttribute('data-edge')));
  const listed = await page.locator('.path-list li[data-move]').evaluateAll((items) => items.map((item) => item.getAttribute('data-move')));
  expect(listed.length).toBeGreaterThan(5);
  // A move between two families is drawn in both families' graphs and listed once, under the family it leaves.
  expect(new Set(listed).size).toBe(listed.length);
  expect([...listed].sort()).toEqual([...new Set(drawn)].sort());
  for (const move of await page.locator('.path-list li[data-move]').all()) {
    await expect(move.locator('.pay-change')).toHaveText(
      /^[+−](\$|£)[\d,]+ (USD|GBP) \([+−]?[\d.]+%\) .+(Bureau of Labor Statistics|Robert Half|Glassdoor)|^pay change not comparable \(.+\)$/,
    );
  }
});

test('the graph can be walked with Tab, each box showing focus', async ({ page }) => {
  await page.goto('/paths/');
  const first = page.locator('svg.graph a.node').first();
  await first.focus();
  await expect(first).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.locator('svg.graph a.node').nth(1)).toBeFocused();
  const stroke = await page
    .locator('svg.graph a.node')
    .nth(1)
    .locator('rect')
    .evaluate((rect) => getComputedStyle(rect).strokeWidth);
  expect(parseFloat(stroke)).toBeGreaterThanOrEqual(3);
});

test('a role page gives the pay change of each move in and out, never across currencies', async ({ page }) => {
  await page.goto('/roles/test-analyst/');
  const moves = page.locator('.path-cards li');
  expect(await moves.count()).toBeGreaterThanOrEqual(2);
  // Test Analyst and Test Manager share one government occupation, so the change comes from a source listing both.
  const toManager = page.locator('li[data-path-to="test-manager"] .pay-change');
  await expect(toManager).toHaveAttribute('data-currency', 'GBP');
  await expect(toManager).toContainText(/\+£[\d,]+ GBP/);
  await expect(toManager).toContainText('same occupation');
  for (const move of await moves.all()) {
    const change = move.locator('.pay-change');
    const currency = await change.getAttribute('data-currency');
    if (currency) await expect(change).toContainText(new RegExp(`[\\d,]+ ${currency}.*[\\d,]+ ${currency} a year`));
    else await expect(change).toContainText('Pay change not shown');
  }
  await expect(page.getByRole('link', { name: 'See every career path in the guide' })).toHaveAttribute('href', '/paths/');
});

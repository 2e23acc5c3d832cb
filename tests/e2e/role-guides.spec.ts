/**
 * Every role guide on the built site: at least one official US occupation with its BLS figures, the ONS ASHE row and
 * its Open Government Licence line wherever the guide names a UK unit group, and every alias finding its role in
 * search. Read from the role files, so a role an editor adds is checked without editing this file.
 */
import { readBuiltPage, served } from './built-site.ts';
import { expect, test } from './fixtures.ts';
import { roleFiles } from './role-files.ts';

const roles = roleFiles();

for (const { slug, data } of roles) {
  test(`${slug}: shows its official occupations with their figures, US and UK, each cited`, () => {
    const page = readBuiltPage(served(`/roles/${slug}/`));
    const links = page.find('a').map((link) => link.attrs.href ?? '');
    expect(links.filter((href) => href.startsWith(served('/occupations/'))).length, 'links to US occupation pages').toBeGreaterThan(0);
    const rows = page.find('tr').filter((row) => row.attrs['data-source']?.startsWith('bls-oews-'));
    expect(rows.length, 'BLS OEWS rows in the pay table').toBeGreaterThan(0);
    expect(
      rows.some((row) => /\$[\d,]+/.test(row.text)),
      'a BLS figure in dollars',
    ).toBe(true);
    if (!data.ukOccupations?.length) return;
    const ashe = page.find('tr', { 'data-source': 'ons-ashe-2024-provisional' });
    expect(ashe.length, 'ONS ASHE rows in the pay table').toBeGreaterThan(0);
    expect(ashe.every((row) => row.attrs['data-currency'] === 'GBP' && /United Kingdom/.test(row.text) && /April 2024 \(provisional\)/.test(row.text))).toBe(
      true,
    );
    for (const group of data.ukOccupations)
      expect(
        links.some((href) => href.startsWith(served(`/uk-occupations/${group.soc2020}-`))),
        `link to SOC 2020 ${group.soc2020}`,
      ).toBe(true);
    expect(
      page.elements.some(
        (element) => element.tag === 'p' && element.text.includes('Office for National Statistics licensed under the Open Government Licence v.3.0'),
      ),
    ).toBe(true);
  });
}

test('every alias of every role finds that role among the first ten search results', async ({ page }) => {
  const aliases = roles.flatMap(({ slug, data }) => (data.aliases ?? []).map((alias) => ({ slug, alias })));
  expect(aliases.length).toBeGreaterThan(roles.length);
  await page.goto(served('/search/'));
  // The index the search UI queries, asked directly: one page load for every alias.
  const found = await page.evaluate(
    async ({ queries, bundle }) => {
      const pagefind = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as {
        init: () => Promise<void>;
        search: (term: string) => Promise<{ results: { data: () => Promise<{ url: string }> }[] }>;
      };
      await pagefind.init();
      const out: Record<string, string[]> = {};
      for (const query of queries) {
        const response = await pagefind.search(query);
        out[query] = await Promise.all(response.results.slice(0, 10).map(async (result) => (await result.data()).url));
      }
      return out;
    },
    { queries: [...new Set(aliases.map((entry) => entry.alias))], bundle: served('/pagefind/') },
  );
  const missed = aliases
    .filter(({ slug, alias }) => !(found[alias] ?? []).includes(served(`/roles/${slug}/`)))
    .map(({ slug, alias }) => `"${alias}" → ${slug}: ${(found[alias] ?? []).join(' ')}`);
  expect(missed).toEqual([]);
});

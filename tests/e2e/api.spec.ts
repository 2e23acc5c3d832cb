import { parse as parseCsv } from 'csv-parse/sync';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { expect, test } from './fixtures.ts';
import { basePath, publicUrl, served } from './built-site.ts';
import { csvColumns } from '../../src/lib/api/csv.ts';
import { roleDetailSchema, rolesIndexSchema, type RoleDetail, type RolesIndex } from '../../src/lib/api/schemas.ts';

async function getJson<T>(request: import('@playwright/test').APIRequestContext, path: string): Promise<T> {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  return (await response.json()) as T;
}

test('roles.json and every role file validate against the zod schemas and the published JSON Schemas', async ({ request }) => {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  const indexSchema = await getJson<{ $schema: string; $id: string }>(request, served('/api/schema/roles.json'));
  const roleSchema = await getJson<{ $schema: string; $id: string }>(request, served('/api/schema/role.json'));
  expect(indexSchema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  expect(indexSchema.$id).toBe(publicUrl(`${basePath}api/schema/roles.json`));
  expect(roleSchema.$id).toBe(publicUrl(`${basePath}api/schema/role.json`));
  const validateIndex = ajv.compile(indexSchema);
  const validateRole = ajv.compile(roleSchema);

  const index = await getJson<RolesIndex>(request, served('/api/roles.json'));
  expect(validateIndex(index), JSON.stringify(validateIndex.errors)).toBe(true);
  expect(rolesIndexSchema.parse(index)).toEqual(index);
  expect(index.count).toBe(index.roles.length);
  expect(index.roles.length).toBeGreaterThan(5);
  for (const summary of index.roles) {
    const role = await getJson<RoleDetail>(request, summary.api);
    expect(validateRole(role), `${summary.slug}: ${JSON.stringify(validateRole.errors)}`).toBe(true);
    expect(roleDetailSchema.parse(role)).toEqual(role);
    // The index line and the role file come from the same page object.
    expect({ slug: role.slug, title: role.title, family: role.family, seniority: role.seniority, url: role.url, headline: role.headline }).toEqual({
      slug: summary.slug,
      title: summary.title,
      family: summary.family,
      seniority: summary.seniority,
      url: summary.url,
      headline: summary.headline,
    });
    expect(summary.codes.soc).toEqual(role.occupations.map((occupation) => occupation.soc));
    // Every figure points at a source that the file lists with its licence.
    const sources = new Map(role.sources.map((source) => [source.id, source]));
    for (const row of role.payRows) expect(sources.get(row.source.id)?.number, `${summary.slug} ${row.id}`).toBe(row.source.number);
    for (const source of role.sources) expect(source.licence, source.id).toBeTruthy();
  }
});

// The pay table's statistic columns and the API keys their amounts are; a span holds its two ends in order, and a
// cell with one end names it ("25th $38,750").
const statColumns: Record<string, string[]> = { Median: ['median'], Average: ['mean'], '25th–75th pct.': ['p25', 'p75'], '10th–90th pct.': ['p10', 'p90'] };

test('for every role, the pay table on the page shows exactly the figures of the API', async ({ page, request }) => {
  const index = await getJson<RolesIndex>(request, served('/api/roles.json'));
  for (const summary of index.roles) {
    const role = await getJson<RoleDetail>(request, summary.api);
    await page.goto(summary.url, { waitUntil: 'domcontentloaded' });
    const headers = await page.locator('#pay-table thead th').allTextContents();
    const rows = await page.locator('#pay-table tbody tr').evaluateAll((trs, columns) => {
      const header = [...document.querySelectorAll('#pay-table thead th')].map((th) => th.textContent?.trim() ?? '');
      return trs.map((tr) => {
        const cells = [...tr.children];
        const currency = tr.getAttribute('data-currency');
        const stats: Record<string, string> = {};
        cells.forEach((cell, position) => {
          const keys = columns[header[position] ?? ''];
          const amounts = [...cell.querySelectorAll('.money')];
          if (!keys) return;
          amounts.forEach((money, index) => {
            const named =
              amounts.length === 1 && keys.length === 2 ? keys.find((key) => cell.textContent?.trim().startsWith(`${key.slice(1)}th`)) : keys[index];
            if (named) stats[named] = `${money.getAttribute('data-money')} ${currency}`;
          });
        });
        return { id: tr.id, source: tr.getAttribute('data-source'), stats };
      });
    }, statColumns);
    expect(headers.length, summary.slug).toBeGreaterThan(1);
    const fromApi = role.payRows.map((row) => ({
      id: row.id,
      source: row.source.id,
      stats: Object.fromEntries(
        Object.entries(row.stats).map(([key, amount]) => [key, `${typeof amount === 'number' ? amount : `>=${amount.atLeast}`} ${row.currency}`]),
      ),
    }));
    expect(rows, summary.slug).toEqual(fromApi);
  }
});

test('the roles list shows the headline pay of the API for every role', async ({ page, request }) => {
  const index = await getJson<RolesIndex>(request, served('/api/roles.json'));
  await page.goto(served('/roles/'));
  for (const role of index.roles) {
    const cell = page.locator(`table.role-table tr[data-role="${role.slug}"] td[data-pay]`);
    if (role.headline) await expect(cell, role.slug).toHaveAttribute('data-pay', String(role.headline.amount));
    else await expect(cell, role.slug).toHaveCount(0);
  }
});

test('roles.csv has one properly quoted row per role, matching roles.json', async ({ request }) => {
  const response = await request.get(served('/api/roles.csv'));
  expect(response.headers()['content-type']).toContain('text/csv');
  // csv-parse rejects rows whose column count differs from the header, and unbalanced quotes.
  const records = parseCsv<Record<(typeof csvColumns)[number], string>>(await response.text(), { columns: true });
  const index = await getJson<RolesIndex>(request, served('/api/roles.json'));
  expect(Object.keys(records[0] ?? {})).toEqual([...csvColumns]);
  expect(records.map((record) => record.slug)).toEqual(index.roles.map((role) => role.slug));
  for (const [position, role] of index.roles.entries()) {
    const record = records[position]!;
    expect(record.title).toBe(role.title);
    expect(record.soc_codes.split(' ')).toEqual(role.codes.soc);
    expect(record.headline_amount).toBe(role.headline ? String(role.headline.amount) : '');
    expect(record.headline_currency).toBe(role.headline?.currency ?? '');
    expect(record.headline_source).toBe(role.headline?.source.label ?? '');
    expect(record.url).toBe(role.url);
  }
});

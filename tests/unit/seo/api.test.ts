import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvColumns, rolesCsv } from '../../../src/lib/api/csv.ts';
import { apiJsonSchemas } from '../../../src/lib/api/json-schema.ts';
import { roleDetail, rolesIndex } from '../../../src/lib/api/roles.ts';
import { fixtureRoleInput, rolePage } from './fixtures.ts';

describe('JSON API', () => {
  const page = rolePage();

  it('carries every pay row of the page, with its citation number and source', () => {
    const detail = roleDetail(page);
    expect(detail.payRows.map((row) => [row.id, row.source.id, row.source.number, row.currency, row.stats.median])).toEqual(
      page.payRows.map((row) => [row.id, row.citation.source.id, row.citation.number, row.currency, row.stats.median]),
    );
    expect(detail.sources.map((source) => source.id)).toEqual(page.citations.map((citation) => citation.source.id));
  });

  it('refuses to publish data that breaks its own schema', () => {
    const broken = { ...page, payRows: [{ ...page.payRows[0]!, currency: 'dollars' }] };
    expect(() => roleDetail(broken)).toThrow(/currency/);
  });

  it('summarises each role with its codes and headline pay', () => {
    const index = rolesIndex([page]);
    expect(index.count).toBe(1);
    expect(index.roles[0]).toMatchObject({
      slug: 'test-analyst',
      codes: { soc: ['15-1253'], onet: ['15-1253.00'] },
      headline: { currency: 'USD', region: 'US', kind: 'median' },
    });
  });

  it('gives a total pay estimate as the total it is, never as a median or a mean', () => {
    const input = fixtureRoleInput();
    input.salaries = [
      ...(input.salaries ?? []),
      {
        source: 'glassdoor-back-end-developer',
        region: 'US',
        currency: 'USD',
        period: 'year',
        basis: 'total',
        headline: 'total',
        total: 79057,
        base: 74094,
        additional: 4963,
        asOf: '2026-11-23',
      },
    ];
    const withTotal = rolePage(input);
    const detail = roleDetail({
      ...withTotal,
      headline: { amount: 79057, currency: 'USD', region: 'US', kind: 'total', sourceId: 'glassdoor-back-end-developer', sourceLabel: 'Glassdoor' },
    });
    const row = detail.payRows.find((candidate) => candidate.source.id === 'glassdoor-back-end-developer');
    expect(row).toMatchObject({ headlineKind: 'total', headline: 79057, total: 79057, base: 74094, additional: 4963, stats: {} });
    expect(detail.headline).toMatchObject({ amount: 79057, kind: 'total' });
  });

  it("says in its JSON Schemas what each kind of headline is, a total as the source's total pay estimate", () => {
    type Described = { properties: Record<string, { description?: string; anyOf?: { description?: string }[] }> };
    const roles = apiJsonSchemas.roles() as unknown as { properties: { roles: { items: { properties: { headline: { anyOf: Described[] } } } } } };
    const headline = roles.properties.roles.items.properties.headline.anyOf.find((option) => option.properties)!;
    expect(headline.properties.kind?.description).toMatch(/total, what the source calls its total pay estimate .*neither a median nor a mean/);
    const role = apiJsonSchemas.role() as unknown as { properties: { payRows: { items: Described } } };
    const payRow = role.properties.payRows.items.properties;
    expect(payRow.headlineKind?.description).toBe(headline.properties.kind?.description);
    expect(payRow.stats?.description).toContain('A total pay estimate is none of these');
  });

  it('publishes draft 2020-12 JSON Schemas with an $id', () => {
    for (const make of Object.values(apiJsonSchemas)) {
      const schema = make() as { $schema: string; $id: string; type: string };
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(schema.$id).toMatch(/^https:\/\/.+\/api\/schema\/(roles?|occupations?|uk-occupations)\.json$/);
      expect(schema.type).toBe('object');
    }
  });
});

describe('roles.csv', () => {
  it('quotes commas, quotes and line breaks so every field reads back unchanged', () => {
    const input = fixtureRoleInput();
    input.title = 'Tester, "Senior"\nand lead';
    const index = rolesIndex([rolePage(input)]);
    const records = parse<Record<string, string>>(rolesCsv(index), { columns: true });
    expect(Object.keys(records[0]!)).toEqual([...csvColumns]);
    expect(records).toHaveLength(1);
    expect(records[0]!.title).toBe('Tester, "Senior"\nand lead');
    expect(records[0]!.headline_amount).toBe(String(index.roles[0]!.headline!.amount));
  });
});

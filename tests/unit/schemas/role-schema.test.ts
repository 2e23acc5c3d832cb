import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { roleSchema } from '../../../src/schemas/role.ts';

const fixture = (name: string): unknown => parse(readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8'), { customTags: ['timestamp'] });
// Plain YAML data, so a test can put any value in any field; the fixture has at least one salary and occupation.
type Fields = Record<string, unknown>;
interface RoleFixture extends Fields {
  salaries: [Fields, ...Fields[]];
  occupations: [Fields, ...Fields[]];
}
const valid = () => fixture('valid-role.yaml') as RoleFixture;

/** The issues zod reports, as "path: message" lines, which is what editors see. */
function problems(input: unknown): string[] {
  const result = roleSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('role schema', () => {
  it('accepts a complete role and fills defaults', () => {
    const result = roleSchema.parse(valid());
    expect(result.lastReviewed).toBe('2026-11-23');
    expect(result.salaries[0]).toMatchObject({ basis: 'unspecified', headline: 'median', asOf: '2026-11-23', asOfStated: false });
    expect(result.related).toEqual([]);
    expect(result.progression).toEqual({ from: [], to: [] });
    expect(result.skills).toEqual({ languages: [], frameworks: [], databases: [], tools: ['jira'], practices: [] });
  });

  it('accepts a quoted date and a year or month as the reference period', () => {
    const role = valid();
    role.lastReviewed = '2026-01-02';
    role.salaries[0].asOf = 2024;
    expect(roleSchema.parse(role).salaries[0]?.asOf).toBe('2024');
    role.salaries[0].asOf = '2025-05';
    expect(roleSchema.parse(role).salaries[0]?.asOf).toBe('2025-05');
  });

  it('names a wrong type with what it expected and what it got', () => {
    const role = valid();
    role.salaries[0].median = 'lots';
    expect(problems(role)).toEqual(['salaries.0.median: expected a positive number, got "lots"']);
  });

  it('rejects negative pay', () => {
    const role = valid();
    role.salaries[0].p25 = -5;
    expect(problems(role)).toEqual(['salaries.0.p25: expected a positive number, got -5']);
  });

  it('rejects a currency that is not an ISO 4217 code', () => {
    const role = valid();
    role.salaries[0].currency = 'pounds';
    expect(problems(role)).toEqual(['salaries.0.currency: expected an ISO 4217 currency code such as USD or GBP, got "pounds"']);
  });

  it('rejects a pay period other than year or hour', () => {
    const role = valid();
    role.salaries[0].period = 'month';
    expect(problems(role)).toEqual(['salaries.0.period: expected "year" or "hour", got "month"']);
  });

  it('requires at least one statistic on a salary figure', () => {
    const role = valid();
    delete role.salaries[0].p25;
    delete role.salaries[0].median;
    delete role.salaries[0].p75;
    expect(problems(role)).toEqual(['salaries.0: expected at least one of p10, p25, median, p75, p90, mean or total']);
    // A total pay estimate on its own is a statistic too.
    role.salaries[0].total = 90000;
    expect(problems(role)).toEqual([]);
  });

  it('requires a total on a figure whose headline is its total', () => {
    const role = valid();
    role.salaries[0].headline = 'total';
    expect(problems(role)).toEqual(['salaries.0.total: expected a total for headline: total']);
    role.salaries[0].total = 90000;
    expect(problems(role)).toEqual([]);
  });

  it('rejects an unknown family and seniority', () => {
    const role = valid();
    role.family = 'sales';
    role.seniority = 'guru';
    expect(problems(role)).toEqual([
      'family: expected one of engineering, data, infrastructure, quality, support, product, design, leadership, got "sales"',
      'seniority: expected one of entry, mid, senior, lead, executive, got "guru"',
    ]);
  });

  it('rejects an impossible date', () => {
    const role = valid();
    role.lastReviewed = '2026-13-40';
    expect(problems(role)).toEqual(['lastReviewed: expected a date as YYYY-MM-DD, got "2026-13-40"']);
  });

  it('reports a missing required field', () => {
    const role = valid();
    delete role.summary;
    expect(problems(role)).toEqual(['summary: expected text, got nothing']);
  });

  it('rejects unknown fields', () => {
    const role = valid();
    role.salary = [];
    expect(problems(role)).toEqual([': Unrecognized key: "salary"']);
  });

  it('requires a reason for a proxy occupation', () => {
    const role = valid();
    role.occupations[0].match = 'proxy';
    expect(problems(role)).toEqual(['occupations.0.reason: expected a reason for a proxy occupation']);
  });

  it('rejects a malformed SOC code', () => {
    const role = valid();
    role.occupations[0].soc = '151253';
    expect(problems(role)).toEqual(['occupations.0.soc: expected a SOC code such as 15-1252, got "151253"']);
  });

  it('checks that experience bands add up to 100', () => {
    const role = valid();
    role.experience = {
      source: 'glassdoor-back-end-developer',
      bands: [
        { label: '0–1 years', share: 5 },
        { label: '2+ years', share: 50 },
      ],
    };
    expect(problems(role)).toEqual(['experience.bands: expected the band shares to add up to 100']);
  });

  it('checks that an outlook period matches its years', () => {
    const role = valid();
    role.outlook = [{ source: 'bls-ep-2024-34', region: 'US', growthPct: 15.8, years: 10, fromYear: 2024, toYear: 2030 }];
    expect(problems(role)).toEqual(['outlook.0.toYear: expected toYear minus fromYear to equal years']);
  });

  it('rejects a summary longer than 200 characters', () => {
    const role = valid();
    role.summary = 'x'.repeat(201);
    expect(problems(role)).toEqual([`summary: expected a summary of at most 200 characters, got "${'x'.repeat(57)}..."`]);
  });
});

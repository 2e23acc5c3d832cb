import { describe, expect, it } from 'vitest';
import { roleJsonLd, serializeJsonLd } from '../../../src/lib/seo/json-ld.ts';
import type { RolePage } from '../../../src/lib/role-page.ts';
import { fixtureRoleInput, rolePage } from './fixtures.ts';

const url = 'https://career-atlas.example.org/roles/test-analyst/';

/** The parts of a role's Occupation JSON-LD these tests read. */
interface OccupationJson {
  '@context': string;
  '@type': string;
  name: string;
  mainEntityOfPage: unknown;
  occupationalCategory: { codeValue: string }[];
  estimatedSalary: Record<string, unknown>[];
  occupationLocation: unknown;
  educationRequirements: unknown;
  skills: unknown;
  responsibilities: unknown;
}

/** A role's JSON-LD as the page carries it: serialized, then read back as JSON. */
const jsonLdOf = (page: RolePage) => JSON.parse(serializeJsonLd(roleJsonLd(page, url))) as OccupationJson;

describe('serializeJsonLd', () => {
  const hostile = { name: '</script><script>alert(1)</script><!-- & \u2028\u2029' };

  it('writes no "<", ">" or "&", so the text cannot close its script element or open a comment', () => {
    const text = serializeJsonLd(hostile);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(text).toContain('\\u003c/script\\u003e');
  });

  it('stays the same JSON value', () => {
    expect(JSON.parse(serializeJsonLd(hostile))).toEqual(hostile);
  });
});

describe('roleJsonLd', () => {
  const page = rolePage();
  const data = jsonLdOf(page);

  it('is a schema.org Occupation that is the main entity of its page', () => {
    expect(data['@context']).toBe('https://schema.org');
    expect(data['@type']).toBe('Occupation');
    expect(data.name).toBe('Test Analyst');
    expect(data.mainEntityOfPage).toEqual({ '@type': 'WebPage', '@id': url });
  });

  it('names its SOC and O*NET-SOC codes as category codes', () => {
    expect(data.occupationalCategory.map((code) => code.codeValue)).toEqual(['15-1253', '15-1253.00']);
  });

  it('gives one salary distribution per source figure, each in its own currency, per year', () => {
    expect(data.estimatedSalary.map((salary) => [salary.currency, salary.duration])).toEqual([
      ['USD', 'P1Y'],
      ['GBP', 'P1Y'],
    ]);
    expect(data.estimatedSalary[1]).toMatchObject({ percentile25: 27000, median: 35000, percentile75: 49250 });
    expect(data.estimatedSalary[1]).not.toHaveProperty('percentile10');
  });

  it('marks an hourly figure PT1H', () => {
    const input = fixtureRoleInput();
    input.salaries = [{ source: 'payscale-back-end-developer', region: 'US', currency: 'USD', period: 'hour', median: 29.48, asOf: '2024-04' }];
    const hourly = jsonLdOf(rolePage(input));
    expect(hourly.estimatedSalary.at(-1)).toMatchObject({ currency: 'USD', duration: 'PT1H', median: 29.48 });
  });

  it('never writes a total pay estimate as a median or a percentile', () => {
    const input = fixtureRoleInput();
    input.salaries = [
      {
        source: 'glassdoor-back-end-developer',
        region: 'US',
        currency: 'USD',
        period: 'year',
        basis: 'total',
        headline: 'total',
        total: 79057,
        range: { low: 49000, high: 127000 },
        asOf: '2026-11-23',
      },
    ];
    const text = JSON.stringify(jsonLdOf(rolePage(input)).estimatedSalary);
    expect(text).not.toContain('79057');
    expect(text).not.toContain('Glassdoor');
  });

  it('leaves out a top-coded amount instead of writing its floor as a value', () => {
    const [government, ...rest] = page.payRows;
    const topCoded: RolePage = { ...page, payRows: [{ ...government!, stats: { ...government!.stats, p90: { atLeast: 239200 } } }, ...rest] };
    const salary = jsonLdOf(topCoded).estimatedSalary[0];
    expect(salary).not.toHaveProperty('percentile90');
    expect(JSON.stringify(salary)).not.toContain('239200');
    expect(salary?.median).toBe(government!.stats.median);
  });

  it('lists the countries of its figures, education and skills, and leaves the page text to the page', () => {
    expect(data.occupationLocation).toEqual([
      { '@type': 'Country', name: 'United States', identifier: 'US' },
      { '@type': 'Country', name: 'United Kingdom', identifier: 'GB' },
    ]);
    expect(data.educationRequirements).toEqual({ '@type': 'EducationalOccupationalCredential', credentialCategory: "Bachelor's degree" });
    expect(data.skills).toEqual(['Atlassian Jira']);
    expect(data).not.toHaveProperty('responsibilities');
    expect(data).not.toHaveProperty('qualifications');
  });
});

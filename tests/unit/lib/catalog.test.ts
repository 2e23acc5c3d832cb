import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { createCatalog, type RoleEntry } from '../../../src/lib/catalog.ts';
import { loadOpenData } from '../../../src/lib/open-data.ts';
import { buildRolePage } from '../../../src/lib/role-page.ts';
import { roleSchema } from '../../../src/schemas/role.ts';
import { skillsFileSchema } from '../../../src/schemas/skill.ts';
import { sourcesFileSchema } from '../../../src/schemas/source.ts';

const root = new URL('../../../', import.meta.url);
const readYaml = (path: string): unknown => parse(readFileSync(new URL(path, root), 'utf8'), { customTags: ['timestamp'] });
const sources = sourcesFileSchema.parse(readYaml('content/sources.yaml'));
const skills = skillsFileSchema.parse(readYaml('content/skills.yaml'));
const data = loadOpenData(new URL('content/data', root).pathname);
const fixtureRole = () => roleSchema.parse(readYaml('tests/unit/schemas/fixtures/valid-role.yaml'));

describe('catalog', () => {
  it('refuses a dangling related role, naming file and field', () => {
    const role = { ...fixtureRole(), related: ['no-such-role'] };
    expect(() => createCatalog([{ slug: 'test-analyst', data: role }], sources, skills, data)).toThrow(
      'content/roles/test-analyst.mdx related.0: expected the id of a role, got "no-such-role"',
    );
  });

  it('refuses an unknown skill and source', () => {
    const role = fixtureRole();
    role.skills.tools = ['telepathy'];
    role.salaries[0]!.source = 'rumour';
    expect(() => createCatalog([{ slug: 'test-analyst', data: role }], sources, skills, data)).toThrow(
      [
        'Broken references (run npm run check for positions):',
        'content/roles/test-analyst.mdx skills.tools.0: expected the id of a skill in content/skills.yaml, got "telepathy"',
        'content/roles/test-analyst.mdx salaries.0.source: expected the id of a source in content/sources.yaml, got "rumour"',
      ].join('\n'),
    );
  });
});

describe('role page', () => {
  const entry: RoleEntry = { slug: 'test-analyst', data: fixtureRole() };
  const catalog = createCatalog([entry], sources, skills, data);
  const page = buildRolePage(catalog, entry);

  it('leads with the government wages of each occupation, then the frontmatter figures', () => {
    expect(page.payRows.map((row) => [row.citation.source.id, row.currency, row.headline])).toEqual([
      ['bls-oews-m2025-national', 'USD', 104300],
      ['robert-half-back-end-developer', 'GBP', 35000],
    ]);
  });

  it('numbers sources in the order the page cites them', () => {
    expect(page.citations.map((citation) => [citation.number, citation.source.id])).toEqual([
      [1, 'bls-oews-m2025-national'],
      [2, 'robert-half-back-end-developer'],
      [3, 'bls-oews-m2021-national'],
      [4, 'bls-oews-m2022-national'],
      [5, 'bls-oews-m2023-national'],
      [6, 'bls-oews-m2024-national'],
      [7, 'bls-ep-2024-34'],
      [8, 'onet-29.3'],
    ]);
  });

  it('charts each currency separately', () => {
    expect(page.charts.map((chart) => [chart.currency, chart.bars.length])).toEqual([
      ['USD', 1],
      ['GBP', 1],
    ]);
  });

  it('computes the wage trend across every OEWS year', () => {
    const trend = page.occupations[0]?.trend;
    expect(trend?.periods.map((period) => period.label)).toEqual(['May 2021', 'May 2022', 'May 2023', 'May 2024', 'May 2025']);
    expect(trend?.medianChangePct).toBeTypeOf('number');
  });

  it('carries the O*NET attribution because it shows O*NET data', () => {
    expect(page.attributions.some((text) => text.includes('O*NET 29.3 Database') && text.includes('CC BY 4.0'))).toBe(true);
  });

  it('marks skills O*NET lists as hot for the occupation', () => {
    const jira = page.skillGroups.flatMap((group) => group.skills).find((skill) => skill.id === 'jira');
    expect(jira?.hotIn).toEqual(['15-1253.00']);
  });
});

describe('role page with a UK unit group', () => {
  const backEnd = (() => {
    const text = readFileSync(new URL('content/roles/back-end-developer.mdx', root), 'utf8');
    return roleSchema.parse(parse(text.split('---')[1] ?? '', { customTags: ['timestamp'] }));
  })();
  const entry: RoleEntry = { slug: 'back-end-developer', data: { ...backEnd, related: [], progression: { from: [], to: [] } } };
  const catalog = createCatalog([entry], sources, skills, data);
  const page = buildRolePage(catalog, entry);

  it('shows ONS ASHE 2024 for the unit group beside the BLS rows, reliable estimates only', () => {
    const ashe = page.payRows.find((row) => row.id === 'ashe-2134');
    expect(ashe).toMatchObject({ publisher: 'Office for National Statistics', currency: 'GBP', region: 'GB', headline: 54669, government: true });
    expect(ashe?.note).toContain('The 90th percentile is acceptable (CV over 10% to 20%).');
    expect(page.attributions).toContain('Source: Office for National Statistics licensed under the Open Government Licence v.3.0.');
  });

  it('says how the Robert Half median compares with ASHE for the same unit group', () => {
    expect(page.ukComparisons).toEqual([
      "Robert Half's median of £52,250 (our reading: pounds, United Kingdom) is 4.4% below ONS's ASHE 2024 median for full-time employees in Programmers and software development professionals (SOC 2020 2134), £54,669. ONS counts every employee in the unit group at every level; Robert Half prices the role itself.",
    ]);
  });

  it('reads the low and high percentiles as a proxy for seniority, US and UK', () => {
    expect(page.seniority.map((view) => [view.currency, view.low.p25, view.high.p75])).toEqual([
      ['USD', 105210, 171980],
      ['GBP', 40023, 70478],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import {
  buildComparison,
  comparedWith,
  comparisonCharts,
  comparisonPairs,
  comparisonPartners,
  comparisonsPerRole,
  payDifference,
  sharedPayRows,
  skillSimilarity,
  splitSkills,
  statisticLabel,
} from '../../src/lib/compare.ts';
import { headlineKindLabel, headlinePayLabel } from '../../src/lib/headline.ts';
import { statisticNames } from '../../src/lib/pay-match.ts';
import { generatedCatalog } from './fixtures/generated-catalog.ts';
import { CitationList } from '../../src/lib/citations.ts';
import { payRowFromFigure } from '../../src/lib/pay.ts';
import { salaryFigureSchema } from '../../src/schemas/salary.ts';
import { fixtureCatalog, skills, sources } from './fixtures/small-guide.ts';

const catalog = fixtureCatalog();
const figure = (input: Record<string, unknown>) => salaryFigureSchema.parse({ asOf: '2026-01', ...input });
const rows = (...inputs: Record<string, unknown>[]) => {
  const citations = new CitationList(new Map(sources.map((source) => [source.id, source])));
  return inputs.map((input, index) => payRowFromFigure(figure(input), index, citations));
};

describe('comparisonPairs', () => {
  it("pairs each role with its nearest related role, by skills in common, then the editor's order", () => {
    // junior-tester shares 2 of 4 skills with test-lead and 2 of 6 with developer; developer ties architect and
    // junior-tester (2 of 6 each), so the one it lists itself comes first.
    expect(comparisonPairs(catalog)).toEqual([
      ['architect', 'developer'],
      ['junior-tester', 'test-lead'],
    ]);
  });

  it('takes more neighbours when asked, counting a role that names this one as related', () => {
    expect(comparisonPairs(catalog, 2)).toEqual([
      ['architect', 'developer'],
      ['developer', 'junior-tester'],
      ['junior-tester', 'test-lead'],
    ]);
  });

  it('lists the roles a role is compared with', () => {
    const pairs = comparisonPairs(catalog, 2);
    expect(comparedWith('developer', pairs)).toEqual(['architect', 'junior-tester']);
    expect(comparedWith('test-lead', pairs)).toEqual(['junior-tester']);
  });

  it('stays within a page per role on a large catalogue, never every pair', () => {
    const large = generatedCatalog(300);
    const pairs = comparisonPairs(large);
    expect(pairs.length).toBeLessThanOrEqual(large.roles.length * comparisonsPerRole);
    expect(pairs.length).toBeGreaterThanOrEqual(large.roles.length / 2);
    expect(new Set(pairs.map((pair) => pair.join('|'))).size).toBe(pairs.length);
    // Every role has at least one page, and every pair was named as related by one side.
    const partners = comparisonPartners(pairs);
    for (const role of large.roles) {
      expect(partners.get(role.slug)?.length, role.slug).toBeGreaterThan(0);
    }
    for (const [a, b] of pairs) {
      expect(large.rolesBySlug.get(a)!.data.related.includes(b) || large.rolesBySlug.get(b)!.data.related.includes(a), `${a} vs ${b}`).toBe(true);
    }
  });
});

describe('skillSimilarity', () => {
  it('is the share of skills two roles have in common', () => {
    expect(skillSimilarity(new Set(['a', 'b']), new Set(['b', 'c']))).toBeCloseTo(1 / 3);
    expect(skillSimilarity(new Set(['a']), new Set(['a']))).toBe(1);
    expect(skillSimilarity(new Set(), new Set())).toBe(0);
  });
});

describe('statistic names', () => {
  it('name every statistic and kind of headline a figure can have, a total as the total pay estimate the source calls it', () => {
    // The live comparison (compare-live.ts) and the comparison pages read these: a figure with no name would print "undefined".
    expect(statisticNames).toEqual({
      p10: '10th percentile',
      p25: '25th percentile',
      median: 'median',
      p75: '75th percentile',
      p90: '90th percentile',
      mean: 'average',
      total: 'total pay estimate',
    });
    expect(statisticLabel('total')).toBe('total pay estimate');
  });

  it('label a headline by its kind: median, average or total pay estimate', () => {
    expect((['median', 'mean', 'total'] as const).map(headlineKindLabel)).toEqual(['Median', 'Average', 'Total pay estimate']);
    expect((['median', 'mean', 'total'] as const).map(headlinePayLabel)).toEqual(['Median pay', 'Average pay', 'Total pay estimate']);
  });
});

describe('payDifference', () => {
  it('subtracts the statistic both figures call their headline', () => {
    const [a, b] = rows(
      { source: 'payboard', region: 'US', currency: 'USD', period: 'year', headline: 'mean', mean: 90000, median: 85000 },
      { source: 'payboard', region: 'US', currency: 'USD', period: 'year', headline: 'mean', mean: 120000, median: 100000 },
    );
    expect(payDifference(a!, b!)).toEqual({ statistic: 'mean', a: 90000, b: 120000, difference: 30000, percent: 33.3 });
  });

  it('falls back to a statistic both have when their headlines differ, and gives up when there is none', () => {
    const [median, mean, both] = rows(
      { source: 'payboard', region: 'US', currency: 'USD', period: 'year', median: 80000 },
      { source: 'payboard', region: 'US', currency: 'USD', period: 'year', headline: 'mean', mean: 95000 },
      { source: 'payboard', region: 'US', currency: 'USD', period: 'year', headline: 'mean', mean: 99000, median: 88000 },
    );
    expect(payDifference(median!, both!)?.statistic).toBe('median');
    expect(payDifference(median!, mean!)).toBeUndefined();
  });

  it('never subtracts a top-coded floor', () => {
    const [a, b] = rows(
      { source: 'payboard', region: 'US', currency: 'USD', period: 'year', median: 80000 },
      { source: 'payboard', region: 'US', currency: 'USD', period: 'year', median: 90000 },
    );
    const topCoded = { ...b!, stats: { median: { atLeast: 239200 } } };
    expect(payDifference(a!, topCoded)).toBeUndefined();
  });
});

describe('sharedPayRows', () => {
  it('pairs figures only from the same source, currency, region and period', () => {
    const a = rows(
      { source: 'acme-salary-guide', region: 'GB', currency: 'GBP', period: 'year', median: 50000 },
      { source: 'payboard', region: 'US', currency: 'USD', period: 'hour', headline: 'mean', mean: 40 },
    );
    const b = rows(
      { source: 'acme-salary-guide', region: 'GB', currency: 'GBP', period: 'year', median: 30000 },
      { source: 'acme-salary-guide', region: 'IE', currency: 'EUR', period: 'year', median: 40000 },
      { source: 'payboard', region: 'US', currency: 'USD', period: 'year', headline: 'mean', mean: 80000 },
    );
    const shared = sharedPayRows(a, b);
    expect(shared.map((row) => row.key)).toEqual(['acme-salary-guide|GBP|GB|year']);
    expect(shared[0]?.difference).toMatchObject({ statistic: 'median', difference: -20000, percent: -40 });
  });

  it('shows figures that count different pay side by side without a difference', () => {
    const a = rows({ source: 'payboard', region: 'US', currency: 'USD', period: 'year', basis: 'base', median: 80000 });
    const b = rows({ source: 'payboard', region: 'US', currency: 'USD', period: 'year', basis: 'total', median: 90000 });
    const [shared] = sharedPayRows(a, b);
    expect(shared?.difference).toBeUndefined();
    expect(shared?.notComparable).toContain('different pay');
  });
});

describe('splitSkills', () => {
  it('keeps each side in its own order', () => {
    const pick = (...ids: string[]) => ids.map((id) => skills.find((skill) => skill.id === id)!);
    const split = splitSkills(pick('sql', 'python', 'jira'), pick('jira', 'selenium', 'sql'));
    expect(split.shared.map((skill) => skill.id)).toEqual(['sql', 'jira']);
    expect(split.onlyA.map((skill) => skill.id)).toEqual(['python']);
    expect(split.onlyB.map((skill) => skill.id)).toEqual(['selenium']);
  });
});

describe('buildComparison', () => {
  it('puts the alphabetically first role on the left whatever the argument order', () => {
    const comparison = buildComparison(catalog, 'junior-tester', 'developer');
    expect(comparison.slug).toBe('developer-vs-junior-tester');
    expect([comparison.a.slug, comparison.b.slug]).toEqual(['developer', 'junior-tester']);
  });

  it('sets the government figures of different occupations against each other', () => {
    const { government } = buildComparison(catalog, 'developer', 'junior-tester');
    expect(government.sameOccupation).toBe(false);
    expect([government.a?.measures, government.b?.measures]).toEqual([
      'Software Developers (SOC 15-1252), same occupation',
      'Software Quality Assurance Analysts and Testers (SOC 15-1253), same occupation',
    ]);
    expect(government.difference).toEqual({ statistic: 'median', a: 133000, b: 102000, difference: -31000, percent: -23.3 });
  });

  it('says when both roles stand on one occupation and does not subtract identical figures', () => {
    const { government, outlook } = buildComparison(catalog, 'junior-tester', 'test-lead');
    expect(government.sameOccupation).toBe(true);
    expect(government.difference).toBeUndefined();
    expect(outlook.sameOccupation).toBe(true);
  });

  it('lists only sources both roles have, and cites only what the page shows', () => {
    const comparison = buildComparison(catalog, 'developer', 'junior-tester');
    expect(comparison.sharedPay.map((row) => [row.citation.source.id, row.currency, row.a.headline, row.b.headline])).toEqual([
      ['acme-salary-guide', 'GBP', 50000, 30000],
    ]);
    expect(comparison.citations.map((citation) => [citation.number, citation.source.id])).toEqual([
      [1, 'bls-oews-m2025-national'],
      [2, 'acme-salary-guide'],
      [3, 'bls-ep-2024-34'],
    ]);
    expect(comparison.sharedPay[0]?.a.citation.number).toBe(2);
  });

  it('splits skills into shared and one-sided', () => {
    const { skills: split } = buildComparison(catalog, 'developer', 'junior-tester');
    expect(split.shared.map((skill) => skill.id)).toEqual(['sql', 'jira']);
    expect(split.onlyA.map((skill) => skill.id)).toEqual(['python', 'java', 'postgresql']);
    expect(split.onlyB.map((skill) => skill.id)).toEqual(['selenium']);
  });

  it('refuses a role compared with itself or an unknown role', () => {
    expect(() => buildComparison(catalog, 'developer', 'developer')).toThrow('itself');
    expect(() => buildComparison(catalog, 'developer', 'astronaut')).toThrow('Unknown role');
  });
});

describe('comparisonCharts', () => {
  it('draws one chart per currency and never mixes them', () => {
    const charts = comparisonCharts(buildComparison(catalog, 'developer', 'junior-tester'));
    expect(charts.map((chart) => [chart.currency, chart.rows.map((row) => [row.a, row.b])])).toEqual([
      ['USD', [[133000, 102000]]],
      ['GBP', [[50000, 30000]]],
    ]);
    for (const chart of charts) {
      expect(chart.max).toBeGreaterThanOrEqual(Math.max(...chart.rows.flatMap((row) => [row.a, row.b])));
      expect(chart.ticks[0]).toBe(0);
      expect(chart.ticks.at(-1)).toBe(chart.max);
    }
  });

  it('leaves out the government pair when both roles share an occupation', () => {
    const charts = comparisonCharts(buildComparison(catalog, 'junior-tester', 'test-lead'));
    expect(charts.map((chart) => chart.currency)).toEqual(['GBP']);
  });
});

import { describe, expect, it } from 'vitest';
import { axisPosition, payCharts } from '../../../src/lib/chart.ts';
import { CitationList } from '../../../src/lib/citations.ts';
import { payRowFromFigure } from '../../../src/lib/pay.ts';
import { payCells, payColumns } from '../../../src/lib/pay-table.ts';
import { quickFacts } from '../../../src/lib/quick-facts.ts';
import { buildRolePage } from '../../../src/lib/role-page.ts';
import { salaryFigureSchema, type SalaryFigureInput } from '../../../src/schemas/salary.ts';
import { realGuide, sourceById } from '../fixtures/real-guide.ts';

const { catalog, entry } = realGuide();
const backEnd = buildRolePage(catalog, entry('back-end-developer'));

const figureRow = (figure: Partial<SalaryFigureInput>) =>
  payRowFromFigure(
    salaryFigureSchema.parse({ source: 'payscale-back-end-developer', region: 'US', currency: 'USD', period: 'year', asOf: '2024-04', ...figure }),
    0,
    new CitationList(sourceById),
  );

describe('pay table', () => {
  it('has a column for every statistic some Back End Developer row gives, and no other', () => {
    expect(backEnd.payTable.columns.map((column) => column.label)).toEqual([
      'Median',
      'Average',
      'Total pay estimate',
      '25th–75th pct.',
      '10th–90th pct.',
      "Source's range",
      'Base',
      'Additional',
    ]);
    expect(payColumns([figureRow({ headline: 'mean', mean: 66667 })]).map((column) => column.key)).toEqual(['mean']);
  });

  it('puts each of Glassdoor’s figures in its own column: total pay estimate, its unnamed range, base and additional', () => {
    const glassdoor = backEnd.payTable.rows.find(({ row }) => row.citation.source.id === 'glassdoor-back-end-developer')!;
    expect(glassdoor.cells.map((cell) => [cell.column, cell.amounts.map((part) => part.amount), cell.caption ?? null])).toEqual([
      ['median', [], null],
      ['mean', [], null],
      ['total', [79057], null],
      ['middle', [], null],
      ['wide', [], null],
      ['range', [49000, 127000], null],
      ['base', [74094], null],
      ['additional', [4963], null],
    ]);
    // A range the source names keeps its name as the cell's caption.
    const named = figureRow({ headline: 'mean', mean: 79057, range: { low: 49000, high: 127000, label: 'Most likely range' } });
    expect(payCells(named, payColumns([named])).map((cell) => [cell.column, cell.amounts.map((part) => part.amount), cell.caption ?? null])).toEqual([
      ['mean', [79057], null],
      ['range', [49000, 127000], 'Most likely range'],
    ]);
  });

  it('shows percentile pairs as spans and names the one end a source gives alone', () => {
    const government = backEnd.payTable.rows[0]!;
    expect(government.row.measured).toEqual({ title: 'Software Developers', code: 'SOC 15-1252', match: 'closest match, our choice' });
    expect(government.cells.find((cell) => cell.column === 'wide')?.amounts).toEqual([
      { amount: 82460, stat: 'p10' },
      { amount: 214670, stat: 'p90' },
    ]);
    const oneEnd = figureRow({ median: 50000, p75: 60000 });
    expect(payCells(oneEnd, payColumns([oneEnd])).map((cell) => [cell.column, cell.amounts])).toEqual([
      ['median', [{ amount: 50000, stat: 'median' }]],
      ['middle', [{ amount: 60000, stat: 'p75', prefix: '75th' }]],
    ]);
  });
});

describe('pay chart', () => {
  it('draws every Back End Developer source on one axis per currency, never converting between them', () => {
    expect(backEnd.charts.map((chart) => [chart.currency, chart.regions, chart.bars.map((bar) => bar.rowId), chart.max])).toEqual([
      ['USD', ['United States'], ['oews-15-1252-2025-05', 'oews-15-1254-2025-05', 'pay-2', 'pay-4', 'pay-5', 'pay-7'], 250000],
      ['GBP', ['United Kingdom'], ['ashe-2134', 'pay-1'], 100000],
    ]);
    expect(backEnd.charts[0]?.ticks.map((tick) => [tick.label, tick.at, tick.minor])).toEqual([
      ['$0', '0%', true],
      ['$50K', '20%', false],
      ['$100K', '40%', true],
      ['$150K', '60%', false],
      ['$200K', '80%', true],
      ['$250K', '100%', false],
    ]);
  });

  it('places spans and marks as percentages of the axis, with the occupation as the label’s detail', () => {
    const [software] = backEnd.charts[0]!.bars;
    expect(software).toMatchObject({
      publisher: 'U.S. Bureau of Labor Statistics',
      detail: 'Software Developers',
      citationNumber: 1,
      convertedFromHourly: false,
      outer: { low: 82460, high: 214670, lowAt: '33%', highAt: '85.9%', width: '52.9%' },
      inner: { low: 105210, high: 171980, lowAt: '42.1%', highAt: '68.8%', width: '26.7%' },
      marker: { value: 135980, at: '54.4%', kind: 'median' },
      openEnded: false,
    });
    expect(axisPosition(1, 3)).toBe('33.3%');
  });

  it("marks Glassdoor's total pay estimate as a total, within its unnamed range", () => {
    const glassdoor = backEnd.charts[0]!.bars.find((bar) => bar.publisher === 'Glassdoor');
    expect(glassdoor).toMatchObject({ outer: { low: 49000, high: 127000 }, marker: { value: 79057, at: '31.6%', kind: 'total' } });
  });

  it('converts an hourly-only source at 2,080 hours and marks it; a top-coded 90th percentile ends in an arrow', () => {
    const [chart] = payCharts([figureRow({ period: 'hour', headline: 'mean', mean: 29.48 })]);
    expect(chart?.bars[0]).toMatchObject({ convertedFromHourly: true, marker: { value: 61318, kind: 'mean' } });
    const row = figureRow({ median: 200000 });
    const [topCoded] = payCharts([{ ...row, stats: { p10: 120000, median: 200000, p90: { atLeast: 239200 } } }]);
    expect(topCoded?.bars[0]).toMatchObject({ openEnded: true, outer: { low: 120000, high: 239200 } });
  });
});

describe('quick facts', () => {
  it('gives Back End Developer four one-line facts, each with its citation', () => {
    expect(
      backEnd.facts.map((fact) => [fact.id, fact.label, fact.value, fact.citation.number, fact.detail ?? null, fact.detailCitation?.number ?? null]),
    ).toEqual([
      ['pay', 'Median pay, US', '$135,980 USD a year', 1, 'Software Developers, May 2025', null],
      ['outlook', 'Job outlook, US', '+15.8%, 2024–2034', 14, 'Software Developers', null],
      ['education', 'Typical education', "Bachelor's degree", 14, "51% of workers hold a bachelor's degree", 9],
      ['experience', 'Experience', '2–4 years', 4, 'the commonest band, 73% of workers', null],
    ]);
  });

  it('calls a total pay estimate a total pay estimate, never an average', () => {
    const row = figureRow({ source: 'glassdoor-back-end-developer', basis: 'total', headline: 'total', total: 79057, asOf: '2026-11' });
    const headline = {
      amount: 79057,
      currency: 'USD',
      region: 'US',
      kind: 'total',
      sourceLabel: 'Glassdoor',
      sourceId: 'glassdoor-back-end-developer',
    } as const;
    const [pay] = quickFacts({ headline, payRows: [row], outlook: [], education: { typicalEntry: "Bachelor's degree", citation: row.citation, levels: [] } });
    expect([pay?.id, pay?.label, pay?.value]).toEqual(['pay', 'Total pay estimate, US', '$79,057 USD a year']);
  });

  it('leaves out a fact the role has no figure for', () => {
    const page = buildRolePage(catalog, entry('head-of-engineering'));
    expect(page.experience).toBeUndefined();
    expect(page.facts.map((fact) => fact.id)).toEqual(['pay', 'outlook', 'education']);
  });
});

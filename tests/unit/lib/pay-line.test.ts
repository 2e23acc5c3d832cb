import { describe, expect, it } from 'vitest';
import { CitationList } from '../../../src/lib/citations.ts';
import { payRowFromFigure, type PayRow } from '../../../src/lib/pay.ts';
import { payLine } from '../../../src/lib/pay-line.ts';
import { buildRolePage } from '../../../src/lib/role-page.ts';
import { salaryFigureSchema, type SalaryFigureInput } from '../../../src/schemas/salary.ts';
import { realGuide, sourceById } from '../fixtures/real-guide.ts';

/** Pay rows made from salary figures as a role file would give them (sources from the real registry). */
function rows(...figures: Partial<SalaryFigureInput>[]): PayRow[] {
  const citations = new CitationList(sourceById);
  return figures.map((figure, index) =>
    payRowFromFigure(
      salaryFigureSchema.parse({ source: 'tallo-back-end-developer', region: 'US', currency: 'USD', period: 'year', asOf: '2026-11-23', ...figure }),
      index,
      citations,
    ),
  );
}

/** What a part says, with its sources as they are named under the line. */
const described = (line: ReturnType<typeof payLine>) =>
  line?.parts.map((part) => ({
    clause: part.clause,
    basis: part.basis,
    sources: part.sources.map(
      (source) => `${source.publisher}${source.citations.map((citation) => `[${citation.number}]`).join('')}${source.note ? ` (${source.note})` : ''}`,
    ),
  }));

describe('pay line', () => {
  it('says where most sources put US pay and where the two UK sources put it, for Back End Developer', () => {
    const { catalog, entry } = realGuide();
    const line = buildRolePage(catalog, entry('back-end-developer')).payLine;
    expect(line?.text).toBe('Most sources put US pay between $79,057 and $121,668 USD a year; both sources put UK pay between £52,250 and £54,669 GBP a year.');
    expect(described(line)).toEqual([
      {
        clause: 'most sources put US pay between $79,057 and $121,668 USD a year',
        basis: 'the middle 4 of 6 medians, averages and total pay estimates',
        sources: ['U.S. Bureau of Labor Statistics[1][7]', 'Glassdoor[4]', 'PayScale[5]', 'Tallo[9]'],
      },
      {
        clause: 'both sources put UK pay between £52,250 and £54,669 GBP a year',
        basis: 'the lowest to the highest of two medians',
        sources: ['Office for National Statistics[2]', 'Robert Half[3]'],
      },
    ]);
    expect(line?.parts.map((part) => [part.currency, part.region, part.regionPhrase, part.low, part.high])).toEqual([
      ['USD', 'US', 'the US', 79057, 121668],
      ['GBP', 'GB', 'the UK', 52250, 54669],
    ]);
  });

  it('gives the lowest to the highest headline when there are too few to leave the ends out', () => {
    const line = payLine(
      rows(
        { median: 90000 },
        { source: 'glassdoor-back-end-developer', headline: 'mean', mean: 100000 },
        { source: 'robert-half-back-end-developer', median: 70000 },
      ),
    );
    expect(line?.text).toBe('All three sources put US pay between $70,000 and $100,000 USD a year.');
    expect(described(line)).toEqual([
      {
        clause: 'all three sources put US pay between $70,000 and $100,000 USD a year',
        basis: 'the lowest to the highest of three medians and averages',
        sources: ['Tallo[1]', 'Glassdoor[2]', 'Robert Half[3]'],
      },
    ]);
  });

  it('names one source when several figures come from it', () => {
    const line = payLine(rows({ median: 90000 }, { median: 80000 }));
    expect(line?.text).toBe('One source puts US pay between $80,000 and $90,000 USD a year.');
    expect(line?.parts[0]?.basis).toBe('the lowest to the highest of two medians');
  });

  it('uses a single source’s middle half, or its own range, or its one figure', () => {
    expect(payLine(rows({ p25: 30000, median: 35000, p75: 40000, region: 'GB', currency: 'GBP' }))?.text).toBe(
      'One source puts UK pay between £30,000 and £40,000 GBP a year.',
    );
    const ranged = payLine(
      rows({ source: 'glassdoor-back-end-developer', headline: 'mean', mean: 79057, range: { low: 49000, high: 127000, label: 'Most likely range' } }),
    );
    expect(ranged?.text).toBe('One source puts US pay between $49,000 and $127,000 USD a year.');
    expect(ranged?.parts[0]?.basis).toBe('the most likely range');
    const single = payLine(rows({ headline: 'mean', mean: 66667 }));
    expect(single?.text).toBe('One source puts US pay at $66,667 USD a year.');
    expect(single?.parts[0]?.basis).toBe('the average');
    const total = payLine(rows({ source: 'glassdoor-back-end-developer', basis: 'total', headline: 'total', total: 79057 }));
    expect(total?.text).toBe('One source puts US pay at $79,057 USD a year.');
    expect(total?.parts[0]?.basis).toBe('the total pay estimate');
  });

  it('converts an hourly-only figure at 2,080 hours and says so, and skips an hourly figure its source also gives yearly', () => {
    const line = payLine(
      rows(
        { source: 'payscale-back-end-developer', period: 'hour', headline: 'mean', mean: 29.48 },
        { source: 'bls-ooh-software-developers-2021', period: 'hour', median: 52.95 },
        { source: 'bls-ooh-software-developers-2021', median: 110140 },
      ),
    );
    expect(line?.text).toBe('Both sources put US pay between $61,318 and $110,140 USD a year.');
    expect(described(line)?.[0]?.sources).toEqual(['PayScale[1] (hourly rate × 2,080 hours, our conversion)', 'U.S. Bureau of Labor Statistics[3]']);
    expect(line?.parts[0]?.basis).toBe('the lowest to the highest of two medians and averages');
  });

  it('keeps "or more" on a top-coded figure and names other regions in full', () => {
    const line = payLine(rows({ region: 'DE', currency: 'EUR', p25: 50000, median: 60000, p75: 70000 }));
    expect(line?.text).toBe('One source puts pay in Germany between €50,000 and €70,000 EUR a year.');
    const citations = new CitationList(sourceById);
    const topCoded = payRowFromFigure(
      salaryFigureSchema.parse({ source: 'tallo-back-end-developer', region: 'US', currency: 'USD', period: 'year', median: 200000, asOf: '2026-11-23' }),
      0,
      citations,
    );
    const line2 = payLine([{ ...topCoded, stats: { p25: 150000, median: 200000, p75: { atLeast: 239200 } } }]);
    expect(line2?.text).toBe('One source puts US pay between $150,000 and $239,200 or more USD a year.');
  });

  it('drops the repeated words when two regions share a plural subject', () => {
    const five = (region: string, currency: string) =>
      [40, 50, 60, 70, 80].map((thousands, index) => ({
        source: [
          'tallo-back-end-developer',
          'glassdoor-back-end-developer',
          'payscale-back-end-developer',
          'robert-half-back-end-developer',
          'spherion-backend-developer',
        ][index]!,
        region,
        currency,
        median: thousands * 1000,
      }));
    const line = payLine(rows(...five('US', 'USD'), ...five('GB', 'GBP')));
    expect(line?.text).toBe('Most sources put US pay between $50,000 and $70,000 USD a year; UK between £50,000 and £70,000 GBP.');
  });

  it('has no line when no figure has a headline', () => {
    expect(payLine([])).toBeUndefined();
  });
});

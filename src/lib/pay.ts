import type { OewsOccupation, OewsPeriod } from '../schemas/oews.ts';
import type { Occupation } from '../schemas/occupation.ts';
import { statisticKeys, type SalaryFigure, type StatisticKey } from '../schemas/salary.ts';
import type { WageValue } from '../schemas/wage.ts';
import type { Citation, CitationList } from './citations.ts';
import { annualFromHourly, formatPeriod } from './format.ts';
import { regionName } from './regions.ts';

/** A published amount, or a top-coded one known only as "this much or more". */
export type Amount = number | { atLeast: number };

/** What a figure measures when it is not exactly the role: an occupation and how it relates, or the title a source published for. */
export interface MeasuredAs {
  // "Software Developers", or the job title the source published the figure for.
  title: string;
  // The occupation's code, e.g. "SOC 15-1252", for government occupations.
  code?: string;
  // How the occupation relates to the role, e.g. "closest match, our choice".
  match?: string;
}

/** The parts as one phrase: "Software Developers (SOC 15-1252), closest match, our choice". */
export function measuredLabel(measured: MeasuredAs): string {
  return `${measured.title}${measured.code ? ` (${measured.code})` : ''}${measured.match ? `, ${measured.match}` : ''}`;
}

/** One row of a salary comparison: one source's figures for one region, currency and period. */
export interface PayRow {
  id: string;
  citation: Citation;
  // Who published it, e.g. "Robert Half".
  publisher: string;
  // What was measured when it is not exactly the role, as one phrase (measuredLabel of `measured`).
  measures?: string;
  // The same, in parts, for layouts that show them apart.
  measured?: MeasuredAs;
  region: string;
  regionName: string;
  currency: string;
  period: 'year' | 'hour';
  basisLabel: string;
  headlineKind: 'median' | 'mean' | 'total';
  // A total pay estimate that the source calls neither a median nor a mean.
  total?: number;
  headline?: Amount;
  stats: Partial<Record<StatisticKey, Amount>>;
  base?: number;
  additional?: number;
  range?: { low: number; high: number; label?: string };
  // Reference period as readers say it, e.g. "May 2025".
  asOf: string;
  asOfStated: boolean;
  // The period, or a plain statement that the source gives none.
  dateLabel: string;
  percentileNotes: Partial<Record<StatisticKey, string>>;
  assumption?: string;
  note?: string;
  government: boolean;
}

const basisLabels = { base: 'Base salary', total: 'Total pay (base + additional)', unspecified: 'Not stated' } as const;

/** A pay row from a figure in a role's frontmatter. */
export function payRowFromFigure(figure: SalaryFigure, index: number, citations: CitationList): PayRow {
  const stats: PayRow['stats'] = {};
  for (const key of statisticKeys) {
    const value = figure[key];
    if (value !== undefined) stats[key] = value;
  }
  const citation = citations.cite(figure.source);
  return {
    id: `pay-${index + 1}`,
    citation,
    publisher: citation.source.publisher,
    ...(figure.publishedFor ? { measures: figure.publishedFor, measured: { title: figure.publishedFor } } : {}),
    region: figure.region,
    regionName: regionName(figure.region),
    currency: figure.currency,
    period: figure.period,
    basisLabel: basisLabels[figure.basis],
    headlineKind: figure.headline,
    ...(figure.headline === 'total'
      ? figure.total !== undefined
        ? { headline: figure.total }
        : {}
      : stats[figure.headline] !== undefined
        ? { headline: stats[figure.headline] }
        : {}),
    stats,
    ...(figure.total !== undefined ? { total: figure.total } : {}),
    ...(figure.base !== undefined ? { base: figure.base } : {}),
    ...(figure.additional !== undefined ? { additional: figure.additional } : {}),
    ...(figure.range ? { range: figure.range } : {}),
    asOf: formatPeriod(figure.asOf),
    asOfStated: figure.asOfStated,
    dateLabel: figure.asOfStated
      ? `${formatPeriod(figure.asOf)}${figure.asOfNote ? ` (${figure.asOfNote})` : ''}`
      : `date not stated (read ${formatPeriod(figure.asOf)})`,
    percentileNotes: figure.percentileNotes ?? {},
    ...(figure.assumption ? { assumption: figure.assumption } : {}),
    ...(figure.note ? { note: figure.note } : {}),
    government: citation.source.publisher.startsWith('U.S.'),
  };
}

/** A published amount or top-coded floor; BLS's "*" (not available) has no amount. */
export function toAmount(value: WageValue): Amount | undefined {
  return typeof value === 'number' || 'atLeast' in value ? value : undefined;
}

/** How an occupation relates to the role, in a few words for a table cell. */
export function matchLabel(occupation: Occupation): string {
  if (occupation.match === 'exact') return 'same occupation';
  if (occupation.match === 'classified') return 'where O*NET files this job title';
  return 'closest match, our choice';
}

/** A pay row from an OEWS period of one of the role's occupations. */
export function payRowFromOews(occupation: Occupation, data: OewsOccupation, period: OewsPeriod, citations: CitationList): PayRow {
  const stats: PayRow['stats'] = {};
  for (const key of statisticKeys) {
    const value = period.annual?.[key];
    const amount = value === undefined ? undefined : toAmount(value);
    if (amount !== undefined) stats[key] = amount;
  }
  const citation = citations.cite(period.sourceId);
  const measured = { title: data.title, code: `SOC ${data.soc}`, match: matchLabel(occupation) };
  return {
    id: `oews-${data.soc}-${period.period}`,
    citation,
    publisher: citation.source.publisher,
    measures: measuredLabel(measured),
    measured,
    region: 'US',
    regionName: regionName('US'),
    currency: 'USD',
    period: 'year',
    basisLabel: 'Straight-time wages',
    headlineKind: 'median',
    ...(stats.median !== undefined ? { headline: stats.median } : {}),
    stats,
    asOf: period.label,
    asOfStated: true,
    dateLabel: period.label,
    percentileNotes: {},
    note: `${typeof period.employment === 'number' ? `Employment ${period.employment.toLocaleString('en-US')}` : 'Employment not available (BLS "**")'}; wage and salary workers only.${period.annual === null ? ' BLS publishes hourly wages only for this occupation.' : ''}`,
    government: true,
  };
}

/** The lowest value an amount stands for. */
export function amountFloor(amount: Amount): number {
  return typeof amount === 'number' ? amount : amount.atLeast;
}

/** An amount that is a floor ("or more") stays one: converting keeps the marker. */
function scaleAmount(amount: Amount, convert: (value: number) => number): Amount {
  return typeof amount === 'number' ? convert(amount) : { atLeast: convert(amount.atLeast) };
}

/** A pay row as annual amounts, and whether we converted it from an hourly rate to get them. */
export interface AnnualPay {
  row: PayRow;
  // True when the source gave only an hourly rate and we multiplied it by HOURS_PER_YEAR.
  convertedFromHourly: boolean;
  headline?: Amount;
  stats: Partial<Record<StatisticKey, Amount>>;
  range?: { low: number; high: number; label?: string };
}

/**
 * Every row as annual pay, for summaries and charts: annual rows as published, and hourly rows converted at
 * 2,080 hours unless the same source gives an annual figure for the same region and currency (then the
 * hourly row is the same pay said another way, and counting it would count the source twice).
 */
export function annualPay(rows: readonly PayRow[]): AnnualPay[] {
  const annualKeys = new Set(rows.filter((row) => row.period === 'year').map((row) => `${row.citation.source.id} ${row.region} ${row.currency}`));
  return rows.flatMap((row): AnnualPay[] => {
    if (row.period === 'year') {
      return [
        {
          row,
          convertedFromHourly: false,
          ...(row.headline !== undefined ? { headline: row.headline } : {}),
          stats: row.stats,
          ...(row.range ? { range: row.range } : {}),
        },
      ];
    }
    if (annualKeys.has(`${row.citation.source.id} ${row.region} ${row.currency}`)) return [];
    const stats = Object.fromEntries(Object.entries(row.stats).map(([key, amount]) => [key, scaleAmount(amount, annualFromHourly)]));
    return [
      {
        row,
        convertedFromHourly: true,
        ...(row.headline !== undefined ? { headline: scaleAmount(row.headline, annualFromHourly) } : {}),
        stats,
        ...(row.range ? { range: { ...row.range, low: annualFromHourly(row.range.low), high: annualFromHourly(row.range.high) } } : {}),
      },
    ];
  });
}

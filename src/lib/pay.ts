import type { OewsOccupation, OewsPeriod } from '../schemas/oews.ts';
import type { Occupation } from '../schemas/occupation.ts';
import { statisticKeys, type SalaryFigure, type StatisticKey } from '../schemas/salary.ts';
import type { WageValue } from '../schemas/wage.ts';
import type { Citation, CitationList } from './citations.ts';
import { formatPeriod } from './format.ts';
import { regionName } from './regions.ts';

/** A published amount, or a top-coded one known only as "this much or more". */
export type Amount = number | { atLeast: number };

/** One row of a salary comparison: one source's figures for one region, currency and period. */
export interface PayRow {
  id: string;
  citation: Citation;
  // Who published it, e.g. "Robert Half".
  publisher: string;
  // What was measured when it is not exactly the role, e.g. "Software Developers (SOC 15-1252)".
  measures?: string;
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
    ...(figure.publishedFor ? { measures: figure.publishedFor } : {}),
    region: figure.region,
    regionName: regionName(figure.region),
    currency: figure.currency,
    period: figure.period,
    basisLabel: basisLabels[figure.basis],
    headlineKind: figure.headline,
    ...(figure.headline === 'total' ? (figure.total !== undefined ? { headline: figure.total } : {}) : stats[figure.headline] !== undefined ? { headline: stats[figure.headline] } : {}),
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
  return {
    id: `oews-${data.soc}-${period.period}`,
    citation,
    publisher: citation.source.publisher,
    measures: `${data.title} (SOC ${data.soc}), ${matchLabel(occupation)}`,
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

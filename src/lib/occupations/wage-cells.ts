import type { OewsPeriod } from '../../schemas/oews.ts';
import type { WageStatistics, WageValue } from '../../schemas/wage.ts';

/** One wage as a table cell: an amount, BLS's top-code floor, or BLS's "not available". */
export type WageCell = { kind: 'amount'; amount: number } | { kind: 'at-least'; amount: number } | { kind: 'not-available' };

/** A pay statistic as a table heading: "Median", "Mean", "10th percentile" (p10). */
export function statisticHeading(key: 'median' | 'mean' | `p${number}`): string {
  return key === 'median' ? 'Median' : key === 'mean' ? 'Mean' : `${key.slice(1)}th percentile`;
}

/** Table rows or columns for these statistics, in this order, each with its heading. */
export function statisticsInOrder<K extends 'median' | 'mean' | `p${number}`>(keys: readonly K[]): { key: K; label: string }[] {
  return keys.map((key) => ({ key, label: statisticHeading(key) }));
}

/** Statistics in the order the tables read them. */
export const wageColumns = statisticsInOrder<keyof WageStatistics>(['p10', 'p25', 'median', 'p75', 'p90', 'mean']);

export function wageCell(value: WageValue): WageCell {
  if (typeof value === 'number') return { kind: 'amount', amount: value };
  return 'atLeast' in value ? { kind: 'at-least', amount: value.atLeast } : { kind: 'not-available' };
}

/** One release's row of a wage history table, in one unit. */
export interface WageHistoryRow {
  label: string;
  sourceId: string;
  employment?: number;
  cells: WageCell[];
}

/** The rows of one unit (annual or hourly); a release that publishes no such set contributes no row. */
export function wageHistoryRows(periods: readonly OewsPeriod[], unit: 'annual' | 'hourly'): WageHistoryRow[] {
  return periods.flatMap((period) => {
    const set = period[unit];
    if (!set) return [];
    return [
      {
        label: period.label,
        sourceId: period.sourceId,
        ...(typeof period.employment === 'number' ? { employment: period.employment } : {}),
        cells: wageColumns.map(({ key }) => wageCell(set[key])),
      },
    ];
  });
}

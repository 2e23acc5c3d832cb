import type { OewsPeriod } from '../../schemas/oews.ts';
import type { WageStatistics, WageValue } from '../../schemas/wage.ts';

/** One wage as a table cell: an amount, BLS's top-code floor, or BLS's "not available". */
export type WageCell = { kind: 'amount'; amount: number } | { kind: 'at-least'; amount: number } | { kind: 'not-available' };

/** Statistics in the order the tables read them. */
export const wageColumns = [
  { key: 'p10', label: '10th percentile' },
  { key: 'p25', label: '25th percentile' },
  { key: 'median', label: 'Median' },
  { key: 'p75', label: '75th percentile' },
  { key: 'p90', label: '90th percentile' },
  { key: 'mean', label: 'Mean' },
] as const satisfies readonly { key: keyof WageStatistics; label: string }[];

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

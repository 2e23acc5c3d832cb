/**
 * The pay table's shape: one column per statistic that at least one row has, so every figure sits in a column on
 * screen and no row is a line of dashes; pairs of percentiles share a column as a span ("$105,210–$171,980").
 */
import type { StatisticKey } from '../schemas/salary.ts';
import type { Amount, PayRow } from './pay.ts';

/** A column of the pay table. */
export type PayColumnKey = 'median' | 'mean' | 'total' | 'middle' | 'wide' | 'range' | 'base' | 'additional';

export interface PayColumn {
  key: PayColumnKey;
  label: string;
}

/** One amount in a cell; `stat` names the published statistic it is (the API's key), when it is one. */
export interface PayCellAmount {
  amount: Amount;
  stat?: StatisticKey;
  // Said before the amount when a span has only one end, e.g. "25th".
  prefix?: string;
}

export interface PayCell {
  column: PayColumnKey;
  label: string;
  // None: the source does not give this statistic. Two: a low–high span.
  amounts: PayCellAmount[];
  // The source's name for a range, e.g. "Most likely range".
  caption?: string;
}

const columns: readonly PayColumn[] = [
  { key: 'median', label: 'Median' },
  { key: 'mean', label: 'Average' },
  // A total pay estimate (base plus additional) is neither a median nor a mean: its own column, as the source names it.
  { key: 'total', label: 'Total pay estimate' },
  { key: 'middle', label: '25th–75th pct.' },
  { key: 'wide', label: '10th–90th pct.' },
  { key: 'range', label: "Source's range" },
  { key: 'base', label: 'Base' },
  { key: 'additional', label: 'Additional' },
];

const ordinals: Partial<Record<StatisticKey, string>> = { p10: '10th', p25: '25th', p75: '75th', p90: '90th' };

/** A percentile pair as a span, or the one end given, named. */
function pair(row: PayRow, low: StatisticKey, high: StatisticKey): PayCellAmount[] {
  const lowAmount = row.stats[low];
  const highAmount = row.stats[high];
  if (lowAmount !== undefined && highAmount !== undefined)
    return [
      { amount: lowAmount, stat: low },
      { amount: highAmount, stat: high },
    ];
  if (lowAmount !== undefined) return [{ amount: lowAmount, stat: low, prefix: ordinals[low]! }];
  if (highAmount !== undefined) return [{ amount: highAmount, stat: high, prefix: ordinals[high]! }];
  return [];
}

function cellAmounts(row: PayRow, key: PayColumnKey): Pick<PayCell, 'amounts' | 'caption'> {
  switch (key) {
    case 'median':
    case 'mean': {
      const amount = row.stats[key];
      return { amounts: amount === undefined ? [] : [{ amount, stat: key }] };
    }
    case 'middle':
      return { amounts: pair(row, 'p25', 'p75') };
    case 'wide':
      return { amounts: pair(row, 'p10', 'p90') };
    case 'range':
      return row.range
        ? { amounts: [{ amount: row.range.low }, { amount: row.range.high }], ...(row.range.label ? { caption: row.range.label } : {}) }
        : { amounts: [] };
    case 'total':
    case 'base':
    case 'additional': {
      const amount = row[key];
      return { amounts: amount === undefined ? [] : [{ amount }] };
    }
  }
}

/** The columns some row fills, in a fixed order; never one that every row leaves empty. */
export function payColumns(rows: readonly PayRow[]): PayColumn[] {
  return columns.filter((column) => rows.some((row) => cellAmounts(row, column.key).amounts.length > 0));
}

/** A row's cells, one per column. */
export function payCells(row: PayRow, shown: readonly PayColumn[]): PayCell[] {
  return shown.map((column) => ({ column: column.key, label: column.label, ...cellAmounts(row, column.key) }));
}

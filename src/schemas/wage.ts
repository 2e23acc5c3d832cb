import { z } from 'zod';
import { expected } from './common.ts';

/** A wage BLS top-coded: the true value is this amount or more, so it must never be shown as a plain number. */
export const topCodedWageSchema = z
  .object({
    // The top-code threshold, in the unit of the enclosing wage set (US dollars per year or per hour).
    atLeast: z.number(expected('a number')).positive(expected('a positive amount')),
  })
  .strict();

/** A cell BLS marks "*" or "**" (estimate not available): kept as a marker, never as 0 or a dropped cell. */
export const unavailableWageSchema = z
  .object({
    // Always true: BLS published "*" (a wage) or "**" (employment) in this cell.
    notAvailable: z.literal(true, expected('true')),
  })
  .strict();

/** One published wage: an amount, a top-coded floor ("#"), or BLS's "*" (not available). */
export const wageValueSchema = z.union(
  [z.number().positive(), topCodedWageSchema, unavailableWageSchema],
  expected('a positive amount, { "atLeast": amount } or { "notAvailable": true }'),
);

/** The wage statistics OEWS publishes, in the order a page reads them from low to high. */
export const wageStatisticKeys = ['p10', 'p25', 'median', 'p75', 'p90', 'mean'] as const;

/** Lowest amount a wage value stands for, or undefined when it is not available. */
function floorOf(value: WageValue): number | undefined {
  if (typeof value === 'number') return value;
  return 'atLeast' in value ? value.atLeast : undefined;
}

/** One occupation's wage distribution in one unit (per year or per hour). */
export const wageStatisticsSchema = z
  .object({
    // 10th percentile, in the unit of the enclosing field.
    p10: wageValueSchema,
    // 25th percentile, in the unit of the enclosing field.
    p25: wageValueSchema,
    // 50th percentile (median), in the unit of the enclosing field.
    median: wageValueSchema,
    // 75th percentile, in the unit of the enclosing field.
    p75: wageValueSchema,
    // 90th percentile, in the unit of the enclosing field.
    p90: wageValueSchema,
    // Arithmetic mean, in the unit of the enclosing field.
    mean: wageValueSchema,
  })
  .strict()
  .superRefine((wages, context) => {
    // Percentiles out of order mean columns were swapped or misread, which no single-field check catches.
    const percentiles = ['p10', 'p25', 'median', 'p75', 'p90'] as const;
    let previous: { key: string; floor: number } | undefined;
    for (const key of percentiles) {
      const floor = floorOf(wages[key]);
      if (floor === undefined) continue;
      if (previous && floor < previous.floor) {
        context.addIssue({ code: 'custom', path: [key], message: `expected ${key} to be at least ${previous.key} (${previous.floor}), got ${floor}` });
      }
      previous = { key, floor };
    }
  });

export type WageValueInput = z.input<typeof wageValueSchema>;
export type WageValue = z.output<typeof wageValueSchema>;
export type WageStatisticsInput = z.input<typeof wageStatisticsSchema>;
export type WageStatistics = z.output<typeof wageStatisticsSchema>;

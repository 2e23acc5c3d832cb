import { z } from 'zod';
import { expected, socCode, sourceId } from './common.ts';
import { wageStatisticsSchema } from './wage.ts';

/** A 2018 SOC code such as "15-1252" (the one definition in common.ts). */
export const socCodeSchema = socCode;

/** An id in the sources registry, dots allowed for versions (the one definition in common.ts). */
export const dataSourceIdSchema = sourceId;

/** Where a SOC code sits in the classification (BLS O_GROUP). */
export const socLevels = ['total', 'major', 'minor', 'broad', 'detailed'] as const;

/** One occupation's OEWS national estimates for one reference period. */
export const oewsPeriodSchema = z
  .object({
    // Reference month as YYYY-MM, e.g. "2025-05".
    period: z.string(expected('a month')).regex(/^\d{4}-(0[1-9]|1[0-2])$/, expected('a month as YYYY-MM')),
    // Reference period as BLS names it, e.g. "May 2025".
    label: z.string(expected('text')).min(1, expected('non-empty text')),
    // Id of the OEWS release these figures come from.
    sourceId: dataSourceIdSchema,
    // Wage and salary jobs, a head count rounded by BLS to the nearest 10 (self-employed excluded).
    employment: z.int(expected('a whole number of jobs')).nonnegative(expected('a whole number of jobs')),
    // Relative standard error of employment, in percent.
    employmentRsePct: z.number(expected('a percentage')).nonnegative(expected('a percentage')),
    // Relative standard error of the mean wage, in percent.
    meanWageRsePct: z.number(expected('a percentage')).nonnegative(expected('a percentage')),
    // Annual wages in US dollars per year, whole dollars, straight-time gross pay.
    annual: wageStatisticsSchema,
    // Hourly wages in US dollars per hour, dollars and cents, straight-time gross pay.
    hourly: wageStatisticsSchema,
  })
  .strict();
export type OewsPeriodInput = z.input<typeof oewsPeriodSchema>;
export type OewsPeriod = z.output<typeof oewsPeriodSchema>;

/** One SOC occupation with its estimates for every reference period, oldest first. */
export const oewsOccupationSchema = z
  .object({
    // 2018 SOC code, e.g. "15-1252".
    soc: socCodeSchema,
    // BLS occupation title in the newest period.
    title: z.string(expected('text')).min(1, expected('non-empty text')),
    // Level of the code in the SOC hierarchy.
    level: z.enum(socLevels, expected(`one of ${socLevels.join(', ')}`)),
    // Estimates per reference period, in ascending period order.
    periods: z.array(oewsPeriodSchema).min(1, expected('at least one period')),
  })
  .strict()
  .superRefine((occupation, context) => {
    occupation.periods.forEach((entry, index) => {
      const previous = occupation.periods[index - 1];
      if (previous && previous.period >= entry.period) {
        context.addIssue({ code: 'custom', path: ['periods', index, 'period'], message: `expected periods in ascending order without repeats, got ${previous.period} then ${entry.period}` });
      }
    });
  });
export type OewsOccupationInput = z.input<typeof oewsOccupationSchema>;
export type OewsOccupation = z.output<typeof oewsOccupationSchema>;

/** content/data/oews-national.json: BLS OEWS national wage estimates for the site's occupations. */
export const oewsFileSchema = z
  .object({
    // Ids of every OEWS release cited in the file, sorted.
    sourceIds: z.array(dataSourceIdSchema).min(1, expected('at least one source id')),
    // Occupations sorted by SOC code.
    occupations: z.array(oewsOccupationSchema),
  })
  .strict();
export type OewsFileInput = z.input<typeof oewsFileSchema>;
export type OewsFile = z.output<typeof oewsFileSchema>;

import { z } from 'zod';
import { expected, socCode, sourceId } from './common.ts';
import { unavailableWageSchema, wageStatisticsSchema } from './wage.ts';

/** A 2018 SOC code such as "15-1252" (the one definition in common.ts). */
export const socCodeSchema = socCode;

/** An id in the sources registry, dots allowed for versions (the one definition in common.ts). */
export const dataSourceIdSchema = sourceId;

/** Where a SOC code sits in the classification (BLS O_GROUP). */
export const socLevels = ['total', 'major', 'minor', 'broad', 'detailed'] as const;

/** BLS "**" (employment) or "*" (an error estimate): the same not-available marker as a wage's. */
const unavailableCountSchema = unavailableWageSchema;

/** Which wage sets OEWS publishes for the occupation (its ANNUAL and HOURLY flags). */
export const wageBases = ['annual-and-hourly', 'annual-only', 'hourly-only'] as const;

/** The top-code thresholds stated in one release's notes: a "#" cell means this amount or more. */
export const topCodeSchema = z
  .object({
    // Threshold for annual wages, US dollars per year (e.g. 239200).
    annual: z.number(expected('a number')).positive(expected('a positive amount')),
    // Threshold for hourly wages, US dollars per hour (e.g. 115).
    hourly: z.number(expected('a number')).positive(expected('a positive amount')),
  })
  .strict();

export type TopCode = z.output<typeof topCodeSchema>;

/** One occupation's OEWS national estimates for one reference period. */
export const oewsPeriodSchema = z
  .object({
    // Reference month as YYYY-MM, e.g. "2025-05".
    period: z.string(expected('a month')).regex(/^\d{4}-(0[1-9]|1[0-2])$/, expected('a month as YYYY-MM')),
    // Reference period as BLS names it, e.g. "May 2025".
    label: z.string(expected('text')).min(1, expected('non-empty text')),
    // Id of the OEWS release these figures come from.
    sourceId: dataSourceIdSchema,
    // Wage and salary jobs, a head count rounded by BLS to the nearest 10 (self-employed excluded), or BLS "**".
    employment: z.union([z.int().nonnegative(), unavailableCountSchema], expected('a whole number of jobs or { "notAvailable": true }')),
    // Relative standard error of employment, in percent, or BLS "**".
    employmentRsePct: z.union([z.number().nonnegative(), unavailableCountSchema], expected('a percentage or { "notAvailable": true }')),
    // Relative standard error of the mean wage, in percent, or BLS "*".
    meanWageRsePct: z.union([z.number().nonnegative(), unavailableCountSchema], expected('a percentage or { "notAvailable": true }')),
    // Which wage sets BLS publishes: teachers and pilots get annual wages only, actors and musicians hourly only.
    wageBasis: z.enum(wageBases, expected(`one of ${wageBases.join(', ')}`)),
    // The release's top-code thresholds, which a { "atLeast" } value repeats.
    topCode: topCodeSchema,
    // Annual wages in US dollars per year, whole dollars, straight-time gross pay; null when BLS publishes hourly only.
    annual: wageStatisticsSchema.nullable(),
    // Hourly wages in US dollars per hour, dollars and cents; null when BLS publishes annual only.
    hourly: wageStatisticsSchema.nullable(),
  })
  .strict()
  .superRefine((entry, context) => {
    // The flag and the wage sets must agree, so a page never shows an empty set as if BLS had published it.
    const annualExpected = entry.wageBasis !== 'hourly-only';
    const hourlyExpected = entry.wageBasis !== 'annual-only';
    if (annualExpected !== (entry.annual !== null)) {
      context.addIssue({ code: 'custom', path: ['annual'], message: `expected ${annualExpected ? 'annual wages' : 'null'} for wageBasis ${entry.wageBasis}` });
    }
    if (hourlyExpected !== (entry.hourly !== null)) {
      context.addIssue({ code: 'custom', path: ['hourly'], message: `expected ${hourlyExpected ? 'hourly wages' : 'null'} for wageBasis ${entry.wageBasis}` });
    }
  });

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
        context.addIssue({
          code: 'custom',
          path: ['periods', index, 'period'],
          message: `expected periods in ascending order without repeats, got ${previous.period} then ${entry.period}`,
        });
      }
    });
  });

export type OewsOccupationInput = z.input<typeof oewsOccupationSchema>;
export type OewsOccupation = z.output<typeof oewsOccupationSchema>;

/** content/data/oews-national.json: BLS OEWS national wage estimates, every occupation and level, May 2021 onwards. */
export const oewsFileSchema = z
  .object({
    // Ids of every OEWS release cited in the file, sorted.
    sourceIds: z.array(dataSourceIdSchema).min(1, expected('at least one source id')),
    // Occupations sorted by SOC code, then level (a few codes are published as both broad and detailed).
    occupations: z.array(oewsOccupationSchema),
  })
  .strict()
  .superRefine((file, context) => {
    const seen = new Set<string>();
    file.occupations.forEach((occupation, index) => {
      const key = `${occupation.soc} ${occupation.level}`;
      if (seen.has(key))
        context.addIssue({ code: 'custom', path: ['occupations', index, 'soc'], message: `expected one entry per code and level, got ${key} twice` });
      seen.add(key);
    });
  });

export type OewsFileInput = z.input<typeof oewsFileSchema>;
export type OewsFile = z.output<typeof oewsFileSchema>;

export type WageBasis = (typeof wageBases)[number];

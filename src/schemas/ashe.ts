import { z } from 'zod';
import { expected } from './common.ts';
import { dataSourceIdSchema } from './oews.ts';

/** A SOC 2020 code: one digit (major group) to four digits (unit group), e.g. "2134". UK, not the US SOC. */
export const soc2020CodeSchema = z.string(expected('a SOC 2020 code')).regex(/^\d{1,4}$/, expected('a SOC 2020 code such as 2134'));

/** ONS's precision bands for a coefficient of variation (CV), from the ASHE quality guidance. */
export const asheQualityBands = ['precise', 'reasonably-precise', 'acceptable', 'unreliable'] as const;

/** ASHE cell markers, with what ONS says each means. */
export const asheMarkers = {
  x: 'suppressed: unreliable (CV over 20%) or disclosive',
  '..': 'disclosive, not published',
  ':': 'not applicable',
  '-': 'nil or negligible',
  blank: 'left blank in the table',
} as const;
export type AsheMarker = keyof typeof asheMarkers;
const asheMarkerKeys = Object.keys(asheMarkers) as [AsheMarker, ...AsheMarker[]];

/** One published ASHE estimate with its quality. */
export const asheValueSchema = z
  .object({
    // The estimate: pounds (GBP) per year or per hour, thousands of jobs, or percent change, by field.
    value: z.number(expected('a number')),
    // Coefficient of variation from the matching "b" table, in percent; null where ONS publishes none (".", or "x").
    cv: z.number(expected('a percentage')).nonnegative(expected('a percentage')).nullable(),
    // ONS's band for the CV; null where there is no CV.
    quality: z.enum(asheQualityBands, expected(`one of ${asheQualityBands.join(', ')}`)).nullable(),
  })
  .strict();

/** A cell ONS did not publish as a number: the marker it printed. */
export const asheMissingSchema = z
  .object({
    // ONS's marker ("x", "..", ":", "-") or "blank" for an empty cell.
    marker: z.enum(asheMarkerKeys, expected(`one of ${asheMarkerKeys.join(', ')}`)),
  })
  .strict();

/** One ASHE cell: a number with its quality, or a marker. */
export const asheCellSchema = z.union([asheValueSchema, asheMissingSchema], expected('{ value, cv, quality } or { marker }'));

/** Percentiles ASHE publishes, in the table's column order. */
export const ashePercentiles = ['p10', 'p20', 'p25', 'p30', 'p40', 'p60', 'p70', 'p75', 'p80', 'p90'] as const;

/** One row of an ASHE Table 14 sheet (one group, one kind of pay, one set of employees). */
export const asheEstimatesSchema = z
  .object({
    // Number of jobs, thousands ("for indicative purposes only", ONS footnote b).
    jobsThousands: asheCellSchema,
    // Median pay, GBP.
    median: asheCellSchema,
    // Annual percentage change of the median.
    medianChangePct: asheCellSchema,
    // Mean pay, GBP.
    mean: asheCellSchema,
    // Annual percentage change of the mean.
    meanChangePct: asheCellSchema,
    // 10th percentile, GBP.
    p10: asheCellSchema,
    // 20th percentile, GBP.
    p20: asheCellSchema,
    // 25th percentile, GBP.
    p25: asheCellSchema,
    // 30th percentile, GBP.
    p30: asheCellSchema,
    // 40th percentile, GBP.
    p40: asheCellSchema,
    // 60th percentile, GBP.
    p60: asheCellSchema,
    // 70th percentile, GBP.
    p70: asheCellSchema,
    // 75th percentile, GBP.
    p75: asheCellSchema,
    // 80th percentile, GBP.
    p80: asheCellSchema,
    // 90th percentile, GBP.
    p90: asheCellSchema,
  })
  .strict();

/** The two employee sets the site shows. */
export const asheEmployeeSetsSchema = z
  .object({
    // Sheet "All": all employee jobs.
    all: asheEstimatesSchema,
    // Sheet "Full-Time": full-time employee jobs.
    fullTime: asheEstimatesSchema,
  })
  .strict();

/** Where a code sits in SOC 2020. */
export const soc2020Levels = ['major', 'sub-major', 'minor', 'unit'] as const;

/** One SOC 2020 group in ASHE Table 14: annual (14.7) and hourly (14.5) gross pay. */
export const asheGroupSchema = z
  .object({
    // SOC 2020 code, e.g. "2134".
    code: soc2020CodeSchema,
    // Group title as the ASHE table prints it (trailing spaces removed).
    title: z.string(expected('text')).min(1, expected('non-empty text')),
    // Level of the code: major (1 digit) … unit group (4 digits).
    level: z.enum(soc2020Levels, expected(`one of ${soc2020Levels.join(', ')}`)),
    // Annual gross pay, GBP a year (tax year to 5 April 2024), Table 14.7a with CVs from 14.7b.
    annual: asheEmployeeSetsSchema,
    // Hourly gross pay, GBP an hour (April 2024), Table 14.5a with CVs from 14.5b.
    hourly: asheEmployeeSetsSchema,
  })
  .strict();

/** content/data/ashe-2024-provisional.json: ONS ASHE 2024 provisional, Table 14, every SOC 2020 group. */
export const asheFileSchema = z
  .object({
    // Id of the ASHE release in the sources registry.
    sourceId: dataSourceIdSchema,
    // Every employee in the UK (the table's "All employees" row, above the groups).
    allEmployees: z
      .object({
        // The row's label in the table.
        label: z.literal('All employees', expected('"All employees"')),
        // Annual gross pay, GBP a year.
        annual: asheEmployeeSetsSchema,
        // Hourly gross pay, GBP an hour.
        hourly: asheEmployeeSetsSchema,
      })
      .strict(),
    // Groups in table order (major, then its sub-major, minor and unit groups).
    groups: z.array(asheGroupSchema),
  })
  .strict();

export type AsheCell = z.output<typeof asheCellSchema>;
export type AsheEstimates = z.output<typeof asheEstimatesSchema>;
export type AsheGroup = z.output<typeof asheGroupSchema>;
export type AsheFile = z.output<typeof asheFileSchema>;
export type AsheFileInput = z.input<typeof asheFileSchema>;
export type AsheQuality = (typeof asheQualityBands)[number];

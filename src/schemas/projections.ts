import { z } from 'zod';
import { expected } from './common.ts';
import { dataSourceIdSchema, socCodeSchema } from './oews.ts';
import { topCodedWageSchema } from './wage.ts';

/** BLS Employment Projections row kinds: aggregates of other rows, or a single detailed occupation. */
export const projectionOccupationTypes = ['Summary', 'Line item'] as const;

const thousands = z.number(expected('a number (thousands)'));
const pct = z.number(expected('a number (percent)'));
const words = z.string(expected('text')).min(1, expected('non-empty text'));

/**
 * One occupation's 2024–34 projection and characteristics; null where BLS prints "—".
 * The employment and change figures are what a projection row is, so they are never null.
 */
export const projectedOccupationSchema = z
  .object({
    // 2018 SOC code, e.g. "15-1252".
    soc: socCodeSchema,
    // Occupation title as BLS EP writes it (sentence case, unlike OEWS).
    title: words,
    // Summary (an aggregate of other rows) or Line item (one occupation).
    occupationType: z.enum(projectionOccupationTypes, expected(`one of ${projectionOccupationTypes.join(', ')}`)),
    // Employment in the base year 2024, in thousands of jobs (includes the self-employed, unlike OEWS).
    employment2024Thousands: thousands,
    // Projected employment in the target year 2034, in thousands of jobs.
    employment2034Thousands: thousands,
    // Projected change in employment 2024–34, in thousands of jobs (negative for decline).
    changeThousands: thousands,
    // Projected change in employment 2024–34, in percent (negative for decline).
    changePct: pct,
    // Share of 2024 employment that is self-employed, in percent.
    selfEmployedPct: pct.nullable(),
    // Average annual job openings 2024–34 (growth plus separations), in thousands.
    openingsPerYearThousands: thousands.nullable(),
    // Median annual wage in May 2024, US dollars per year (the OEWS May 2024 median); { atLeast } where BLS prints ">=$239,200".
    medianAnnualWage2024: z.union([z.number().positive(), topCodedWageSchema], expected('a positive number (dollars) or { "atLeast": amount }')).nullable(),
    // Typical education needed for entry, BLS wording, e.g. "Bachelor's degree".
    typicalEducation: words.nullable(),
    // Work experience in a related occupation typically needed, BLS wording, e.g. "5 years or more".
    workExperience: words.nullable(),
    // Typical on-the-job training needed to attain competency, BLS wording.
    onTheJobTraining: words.nullable(),
    // Average annual share of workers leaving the labour force 2024–34, in percent.
    laborForceExitRatePct: pct.nullable(),
    // Average annual share of workers moving to other occupations 2024–34, in percent.
    occupationalTransferRatePct: pct.nullable(),
    // Labour-force exits plus occupational transfers, in percent per year.
    totalSeparationsRatePct: pct.nullable(),
    // BLS's stated reason the occupation's share of industry employment changes (all industries), when given.
    utilizationFactors: words.nullable(),
  })
  .strict();

export type ProjectedOccupationInput = z.input<typeof projectedOccupationSchema>;
export type ProjectedOccupation = z.output<typeof projectedOccupationSchema>;

/** content/data/projections-2024-34.json: BLS Employment Projections 2024–34, every row of Tables 1.2 and 1.10. */
export const projectionsFileSchema = z
  .object({
    // Id of the Employment Projections release.
    sourceId: dataSourceIdSchema,
    // First year of the projection period.
    baseYear: z.literal(2024, expected('2024')),
    // Last year of the projection period.
    targetYear: z.literal(2034, expected('2034')),
    // Occupations sorted by SOC code.
    occupations: z.array(projectedOccupationSchema),
  })
  .strict();

export type ProjectionsFileInput = z.input<typeof projectionsFileSchema>;
export type ProjectionsFile = z.output<typeof projectionsFileSchema>;

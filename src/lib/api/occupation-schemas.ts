/** The shape of the occupations API, as zod schemas; the endpoints validate against them and publish them as JSON Schema. */
import { z } from 'zod';
import { onetDistributionSchema, onetInterestSchema, onetJobZoneSchema } from '../../schemas/onet.ts';
import { sourceSchema } from './schemas.ts';

const socCode = z
  .string()
  .regex(/^\d{2}-\d{4}$/)
  .meta({ description: '2018 SOC code, e.g. 15-1252.' });
const path = z.string().regex(/^\//).meta({ description: 'Path on this site.' });

/** A wage as BLS publishes it: an amount, a top-coded floor, or "not available". */
export const wageSchema = z
  .union([
    z.object({ amount: z.number().positive() }).strict(),
    z.object({ atLeast: z.number().positive() }).strict().meta({ description: 'BLS top-codes the wage: it is this amount or more.' }),
    z
      .object({ notAvailable: z.literal(true) })
      .strict()
      .meta({ description: 'BLS marks the wage "*" (not available).' }),
  ])
  .meta({ description: 'US dollars, in the unit of the enclosing table (a year or an hour); never converted.' });

const wageRowSchema = z
  .object({
    period: z.string().meta({ description: 'Release, e.g. "May 2025".' }),
    sourceId: z.string(),
    employment: z.int().nonnegative().nullable().meta({ description: 'Wage and salary jobs; null where BLS marks it "**".' }),
    p10: wageSchema,
    p25: wageSchema,
    median: wageSchema,
    p75: wageSchema,
    p90: wageSchema,
    mean: wageSchema,
  })
  .strict();

export const occupationsIndexSchema = z
  .object({
    count: z.int().nonnegative(),
    occupations: z.array(
      z
        .object({
          soc: socCode,
          title: z.string(),
          url: path,
          majorGroup: z.string(),
          latestMedian: z
            .object({ period: z.string(), unit: z.enum(['year', 'hour']), wage: wageSchema })
            .strict()
            .nullable()
            .meta({ description: 'Newest OEWS median with its marker, USD; null where OEWS publishes none.' }),
          growthPct: z.number().nullable().meta({ description: 'Projected employment change 2024–34 in percent (BLS EP); null where EP has none.' }),
          api: path,
        })
        .strict(),
    ),
  })
  .strict();

export const occupationDetailSchema = z
  .object({
    soc: socCode,
    title: z.string(),
    url: path,
    majorGroup: z.string(),
    wages: z
      .object({
        annual: z.array(wageRowSchema).meta({ description: 'USD a year, oldest release first; empty when BLS publishes hourly wages only.' }),
        hourly: z.array(wageRowSchema).meta({ description: 'USD an hour; empty when BLS publishes annual wages only.' }),
        notes: z.array(z.string()),
      })
      .strict(),
    projection: z
      .array(z.object({ label: z.string(), value: z.string() }).strict())
      .nullable()
      .meta({ description: 'BLS Employment Projections 2024–34 facts; null where EP has no line item.' }),
    onet: z.array(
      z
        .object({
          code: z.string(),
          title: z.string(),
          description: z.string(),
          tasks: z.array(z.string()),
          technologies: z.array(z.object({ name: z.string(), hot: z.boolean(), inDemand: z.boolean() }).strict()),
          jobZone: onetJobZoneSchema.nullable(),
          education: onetDistributionSchema.nullable(),
          experience: onetDistributionSchema.nullable(),
          interests: z.array(onetInterestSchema),
          alternateTitles: z.array(z.string()),
          related: z.array(z.object({ code: z.string(), title: z.string(), url: path.optional() }).strict()),
        })
        .strict(),
    ),
    roles: z.array(z.object({ title: z.string(), url: path }).strict()),
    sources: z.array(sourceSchema),
    attributions: z.array(z.string()),
  })
  .strict();

export type OccupationsIndex = z.infer<typeof occupationsIndexSchema>;
export type OccupationDetail = z.infer<typeof occupationDetailSchema>;

/**
 * The shape of the JSON API, as zod schemas: the endpoints validate their output against these at build
 * time, and /api/schema/*.json publishes them as JSON Schema. The .meta() descriptions end up there.
 */
import { z } from 'zod';
import { roleFamilies, seniorityLevels } from '../../schemas/role.ts';
import { skillCategories } from '../../schemas/skill.ts';
import { occupationMatches } from '../../schemas/occupation.ts';
import { projectedOccupationSchema } from '../../schemas/projections.ts';
import { statisticKeys } from '../../schemas/salary.ts';

const currency = z
  .string()
  .regex(/^[A-Z]{3}$/)
  .meta({ description: 'ISO 4217 currency code; amounts are never converted.' });
const socCode = z
  .string()
  .regex(/^\d{2}-\d{4}$/)
  .meta({ description: '2018 SOC code, e.g. 15-1252.' });
const onetCode = z
  .string()
  .regex(/^\d{2}-\d{4}\.\d{2}$/)
  .meta({ description: 'O*NET-SOC code, e.g. 15-1252.00.' });
const path = z.string().regex(/^\//).meta({ description: 'Path on this site.' });

/** A published amount, or a BLS top-coded one that is only known as "this much or more". */
export const amountSchema = z
  .union([z.number().positive(), z.object({ atLeast: z.number().positive() }).strict()])
  .meta({ description: 'An amount, or { atLeast } where the publisher top-codes the value: it is that amount or more.' });

/** Percentiles and mean, each only when published. */
const statsSchema = z
  .object(
    Object.fromEntries(statisticKeys.map((key) => [key, amountSchema.optional()])) as Record<
      (typeof statisticKeys)[number],
      z.ZodOptional<typeof amountSchema>
    >,
  )
  .strict()
  .meta({
    description: 'p10, p25, median, p75, p90 and mean, each present only when the source publishes it. A total pay estimate is none of these: it is `total`.',
  });

/** Which entry of `sources` a figure is cited to. */
const sourceRefSchema = z.object({ id: z.string(), number: z.int().positive().meta({ description: 'Citation number on the page.' }) }).strict();

/** What a headline amount is; a total is the source's total pay estimate, never a median or a mean. */
const headlineKindSchema = z.enum(['median', 'mean', 'total']).meta({
  description:
    'What the amount is: median; mean (an average); or total, what the source calls its total pay estimate (base plus additional pay), which is neither a median nor a mean.',
});

export const headlineSchema = z
  .object({
    amount: z.number().positive(),
    currency,
    region: z.string().meta({ description: 'ISO 3166 country code or area name.' }),
    kind: headlineKindSchema,
    source: z.object({ id: z.string(), label: z.string().meta({ description: 'Publisher and period.' }) }).strict(),
    measures: z.string().optional().meta({ description: 'The official occupation measured, when it stands in for the role.' }),
  })
  .strict()
  .meta({ description: 'The one annual pay figure that stands for the role in lists.' });

const roleLinkSchema = z.object({ slug: z.string(), title: z.string(), summary: z.string(), url: path, headline: headlineSchema.nullable() }).strict();

const occupationSchema = z
  .object({
    soc: socCode,
    onet: onetCode.optional(),
    title: z.string(),
    match: z
      .enum(occupationMatches)
      .meta({ description: 'exact: the role is this occupation; classified: O*NET files the title here; proxy: our editorial stand-in.' }),
    matchLabel: z.string(),
    primary: z.boolean(),
    reason: z.string().optional(),
    wages: z
      .object({
        periods: z.array(z.object({ label: z.string(), employment: z.number().optional(), annual: statsSchema, source: sourceRefSchema }).strict()),
        medianChangePct: z.number().optional(),
      })
      .strict()
      .optional()
      .meta({ description: 'BLS OEWS annual wages in USD for the United States, oldest period first.' }),
    projection: z.object({ data: projectedOccupationSchema, source: sourceRefSchema }).strict().optional(),
    onetProfile: z
      .object({
        code: onetCode,
        title: z.string(),
        jobZone: z.string().nullable(),
        tasks: z.array(z.string()),
        hotTechnologies: z.array(z.object({ name: z.string(), skillId: z.string().optional(), inDemand: z.boolean() }).strict()),
        source: sourceRefSchema,
      })
      .strict()
      .optional(),
  })
  .strict();

export const payRowSchema = z
  .object({
    id: z.string().meta({ description: 'Id of the row in the page pay table.' }),
    source: sourceRefSchema,
    publisher: z.string(),
    measures: z.string().optional(),
    region: z.string(),
    regionName: z.string(),
    currency,
    period: z.enum(['year', 'hour']),
    basis: z.string(),
    headlineKind: headlineKindSchema,
    headline: amountSchema.optional().meta({
      description: 'The figure the source leads with, of the kind headlineKind names: with total it is the total pay estimate, also given as `total`.',
    }),
    stats: statsSchema,
    total: z.number().optional().meta({ description: 'Total pay estimate (base plus additional), when the source publishes one.' }),
    base: z.number().optional(),
    additional: z.number().optional(),
    range: z.object({ low: z.number(), high: z.number(), label: z.string().optional() }).strict().optional(),
    asOf: z.string(),
    asOfStated: z.boolean(),
    percentileNotes: z.partialRecord(z.enum(statisticKeys), z.string()),
    assumption: z.string().optional().meta({ description: 'Our reading of something the source does not state.' }),
    note: z.string().optional(),
    government: z.boolean(),
  })
  .strict();

const outlookSchema = z
  .object({
    source: sourceRefSchema,
    region: z.string(),
    growthPct: z.number(),
    span: z.string(),
    openings: z.string().optional(),
    measures: z.string().optional(),
    note: z.string().optional(),
  })
  .strict();

export const sourceSchema = z
  .object({
    number: z.int().positive(),
    id: z.string(),
    publisher: z.string(),
    title: z.string(),
    url: z.url(),
    urlVerified: z.boolean().meta({ description: "False when the address was built from the publisher's URL pattern rather than read from the document." }),
    published: z.string().optional(),
    referencePeriod: z.string().optional(),
    retrieved: z.string(),
    licence: z.string(),
    attribution: z.string().optional().meta({ description: 'Credit line the licence requires wherever the figures are reused.' }),
    via: z.string().optional(),
    note: z.string().optional(),
  })
  .strict();

const roleIdentity = {
  slug: z.string(),
  title: z.string(),
  summary: z.string(),
  family: z.enum(roleFamilies),
  seniority: z.enum(seniorityLevels),
  url: path,
  api: path,
};

/** One entry of /api/roles.json. */
export const roleSummarySchema = z
  .object({
    ...roleIdentity,
    codes: z.object({ soc: z.array(socCode), onet: z.array(onetCode) }).strict(),
    headline: headlineSchema.nullable(),
  })
  .strict();

/** /api/roles.json */
export const rolesIndexSchema = z
  .object({ site: z.string(), count: z.int().nonnegative(), roles: z.array(roleSummarySchema) })
  .strict()
  .meta({ title: 'Career Atlas roles', description: 'Every role in the guide with its codes and headline pay.' });

/** /api/roles/<slug>.json */
export const roleDetailSchema = z
  .object({
    ...roleIdentity,
    lastReviewed: z.iso.date(),
    headline: headlineSchema.nullable(),
    payRows: z.array(payRowSchema),
    outlook: z.array(outlookSchema),
    experience: z
      .object({ source: sourceRefSchema, bands: z.array(z.object({ label: z.string(), share: z.number() }).strict()), note: z.string().optional() })
      .strict()
      .nullable(),
    education: z
      .object({
        typicalEntry: z.string(),
        source: sourceRefSchema,
        levels: z.array(z.object({ level: z.string(), share: z.number().optional(), source: sourceRefSchema }).strict()),
        fields: z.array(z.string()),
      })
      .strict(),
    responsibilities: z.array(z.string()),
    qualifications: z.array(z.string()),
    skills: z.array(
      z
        .object({
          category: z.enum(skillCategories),
          skills: z.array(
            z
              .object({
                id: z.string(),
                name: z.string(),
                hotIn: z.array(onetCode).meta({ description: 'O*NET occupations of this role that list the skill as a hot technology.' }),
              })
              .strict(),
          ),
        })
        .strict(),
    ),
    occupations: z.array(occupationSchema),
    related: z.array(roleLinkSchema),
    progression: z.object({ from: z.array(roleLinkSchema), to: z.array(roleLinkSchema) }).strict(),
    sources: z.array(sourceSchema),
    attributions: z.array(z.string()),
  })
  .strict()
  .meta({ title: 'Career Atlas role', description: 'Everything the guide shows about one role, each figure with its source.' });

export type RoleSummary = z.output<typeof roleSummarySchema>;
export type RolesIndex = z.output<typeof rolesIndexSchema>;
export type RoleDetail = z.output<typeof roleDetailSchema>;
export type ApiHeadline = z.output<typeof headlineSchema>;

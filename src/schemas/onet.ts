import { z } from 'zod';
import { expected } from './common.ts';
import { dataSourceIdSchema } from './oews.ts';

/** An O*NET-SOC code such as "15-1252.00". */
export const onetCodeSchema = z.string(expected('an O*NET-SOC code')).regex(/^\d{2}-\d{4}\.\d{2}$/, expected('an O*NET-SOC code such as 15-1252.00'));

/** A month as YYYY-MM; O*NET writes these as MM/YYYY. */
export const onetMonthSchema = z.string(expected('a month')).regex(/^\d{4}-(0[1-9]|1[0-2])$/, expected('a month as YYYY-MM'));

/** O*NET's task types; null marks analyst-written tasks that workers have not rated yet. */
export const onetTaskCategories = ['Core', 'Supplemental'] as const;

/** How closely O*NET rates a related occupation. */
export const onetRelatednessTiers = ['Primary-Short', 'Primary-Long', 'Supplemental'] as const;

const words = z.string(expected('text')).min(1, expected('non-empty text'));

/** The O*NET Job Zone: how much preparation the occupation needs, with O*NET's own wording. */
export const onetJobZoneSchema = z
  .object({
    // Job Zone number, 1 (little preparation) to 5 (extensive preparation).
    number: z.int(expected('a Job Zone number')).min(1, expected('1 to 5')).max(5, expected('1 to 5')),
    // Job Zone name, e.g. "Job Zone Four: Considerable Preparation Needed".
    name: words,
    // What prior work experience the zone usually needs.
    experience: words,
    // What education the zone usually needs.
    education: words,
    // What training the zone usually involves.
    jobTraining: words,
    // Example occupations and duties in the zone.
    examples: words,
    // Specific Vocational Preparation range, e.g. "(7.0 to < 8.0)".
    svpRange: words,
  })
  .strict();

export type OnetJobZoneInput = z.input<typeof onetJobZoneSchema>;
export type OnetJobZone = z.output<typeof onetJobZoneSchema>;

/** One task statement. */
export const onetTaskSchema = z
  .object({
    // O*NET task id.
    id: z.int(expected('a task id')).positive(expected('a task id')),
    // The task statement.
    text: words,
    // Core or Supplemental task; null where O*NET has not rated it.
    category: z.enum(onetTaskCategories, expected('Core, Supplemental or null')).nullable(),
  })
  .strict();

export type OnetTaskInput = z.input<typeof onetTaskSchema>;

/** One technology used in the occupation. */
export const onetTechnologySkillSchema = z
  .object({
    // Product or technology name, e.g. "Docker".
    name: words,
    // UNSPSC commodity code of its category, 8 digits.
    commodityCode: z
      .int(expected('an 8-digit commodity code'))
      .min(10_000_000, expected('an 8-digit commodity code'))
      .max(99_999_999, expected('an 8-digit commodity code')),
    // UNSPSC commodity title, e.g. "Application server software".
    commodityTitle: words,
    // O*NET "Hot Technology": frequently named in employer job postings.
    hot: z.boolean(expected('true or false')),
    // O*NET "In Demand": among the technologies employers of this occupation ask for most.
    inDemand: z.boolean(expected('true or false')),
  })
  .strict();

export type OnetTechnologySkillInput = z.input<typeof onetTechnologySkillSchema>;

/** One category of a respondent distribution. */
export const onetDistributionLevelSchema = z
  .object({
    // O*NET category number, ascending from the lowest level.
    category: z.int(expected('a category number')).positive(expected('a category number')),
    // O*NET's label for the category.
    label: words,
    // Share of respondents choosing this category, in percent.
    percent: z.number(expected('a percentage')).min(0, expected('a percentage')).max(100, expected('a percentage')),
    // O*NET "Recommend Suppress" = Y: the estimate is too imprecise to rely on, so pages say so beside it.
    lowPrecision: z.boolean(expected('true or false')),
  })
  .strict();

/** A distribution of respondents' answers (education or experience) for one occupation. */
export const onetDistributionSchema = z
  .object({
    // Number of respondents.
    n: z.int(expected('a respondent count')).positive(expected('a respondent count')),
    // Month the data were collected, YYYY-MM.
    date: onetMonthSchema,
    // Categories in ascending order.
    levels: z.array(onetDistributionLevelSchema).min(1, expected('at least one level')),
  })
  .strict()
  .refine((distribution) => Math.abs(distribution.levels.reduce((sum, level) => sum + level.percent, 0) - 100) <= 0.5, {
    message: 'expected the level percentages to add up to 100',
    path: ['levels'],
  });

export type OnetDistributionInput = z.input<typeof onetDistributionSchema>;
export type OnetDistribution = z.output<typeof onetDistributionSchema>;

/** An occupation O*NET lists as related. */
export const onetRelatedOccupationSchema = z
  .object({
    // O*NET-SOC code of the related occupation.
    code: onetCodeSchema,
    // Its O*NET title.
    title: words,
    // How closely O*NET relates it.
    tier: z.enum(onetRelatednessTiers, expected(`one of ${onetRelatednessTiers.join(', ')}`)),
    // O*NET's rank, 1 = most related.
    index: z.int(expected('a rank')).positive(expected('a rank')),
  })
  .strict();

/** The six RIASEC interest areas, in O*NET's order (Holland codes R, I, A, S, E, C). */
export const onetInterestAreas = ['Realistic', 'Investigative', 'Artistic', 'Social', 'Enterprising', 'Conventional'] as const;

/** One RIASEC interest score. */
export const onetInterestSchema = z
  .object({
    // Interest area, e.g. "Investigative".
    area: z.enum(onetInterestAreas, expected(`one of ${onetInterestAreas.join(', ')}`)),
    // O*NET Occupational Interest score (scale OI), 1 (low) to 7 (high).
    score: z.number(expected('a score')).min(1, expected('a score from 1 to 7')).max(7, expected('a score from 1 to 7')),
  })
  .strict();

export type OnetInterest = z.output<typeof onetInterestSchema>;

/** One alternate job title O*NET files under the code. */
export const onetAlternateTitleSchema = z
  .object({
    // The title, e.g. "Registered Nurse (RN)".
    title: words,
    // O*NET's short form where it gives one, e.g. "RN".
    shortTitle: words.nullable(),
    // Where O*NET found the title, two-digit source codes such as "10" (employer job postings).
    sources: z.array(z.string(expected('a source code')).regex(/^\d{2}$/, expected('a two-digit source code such as 10'))),
  })
  .strict();

/** content/data/onet/<code>.json: everything the site shows from one O*NET-SOC occupation. */
export const onetProfileSchema = z
  .object({
    // Id of the O*NET release, e.g. "onet-29.3".
    sourceId: dataSourceIdSchema,
    // O*NET-SOC code, e.g. "15-1252.00".
    code: onetCodeSchema,
    // O*NET occupation title.
    title: words,
    // O*NET's description of the occupation.
    description: words,
    // CC BY 4.0 credit line required on every page that shows this content.
    attribution: words,
    // Statement that we modified the data, required with the attribution.
    modificationNotice: words,
    // Preparation needed, or null where O*NET rates no Job Zone (residual "All Other" and military codes).
    jobZone: onetJobZoneSchema.nullable(),
    // RIASEC interest scores in O*NET's order, or empty where O*NET has none for the code.
    interests: z.array(onetInterestSchema),
    // Task statements in O*NET's order.
    tasks: z.array(onetTaskSchema),
    // Technologies: In Demand first, then Hot Technology, then by commodity title and name.
    technologySkills: z.array(onetTechnologySkillSchema),
    // Required level of education, or null where O*NET has no ratings for the occupation.
    education: onetDistributionSchema.nullable(),
    // Related work experience required, or null where O*NET has no ratings for the occupation.
    experience: onetDistributionSchema.nullable(),
    // Other job titles O*NET files under this code, in O*NET's order.
    alternateTitles: z.array(onetAlternateTitleSchema),
    // Related occupations by rank.
    relatedOccupations: z.array(onetRelatedOccupationSchema),
  })
  .strict();

export type OnetProfileInput = z.input<typeof onetProfileSchema>;
export type OnetProfile = z.output<typeof onetProfileSchema>;

import { z } from 'zod';
import { expected } from './common.ts';
import { dataSourceIdSchema } from './oews.ts';

/** An O*NET-SOC code such as "15-1252.00". */
export const onetCodeSchema = z
  .string(expected('an O*NET-SOC code'))
  .regex(/^\d{2}-\d{4}\.\d{2}$/, expected('an O*NET-SOC code such as 15-1252.00'));

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

/** One technology used in the occupation. */
export const onetTechnologySkillSchema = z
  .object({
    // Product or technology name, e.g. "Docker".
    name: words,
    // UNSPSC commodity code of its category, 8 digits.
    commodityCode: z.int(expected('an 8-digit commodity code')).min(10_000_000, expected('an 8-digit commodity code')).max(99_999_999, expected('an 8-digit commodity code')),
    // UNSPSC commodity title, e.g. "Application server software".
    commodityTitle: words,
    // O*NET "Hot Technology": frequently named in employer job postings.
    hot: z.boolean(expected('true or false')),
    // O*NET "In Demand": among the technologies employers of this occupation ask for most.
    inDemand: z.boolean(expected('true or false')),
  })
  .strict();

/** One category of a respondent distribution. */
export const onetDistributionLevelSchema = z
  .object({
    // O*NET category number, ascending from the lowest level.
    category: z.int(expected('a category number')).positive(expected('a category number')),
    // O*NET's label for the category.
    label: words,
    // Share of respondents choosing this category, in percent.
    percent: z.number(expected('a percentage')).min(0, expected('a percentage')).max(100, expected('a percentage')),
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

/** content/data/onet/<code>.json: what a role page can show from one O*NET occupation profile. */
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
    // Preparation needed.
    jobZone: onetJobZoneSchema,
    // Task statements in O*NET's order.
    tasks: z.array(onetTaskSchema),
    // Technologies: In Demand first, then Hot Technology, then by commodity title and name.
    technologySkills: z.array(onetTechnologySkillSchema),
    // Required level of education, or null where O*NET has no ratings for the occupation.
    education: onetDistributionSchema.nullable(),
    // Related work experience required, or null where O*NET has no ratings for the occupation.
    experience: onetDistributionSchema.nullable(),
    // Other job titles O*NET files under this code.
    alternateTitles: z.array(words),
    // Related occupations by rank.
    relatedOccupations: z.array(onetRelatedOccupationSchema),
  })
  .strict();

/** One site role matched to one O*NET alternate title, or a row saying no title matched. */
export const onetTitleMatchSchema = z
  .object({
    // Role name as the site uses it, e.g. "Back End Developer".
    siteRole: words,
    // O*NET alternate title that matches the role, or null when none does.
    onetTitle: words.nullable(),
    // O*NET-SOC code the title is filed under, or null when none matched.
    code: onetCodeSchema.nullable(),
    // O*NET title of that occupation, or null when none matched.
    onetOccupation: words.nullable(),
    // O*NET alternate-title source codes, e.g. "10" = Employer Job Postings (key in onet/index.json).
    titleSources: z.array(z.string(expected('a source code')).regex(/^\d{2}$/, expected('a two-digit source code such as 10'))),
    // Why a role has no match, or other remarks.
    note: words.nullable(),
  })
  .strict()
  .superRefine((match, context) => {
    const matched = [match.onetTitle, match.code, match.onetOccupation].filter((value) => value !== null).length;
    if (matched !== 0 && matched !== 3) {
      context.addIssue({ code: 'custom', path: ['code'], message: 'expected onetTitle, code and onetOccupation to be all set or all null' });
    }
    if (matched === 3 && match.titleSources.length === 0) {
      context.addIssue({ code: 'custom', path: ['titleSources'], message: 'expected at least one source code for a matched title' });
    }
    if (matched === 0 && (match.note === null || match.titleSources.length > 0)) {
      context.addIssue({ code: 'custom', path: ['note'], message: 'expected a note and no source codes for a role without a match' });
    }
  });

/** content/data/onet-title-matches.json: site roles against O*NET alternate titles, in the source's order. */
export const onetTitleMatchesFileSchema = z.array(onetTitleMatchSchema);

export type OnetTechnologySkillInput = z.input<typeof onetTechnologySkillSchema>;
export type OnetDistributionInput = z.input<typeof onetDistributionSchema>;
export type OnetProfileInput = z.input<typeof onetProfileSchema>;
export type OnetProfile = z.output<typeof onetProfileSchema>;
export type OnetTitleMatchesFileInput = z.input<typeof onetTitleMatchesFileSchema>;
export type OnetTitleMatchesFile = z.output<typeof onetTitleMatchesFileSchema>;

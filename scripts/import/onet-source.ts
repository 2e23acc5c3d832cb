import { z } from 'zod';
import { onetRelatednessTiers, onetTaskCategories } from '../../src/schemas/onet.ts';

// Only the fields the importer reads; the rest of each profile (counts, notes, training ratings) is left behind.

const distribution = z.object({
  n: z.number(),
  date: z.string(),
  categories: z.array(z.object({ category: z.number(), description: z.string(), percent: z.number() })),
});

/** One onet/<code>.json as extracted from the O*NET 29.3 Excel files (see PROVENANCE.md). */
export const onetSourceProfileSchema = z.object({
  onet_soc_code: z.string(),
  title: z.string(),
  description: z.string(),
  onet_version: z.string(),
  attribution: z.string(),
  modification_notice: z.string(),
  job_zone: z.object({
    value: z.number(),
    name: z.string(),
    experience: z.string(),
    education: z.string(),
    job_training: z.string(),
    examples: z.string(),
    svp_range: z.string(),
  }),
  tasks: z.array(z.object({ task_id: z.number(), task: z.string(), category: z.enum(onetTaskCategories).nullable() })),
  technology_skills: z.array(
    z.object({ example: z.string(), commodity_code: z.number(), commodity_title: z.string(), hot_technology: z.boolean(), in_demand: z.boolean() }),
  ),
  education_training_experience: z.object({ required_level_of_education: distribution, related_work_experience: distribution }).nullable(),
  alternate_titles: z.array(z.object({ title: z.string() })),
  related_occupations: z.array(z.object({ onet_soc_code: z.string(), title: z.string(), relatedness_tier: z.enum(onetRelatednessTiers), index: z.number() })),
});

/** onet/index.json: the release and the profile files in it. */
export const onetSourceIndexSchema = z.object({
  onet_version: z.string(),
  occupations: z.array(z.object({ onet_soc_code: z.string(), file: z.string() })),
});

export type OnetSourceProfile = z.output<typeof onetSourceProfileSchema>;
export type OnetSourceDistribution = z.output<typeof distribution>;

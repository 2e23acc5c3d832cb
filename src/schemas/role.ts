import { z } from 'zod';
import { expected, pastDate, slug, text } from './common.ts';
import { educationSchema } from './education.ts';
import { experienceSchema } from './experience.ts';
import { occupationSchema } from './occupation.ts';
import { outlookSchema } from './outlook.ts';
import { salaryFigureSchema } from './salary.ts';
import { ukOccupationSchema } from './uk-occupation.ts';
import { roleSkillsSchema } from './skill.ts';

import { roleFamilies, seniorityLevels } from './role-taxonomy.ts';

export { roleFamilies, seniorityLevels };

/** Frontmatter of one role file, content/roles/<slug>.mdx; the slug comes from the file name. */
export const roleSchema = z
  .object({
    // Job title as readers search for it.
    title: text,
    // Other titles for the same job (synonyms readers search for); one page per job, never two.
    aliases: z.array(text).default([]),
    // One sentence on what the job is, shown under the title and in search results.
    summary: text.max(200, expected('a summary of at most 200 characters')),
    // Group of related jobs the role belongs to.
    family: z.enum(roleFamilies, expected(`one of ${roleFamilies.join(', ')}`)),
    // Usual level of the role.
    seniority: z.enum(seniorityLevels, expected(`one of ${seniorityLevels.join(', ')}`)),
    // US official occupations (SOC 2018, O*NET-SOC) behind the BLS figures, with how well each matches.
    occupations: z.array(occupationSchema).default([]),
    // UK SOC 2020 unit groups behind the ONS ASHE figures, with how well each matches.
    ukOccupations: z.array(ukOccupationSchema).default([]),
    // Slugs of neighbouring roles a reader may compare.
    related: z.array(slug).default([]),
    // Career progression: slugs of roles people move from, and to.
    progression: z
      .object({
        // Roles that commonly lead to this one.
        from: z.array(slug).default([]),
        // Roles this one commonly leads to.
        to: z.array(slug).default([]),
      })
      .strict()
      .default({ from: [], to: [] }),
    // Pay figures from salary sites and reports, one entry per source, region and period (government figures come from the import).
    salaries: z.array(salaryFigureSchema).default([]),
    // Years-of-experience distribution, when a source gives one.
    experience: experienceSchema.optional(),
    // Employment projections.
    outlook: z.array(outlookSchema).default([]),
    // Schooling employers ask for.
    education: educationSchema,
    // Skills, by category, as ids into the skills registry.
    skills: roleSkillsSchema,
    // What the job involves day to day, in our words.
    responsibilities: z.array(text).min(1, expected('at least one responsibility')),
    // What employers ask for, in our words.
    qualifications: z.array(text).min(1, expected('at least one qualification')),
    // Day an editor last checked every figure against its source.
    lastReviewed: pastDate,
  })
  .strict();

export type RoleInput = z.input<typeof roleSchema>;
export type RoleData = z.output<typeof roleSchema>;

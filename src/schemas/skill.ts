import { z } from 'zod';
import { expected, slug, text } from './common.ts';

/** The groups a role's skills are shown in. */
export const skillCategories = ['languages', 'frameworks', 'databases', 'tools', 'practices'] as const;
export const skillCategory = z.enum(skillCategories, expected(`one of ${skillCategories.join(', ')}`));

/** One skill, with one id across every role that needs it. */
export const skillSchema = z
  .object({
    // Stable id that role files reference, e.g. "postgresql".
    id: slug,
    // Name shown to readers.
    name: text,
    // Group the skill is listed under.
    category: skillCategory,
    // Other names readers search for, e.g. "Postgres".
    aliases: z.array(text).default([]),
    // O*NET 29.3 technology names this skill covers where they differ from the name, e.g. "Oracle Java".
    onet: z.array(text).default([]),
  })
  .strict();

/** The skills registry: every skill, in one file. */
export const skillsFileSchema = z.array(skillSchema, expected('a list of skills'));

/** A role's skills: ids into the registry, grouped by category. */
export const roleSkillsSchema = z
  .object({
    // Programming and markup languages.
    languages: z.array(slug).default([]),
    // Frameworks and libraries.
    frameworks: z.array(slug).default([]),
    // Databases and data stores.
    databases: z.array(slug).default([]),
    // Tools and platforms.
    tools: z.array(slug).default([]),
    // Practices and methods.
    practices: z.array(slug).default([]),
  })
  .strict();

export type Skill = z.output<typeof skillSchema>;

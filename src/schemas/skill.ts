import { z } from 'zod';
import { expected, slug, text } from './common.ts';
import { firstIndexById, withRules } from './rules.ts';

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

/** Names compared for clashes: case, surrounding and repeated spaces ignored. */
function nameKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** The skills registry: every skill, in one file. */
export const skillsFileSchema = withRules(
  z.array(skillSchema, expected('a list of skills')).superRefine((skills, context) => {
    firstIndexById(skills, 'skill', context);
    // Aliases send readers' searches to one skill, so each may belong to one skill only.
    const names = new Map(skills.map((skill) => [nameKey(skill.name), skill.id]));
    const owners = new Map<string, string>();
    skills.forEach((skill, index) => {
      skill.aliases.forEach((alias, aliasIndex) => {
        const key = nameKey(alias);
        const owner = owners.get(key);
        const named = names.get(key);
        const path = [index, 'aliases', aliasIndex];
        if (owner !== undefined && owner !== skill.id) {
          context.addIssue({
            code: 'custom',
            path,
            message: `expected an alias no other skill uses, got ${JSON.stringify(alias)}, already an alias of "${owner}"`,
          });
        } else if (named !== undefined && named !== skill.id) {
          context.addIssue({ code: 'custom', path, message: `expected an alias no other skill uses, got ${JSON.stringify(alias)}, the name of "${named}"` });
        }
        if (owner === undefined) owners.set(key, skill.id);
      });
    });
  }),
  'every `id` is used by one skill only',
  "an alias belongs to one skill only and is no other skill's name (case and spacing ignored)",
);

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

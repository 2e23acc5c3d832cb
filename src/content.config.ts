import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { roleSchema } from './schemas/role.ts';
import { skillSchema } from './schemas/skill.ts';
import { sourceSchema } from './schemas/source.ts';

// Files starting with "_" (the editors' template) are not roles.
const roles = defineCollection({
  loader: glob({ pattern: '[!_]*.mdx', base: './content/roles' }),
  schema: roleSchema,
});

const sources = defineCollection({
  loader: file('content/sources.yaml'),
  schema: sourceSchema,
});

const skills = defineCollection({
  loader: file('content/skills.yaml'),
  schema: skillSchema,
});

export const collections = { roles, sources, skills };

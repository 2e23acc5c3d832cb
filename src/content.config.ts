import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { contentPaths } from './content-paths.ts';
import { roleSchema } from './schemas/role.ts';
import { skillSchema } from './schemas/skill.ts';
import { sourceSchema } from './schemas/source.ts';

// Files starting with "_" (the editors' template) are not roles.
const roles = defineCollection({
  loader: glob({ pattern: contentPaths.rolePattern, base: `./${contentPaths.roles}` }),
  schema: roleSchema,
});

const sources = defineCollection({
  loader: file(contentPaths.sources),
  schema: sourceSchema,
});

const skills = defineCollection({
  loader: file(contentPaths.skills),
  schema: skillSchema,
});

export const collections = { roles, sources, skills };

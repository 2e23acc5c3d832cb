/** A real catalogue (sources, skills, government data) with one fixture role, parsed through the real schemas. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { createCatalog, type RoleEntry } from '../../../src/lib/catalog.ts';
import { loadOpenData } from '../../../src/lib/open-data.ts';
import { buildRolePage, type RolePage } from '../../../src/lib/role-page.ts';
import { roleSchema, type RoleInput } from '../../../src/schemas/role.ts';
import { skillsFileSchema } from '../../../src/schemas/skill.ts';
import { sourcesFileSchema } from '../../../src/schemas/source.ts';

const root = new URL('../../../', import.meta.url);
const readYaml = (path: string): unknown => parse(readFileSync(new URL(path, root), 'utf8'), { customTags: ['timestamp'] });

export const sources = sourcesFileSchema.parse(readYaml('content/sources.yaml'));
export const skills = skillsFileSchema.parse(readYaml('content/skills.yaml'));
export const openData = loadOpenData(new URL('content/data', root).pathname);

/** The schema fixture role (Test Analyst), changed by `edit` before it is parsed. */
export function fixtureRoleInput(): RoleInput {
  return readYaml('tests/unit/schemas/fixtures/valid-role.yaml') as RoleInput;
}

/** A role page built the way the site builds it. */
export function rolePage(input: RoleInput = fixtureRoleInput(), slug = 'test-analyst'): RolePage {
  const entry: RoleEntry = { slug, data: roleSchema.parse(input) };
  return buildRolePage(createCatalog([entry], sources, skills, openData), entry);
}

import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { generateRoles, titleFor } from '../../bench/generate.ts';
import { createCatalog } from '../../src/lib/catalog.ts';
import { loadOpenData } from '../../src/lib/open-data.ts';
import { buildRolePage } from '../../src/lib/role-page.ts';
import { roleSchema } from '../../src/schemas/role.ts';
import { skillsFileSchema } from '../../src/schemas/skill.ts';
import { sourcesFileSchema } from '../../src/schemas/source.ts';

const root = new URL('../../', import.meta.url);
const readYaml = (text: string): unknown => parse(text, { customTags: ['timestamp'] });
const sources = sourcesFileSchema.parse(readYaml(readFileSync(new URL('content/sources.yaml', root), 'utf8')));
const skills = skillsFileSchema.parse(readYaml(readFileSync(new URL('content/skills.yaml', root), 'utf8')));
const data = loadOpenData(new URL('content/data', root).pathname);
const template = readFileSync(new URL('content/roles/back-end-developer.mdx', root), 'utf8');

describe('bench generator', () => {
  const roles = generateRoles(250);

  it('writes schema-valid roles whose references all resolve', () => {
    const entries = roles.map((role) => ({ slug: role.slug, data: roleSchema.parse(readYaml(role.frontmatter)) }));
    const catalog = createCatalog(entries, sources, skills, data);
    expect(catalog.roles).toHaveLength(250);
    const page = buildRolePage(catalog, catalog.roles[0]!);
    expect(page.related).toHaveLength(5);
    expect(page.headline?.currency).toBe('USD');
    expect(page.occupations.every((view) => view.trend && view.projection && view.onet)).toBe(true);
  });

  it('gives every role a unique slug and title', () => {
    expect(new Set(roles.map((role) => role.slug)).size).toBe(250);
    expect(new Set(roles.map((role) => role.title)).size).toBe(250);
    // Past 5,000 the generator starts numbering; slugs must stay unique there too.
    const titles = Array.from({ length: 5001 }, (_, index) => titleFor(index));
    expect(new Set(titles.map((title) => title.toLowerCase())).size).toBe(5001);
  });

  it('keeps the shape and size of the Back End Developer file', () => {
    const [frontmatter = '', body = ''] = template.split(/^---$/m).slice(1);
    for (const role of roles.slice(0, 20)) {
      expect(Object.keys(readYaml(role.frontmatter) as object)).toEqual(Object.keys(readYaml(frontmatter) as object));
      expect(role.body.length / body.length).toBeGreaterThan(0.95);
      expect(role.body.length / body.length).toBeLessThan(1.15);
    }
  });

  it('is deterministic', () => {
    expect(generateRoles(12).map((role) => role.frontmatter + role.body)).toEqual(generateRoles(12).map((role) => role.frontmatter + role.body));
  });
});

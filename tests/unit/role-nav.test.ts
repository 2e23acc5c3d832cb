import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { generateRoles } from '../../bench/generate.ts';
import { createCatalog, type Catalog } from '../../src/lib/catalog.ts';
import { comparedWith, comparisonPairs } from '../../src/lib/compare.ts';
import { loadOpenData } from '../../src/lib/open-data.ts';
import { progressionEdges } from '../../src/lib/career-paths.ts';
import { buildRoleNav } from '../../src/lib/role-nav.ts';
import { bySeniorityThenTitle } from '../../src/lib/taxonomy.ts';
import { roleSchema } from '../../src/schemas/role.ts';
import { skillsFileSchema } from '../../src/schemas/skill.ts';
import { sourcesFileSchema } from '../../src/schemas/source.ts';

const root = new URL('../../', import.meta.url);
const readYaml = (text: string): unknown => parse(text, { customTags: ['timestamp'] });
const sources = sourcesFileSchema.parse(readYaml(readFileSync(new URL('content/sources.yaml', root), 'utf8')));
const skills = skillsFileSchema.parse(readYaml(readFileSync(new URL('content/skills.yaml', root), 'utf8')));
const data = loadOpenData(new URL('content/data', root).pathname);

/** The navigation worked out the plain way, scanning every role and edge for each page. */
function plainNav(catalog: Catalog, slug: string, pairs: [string, string][]) {
  const entry = catalog.rolesBySlug.get(slug)!;
  const family = catalog.roles.filter((other) => other.data.family === entry.data.family).sort((a, b) => bySeniorityThenTitle(a.data, b.data));
  const index = family.findIndex((other) => other.slug === slug);
  const edges = progressionEdges(catalog.roles);
  const compared = comparedWith(slug, pairs);
  return {
    previous: family[index - 1]?.slug,
    next: family[index + 1]?.slug,
    listed: compared.filter((other) => entry.data.related.includes(other)),
    elsewhere: compared.filter((other) => !entry.data.related.includes(other)),
    from: edges.filter((edge) => edge.to === slug).map((edge) => edge.from),
    to: edges.filter((edge) => edge.from === slug).map((edge) => edge.to),
  };
}

describe('role navigation on a large catalogue', () => {
  it('matches the plain per-page scan for every role', () => {
    const roles = generateRoles(120).map((role) => ({ slug: role.slug, data: roleSchema.parse(readYaml(role.frontmatter)) }));
    const catalog = createCatalog(roles, sources, skills, data);
    const pairs = comparisonPairs(catalog.roles);
    for (const { slug } of catalog.roles) {
      const nav = buildRoleNav(catalog, slug, pairs);
      expect({
        previous: nav.family.previous?.slug,
        next: nav.family.next?.slug,
        listed: nav.comparisons.listed.map((role) => role.slug),
        elsewhere: nav.comparisons.elsewhere.map((role) => role.slug),
        from: nav.path.from.map((step) => step.slug),
        to: nav.path.to.map((step) => step.slug),
      }, slug).toEqual(plainNav(catalog, slug, pairs));
    }
  });
});

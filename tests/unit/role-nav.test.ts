import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/lib/catalog.ts';
import { comparedWith, comparisonPairs } from '../../src/lib/compare.ts';
import { progressionEdges } from '../../src/lib/career-paths.ts';
import { buildRoleNav } from '../../src/lib/role-nav.ts';
import { bySeniorityThenTitle } from '../../src/lib/taxonomy.ts';
import { generatedCatalog } from './fixtures/generated-catalog.ts';

/** The navigation worked out the plain way, scanning every role and edge for each page. */
function plainNav(catalog: Catalog, slug: string, pairs: [string, string][]) {
  const entry = catalog.rolesBySlug.get(slug)!;
  const family = catalog.roles.filter((other) => other.data.family === entry.data.family).sort((a, b) => bySeniorityThenTitle(a.data, b.data));
  const index = family.findIndex((other) => other.slug === slug);
  const edges = progressionEdges(catalog.roles);
  return {
    previous: family[index - 1]?.slug,
    next: family[index + 1]?.slug,
    comparisons: comparedWith(slug, pairs),
    from: edges.filter((edge) => edge.to === slug).map((edge) => edge.from),
    to: edges.filter((edge) => edge.from === slug).map((edge) => edge.to),
  };
}

describe('role navigation on a large catalogue', () => {
  it('matches the plain per-page scan for every role', () => {
    const catalog = generatedCatalog(120);
    const pairs = comparisonPairs(catalog);
    for (const { slug } of catalog.roles) {
      const nav = buildRoleNav(catalog, slug, pairs);
      expect(
        {
          previous: nav.family.previous?.slug,
          next: nav.family.next?.slug,
          comparisons: nav.comparisons.map((role) => role.slug),
          from: nav.path.from.map((step) => step.slug),
          to: nav.path.to.map((step) => step.slug),
        },
        slug,
      ).toEqual(plainNav(catalog, slug, pairs));
    }
  });
});

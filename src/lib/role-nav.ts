import type { Catalog, RoleEntry } from './catalog.ts';
import { progressionEdges, type ProgressionEdge } from './career-paths.ts';
import { payChange, type PayChange } from './path-pay.ts';
import { bySeniorityThenTitle, familyLabel } from './taxonomy.ts';

export interface RoleRef {
  slug: string;
  title: string;
}

/** A move into or out of a role, with what it does to pay. */
export interface PathStep extends RoleRef {
  change: PayChange;
}

/** The ways out of a role page: its family neighbours, comparisons and career moves. */
export interface RoleNav {
  family: { id: string; label: string; previous?: RoleRef; next?: RoleRef };
  comparisons: RoleRef[];
  path: { from: PathStep[]; to: PathStep[] };
}

function ref(catalog: Catalog, slug: string): RoleRef {
  const entry = catalog.rolesBySlug.get(slug);
  if (!entry) throw new Error(`Unknown role "${slug}"`);
  return { slug, title: entry.data.title };
}

/** Lookups shared by every role page of a build, so each page costs what its own links cost, not a pass over all roles. */
interface NavIndex {
  // Each family's roles in page order, and each role's place in its family.
  families: Map<string, RoleEntry[]>;
  positions: Map<string, number>;
  edgesInto: Map<string, ProgressionEdge[]>;
  edgesOutOf: Map<string, ProgressionEdge[]>;
}

const navIndexes = new WeakMap<Catalog, NavIndex>();
const comparisonIndexes = new WeakMap<readonly [string, string][], Map<string, string[]>>();

function push<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function navIndex(catalog: Catalog): NavIndex {
  let index = navIndexes.get(catalog);
  if (index) return index;
  const families = new Map<string, RoleEntry[]>();
  for (const role of catalog.roles) push(families, role.data.family, role);
  const positions = new Map<string, number>();
  for (const roles of families.values()) {
    roles.sort((a, b) => bySeniorityThenTitle(a.data, b.data));
    roles.forEach((role, position) => positions.set(role.slug, position));
  }
  // Edges come sorted, so each role's lists keep that order.
  const edgesInto = new Map<string, ProgressionEdge[]>();
  const edgesOutOf = new Map<string, ProgressionEdge[]>();
  for (const edge of progressionEdges(catalog.roles)) {
    push(edgesInto, edge.to, edge);
    push(edgesOutOf, edge.from, edge);
  }
  index = { families, positions, edgesInto, edgesOutOf };
  navIndexes.set(catalog, index);
  return index;
}

/** The roles `slug` has a comparison page with, in the pairs' order (as comparedWith in compare.ts gives them). */
function comparedWithIndexed(slug: string, pairs: readonly [string, string][]): string[] {
  let index = comparisonIndexes.get(pairs);
  if (!index) {
    index = new Map();
    for (const [first, second] of pairs) {
      push(index, first, second);
      push(index, second, first);
    }
    comparisonIndexes.set(pairs, index);
  }
  return index.get(slug) ?? [];
}

/** Navigation for one role page; `pairs` are every comparison page's roles (see comparisonPairs). */
export function buildRoleNav(catalog: Catalog, slug: string, pairs: readonly [string, string][]): RoleNav {
  const entry = catalog.rolesBySlug.get(slug);
  if (!entry) throw new Error(`Unknown role "${slug}"`);
  const { families, positions, edgesInto, edgesOutOf } = navIndex(catalog);
  const family = families.get(entry.data.family) ?? [];
  const index = positions.get(slug) ?? -1;
  const previous = family[index - 1];
  const next = family[index + 1];
  const step = (from: string, to: string, other: string): PathStep => ({ ...ref(catalog, other), change: payChange(catalog, from, to) });
  return {
    family: {
      id: entry.data.family,
      label: familyLabel(entry.data.family),
      ...(previous ? { previous: ref(catalog, previous.slug) } : {}),
      ...(next ? { next: ref(catalog, next.slug) } : {}),
    },
    comparisons: comparedWithIndexed(slug, pairs).map((other) => ref(catalog, other)),
    path: {
      from: (edgesInto.get(slug) ?? []).map((edge) => step(edge.from, slug, edge.from)),
      to: (edgesOutOf.get(slug) ?? []).map((edge) => step(slug, edge.to, edge.to)),
    },
  };
}

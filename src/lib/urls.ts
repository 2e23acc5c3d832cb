/** Every internal URL, built in one place so links cannot drift from routes. */
import { comparisonsElementId, sourceElementId } from './element-ids.ts';
import { site } from '../site.config.ts';

const base = import.meta.env?.BASE_URL ?? '/';

function withBase(path: string): string {
  return `${base.replace(/\/$/, '')}${path}`;
}

export const urls = {
  editRole: (slug: string) => `${site.repository}/edit/${site.branch}/${site.rolesDirectory}/${slug}.mdx`,
  home: () => withBase('/'),
  roles: () => withBase('/roles/'),
  role: (slug: string) => withBase(`/roles/${slug}/`),
  roleSection: (slug: string, section: string) => withBase(`/roles/${slug}/#${section}`),
  sources: () => withBase('/sources/'),
  source: (id: string) => withBase(`/sources/#${sourceElementId(id)}`),
  family: (family: string) => withBase(`/roles/family/${family}/`),
  skills: () => withBase('/skills/'),
  skill: (id: string) => withBase(`/skills/${id}/`),
  compare: () => withBase('/compare/'),
  comparison: (a: string, b: string) => withBase(`/compare/${comparisonSlug(a, b)}/`),
  // One role's comparisons in the list on /compare/.
  comparisonsWith: (slug: string) => withBase(`/compare/#${comparisonsElementId(slug)}`),
  paths: () => withBase('/paths/'),
  search: (query?: string) => withBase(query ? `/search/?q=${encodeURIComponent(query)}` : '/search/'),
  // Written by the pagefind integration after the build; loaded only when a reader shows intent to search.
  pagefindBundle: () => withBase('/pagefind/'),
};

/** One page per unordered pair: slugs in alphabetical order, so a-vs-b and b-vs-a cannot both exist. */
export function comparisonSlug(a: string, b: string): string {
  return [a, b].sort().join('-vs-');
}

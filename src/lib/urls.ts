/** Every internal URL, built in one place so links cannot drift from routes. */
import { sourceElementId } from './element-ids.ts';
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
  paths: () => withBase('/paths/'),
  occupations: () => withBase('/occupations/'),
  occupation: (slug: string) => withBase(`/occupations/${slug}/`),
  occupationGroup: (slug: string) => withBase(`/occupations/group/${slug}/`),
  ukOccupations: () => withBase('/uk-occupations/'),
  ukOccupation: (slug: string) => withBase(`/uk-occupations/${slug}/`),
  // O*NET OnLine's page for an O*NET-SOC code: where quoted O*NET text comes from.
  onetOnline: (code: string) => `https://www.onetonline.org/link/summary/${code}`,
  search: (query?: string) => withBase(query ? `/search/?q=${encodeURIComponent(query)}` : '/search/'),
  // Written by the pagefind integration after the build; loaded only when a reader shows intent to search.
  pagefindBundle: () => withBase('/pagefind/'),
};

/** One page per unordered pair: slugs in alphabetical order, so a-vs-b and b-vs-a cannot both exist. */
export function comparisonSlug(a: string, b: string): string {
  return [a, b].sort().join('-vs-');
}

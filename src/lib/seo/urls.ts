/**
 * URLs of the machine-readable files (JSON API, CSV, JSON Schemas, share images, sitemap), built on the
 * site's base from src/lib/urls.ts so they follow it. Each matches a route under src/pages/.
 */
import { urls } from '../urls.ts';
import { site } from '../../site.config.ts';

const root = () => urls.home();

export const machineUrls = {
  roles: () => `${root()}api/roles.json`,
  rolesCsv: () => `${root()}api/roles.csv`,
  role: (slug: string) => `${root()}api/roles/${slug}.json`,
  occupations: () => `${root()}api/occupations.json`,
  occupation: (soc: string) => `${root()}api/occupations/${soc}.json`,
  ukOccupations: () => `${root()}api/uk-occupations.json`,
  schema: (name: 'roles' | 'role' | 'occupations' | 'occupation' | 'uk-occupations') => `${root()}api/schema/${name}.json`,
  // A share image that a group of pages (a role family, an occupation group) has in common.
  groupImage: (id: string) => `${root()}og/groups/${id}.png`,
  siteImage: () => `${root()}og/site.png`,
  sitemap: () => `${root()}sitemap-index.xml`,
};

/** A site path as an absolute URL on the public origin, for canonical links, Open Graph and JSON-LD. */
export function absoluteUrl(path: string): string {
  return new URL(path, site.url).href;
}

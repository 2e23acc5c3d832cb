import { getCollection } from 'astro:content';
import { type Catalog, createCatalog } from './catalog.ts';
import { lastChangedDates } from './git-dates.ts';
import { loadOpenData } from './open-data.ts';
import { site } from '../site.config.ts';
import { buildRolePage, type RolePage } from './role-page.ts';

let catalogPromise: Promise<Catalog> | undefined;

async function loadCatalog(): Promise<Catalog> {
  const [roles, sources, skills] = await Promise.all([getCollection('roles'), getCollection('sources'), getCollection('skills')]);
  const changed = lastChangedDates(site.rolesDirectory);
  return createCatalog(
    roles.map((role) => {
      const lastChanged = changed.get(`${site.rolesDirectory}/${role.id}.mdx`);
      return { slug: role.id, data: role.data, ...(lastChanged ? { lastChanged } : {}) };
    }),
    sources.map((source) => source.data),
    skills.map((skill) => skill.data),
    loadOpenData(),
  );
}

/** The validated, cross-referenced catalogue, loaded once per build. */
export function getCatalog(): Promise<Catalog> {
  catalogPromise ??= loadCatalog();
  return catalogPromise;
}

let rolePagesPromise: Promise<RolePage[]> | undefined;

/** Every role page object, in title order; built once per build, as a dozen routes ask for all of them. */
export async function getRolePages(): Promise<RolePage[]> {
  rolePagesPromise ??= getCatalog().then((catalog) => catalog.roles.map((entry) => buildRolePage(catalog, entry)));
  // A fresh array each call, so a caller sorting it in place cannot reorder another's.
  return [...(await rolePagesPromise)];
}

import { getCollection } from 'astro:content';
import { type Catalog, createCatalog } from './catalog.ts';
import { loadOpenData } from './open-data.ts';
import { buildRolePage, type RolePage } from './role-page.ts';

let catalogPromise: Promise<Catalog> | undefined;

async function loadCatalog(): Promise<Catalog> {
  const [roles, sources, skills] = await Promise.all([getCollection('roles'), getCollection('sources'), getCollection('skills')]);
  return createCatalog(
    roles.map((role) => ({ slug: role.id, data: role.data })),
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

/** Every role page object, in title order. */
export async function getRolePages(): Promise<RolePage[]> {
  const catalog = await getCatalog();
  return catalog.roles.map((entry) => buildRolePage(catalog, entry));
}

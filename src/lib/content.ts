import { getCollection } from 'astro:content';
import { type Catalog, createCatalog } from './catalog.ts';
import { lastChangedDates } from './git-dates.ts';
import { loadOpenData } from './open-data.ts';
import { site } from '../site.config.ts';
import { buildRolePage, type RolePage } from './role-page.ts';
import type { UsOccupationIndex } from './occupations/us-catalog.ts';
import { buildUsOccupationPage, type UsOccupationPage } from './occupations/us-page.ts';
import type { UkOccupationIndex } from './occupations/uk-catalog.ts';
import { buildUkOccupationPage, type UkOccupationPage } from './occupations/uk-page.ts';

/** A value made on the first request and shared by every later one: each of these is built once per build. */
function once<T>(make: () => Promise<T>): () => Promise<T> {
  let made: Promise<T> | undefined;
  return () => (made ??= make());
}

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
export const getCatalog: () => Promise<Catalog> = once(loadCatalog);

const rolePages = once(async () => {
  const catalog = await getCatalog();
  return catalog.roles.map((entry) => buildRolePage(catalog, entry));
});

/** Every role page object, in title order; built once per build, as a dozen routes ask for all of them. */
export async function getRolePages(): Promise<RolePage[]> {
  // A fresh array each call, so a caller sorting it in place cannot reorder another's.
  return [...(await rolePages())];
}

/** The US occupation pages' catalogue (every detailed SOC code), built once per build. */
export const getUsOccupationIndex: () => Promise<UsOccupationIndex> = once(async () => (await getCatalog()).usOccupations);

const usPages = once(async () => {
  const [catalog, index] = await Promise.all([getCatalog(), getUsOccupationIndex()]);
  return index.entries.map((entry) => buildUsOccupationPage(catalog, index, entry));
});

/** Every US occupation page object, in SOC order; built once, read by the pages, the API and the explorer. */
export async function getUsOccupationPages(): Promise<UsOccupationPage[]> {
  return [...(await usPages())];
}

/** The UK occupation pages' catalogue (every ASHE unit group), built once per build. */
export const getUkOccupationIndex: () => Promise<UkOccupationIndex> = once(async () => (await getCatalog()).ukOccupations);

const ukPages = once(async () => {
  const [catalog, index] = await Promise.all([getCatalog(), getUkOccupationIndex()]);
  return index.entries.map((entry) => buildUkOccupationPage(catalog, entry));
});

/** Every UK occupation page object, in ONS's order. */
export async function getUkOccupationPages(): Promise<UkOccupationPage[]> {
  return [...(await ukPages())];
}

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

let usIndexPromise: Promise<UsOccupationIndex> | undefined;

/** The US occupation pages' catalogue (every detailed SOC code), built once per build. */
export function getUsOccupationIndex(): Promise<UsOccupationIndex> {
  usIndexPromise ??= getCatalog().then((catalog) => catalog.usOccupations);
  return usIndexPromise;
}

let usPagesPromise: Promise<UsOccupationPage[]> | undefined;

/** Every US occupation page object, in SOC order; built once, read by the pages, the API and the explorer. */
export async function getUsOccupationPages(): Promise<UsOccupationPage[]> {
  usPagesPromise ??= Promise.all([getCatalog(), getUsOccupationIndex()]).then(([catalog, index]) =>
    index.entries.map((entry) => buildUsOccupationPage(catalog, index, entry)),
  );
  return [...(await usPagesPromise)];
}

let ukIndexPromise: Promise<UkOccupationIndex> | undefined;

/** The UK occupation pages' catalogue (every ASHE unit group), built once per build. */
export function getUkOccupationIndex(): Promise<UkOccupationIndex> {
  ukIndexPromise ??= getCatalog().then((catalog) => catalog.ukOccupations);
  return ukIndexPromise;
}

let ukPagesPromise: Promise<UkOccupationPage[]> | undefined;

/** Every UK occupation page object, in ONS's order. */
export async function getUkOccupationPages(): Promise<UkOccupationPage[]> {
  ukPagesPromise ??= Promise.all([getCatalog(), getUkOccupationIndex()]).then(([catalog, index]) => index.entries.map((entry) => buildUkOccupationPage(catalog, entry)));
  return [...(await ukPagesPromise)];
}

/**
 * Where the content lives, relative to the project root ("/"-separated). The one definition that the
 * content loader (src/content.config.ts), the data importer (scripts/import) and the content check
 * (scripts/check) all read, so a folder can never be renamed for one of them only.
 */
export const contentPaths = {
  // Role guides: one .mdx file per role, named after its slug.
  roles: 'content/roles',
  // Role files the site loads; names starting with "_" (the editors' template) are not roles.
  rolePattern: '[!_]*.mdx',
  // The editors' template, which `npm run new:role` copies.
  template: 'content/roles/_template.mdx',
  // The sources registry: every document a figure is cited to.
  sources: 'content/sources.yaml',
  // The skills registry: one id per skill across all roles.
  skills: 'content/skills.yaml',
  // Government data, written only by `npm run data:import`.
  data: 'content/data',
} as const;

/** The files `npm run data:import` writes, relative to `contentPaths.data`. */
export const dataFiles = {
  // BLS OEWS national wages, every occupation, May 2021 onwards.
  oews: 'oews-national.json',
  // BLS employment projections for the current release.
  projections: 'projections-2024-34.json',
  // ONS ASHE 2024 provisional, Table 14 (UK pay by SOC 2020 group).
  ashe: 'ashe-2024-provisional.json',
  // ONS SOC 2020 structure and unit-group descriptions.
  soc2020: 'soc2020.json',
  // Folder of O*NET occupation profiles, one <O*NET-SOC code>.json each.
  onetProfiles: 'onet',
} as const;

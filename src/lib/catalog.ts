import type { RoleData } from '../schemas/role.ts';
import type { Skill } from '../schemas/skill.ts';
import type { Source } from '../schemas/source.ts';
import { contentPaths } from '../content-paths.ts';
import type { OpenData } from './open-data.ts';
import { hotSkillOccupations, skillIdsByTechnology } from './onet-skills.ts';
import { crossReferenceFindings, type CrossReferenceRule } from './references.ts';
import { buildUsOccupationIndex, type UsOccupationIndex } from './occupations/us-catalog.ts';
import { buildUkOccupationIndex, type UkOccupationIndex } from './occupations/uk-catalog.ts';

/** A validated role file: its slug (from the file name) and frontmatter. */
export interface RoleEntry {
  slug: string;
  data: RoleData;
  // Day the file last changed in git, when the build runs in a checkout.
  lastChanged?: string;
}

/** Everything the site is built from, validated and cross-referenced once. */
export interface Catalog {
  // Roles sorted by title.
  roles: readonly RoleEntry[];
  rolesBySlug: ReadonlyMap<string, RoleEntry>;
  sources: ReadonlyMap<string, Source>;
  skills: ReadonlyMap<string, Skill>;
  // O*NET technology name (lower case) → registry skill id.
  skillIdsByTechnology: ReadonlyMap<string, string>;
  // Registry skill id → O*NET-SOC codes that list it as a hot technology.
  hotSkillOccupations: ReadonlyMap<string, string[]>;
  data: OpenData;
  // Registry skills that some role uses: the ones with a page of their own.
  usedSkillIds: ReadonlySet<string>;
  // Every US occupation page (detailed SOC code) and every UK unit group, with the role guides that use each.
  usOccupations: UsOccupationIndex;
  ukOccupations: UkOccupationIndex;
}

/** Cross-reference rules whose breach leaves the catalogue inconsistent (a link to no page). */
const catalogueBreakers = new Set<CrossReferenceRule>(['reference', 'self-reference', 'duplicate-slug']);

/** Joins the validated collections; throws on a broken reference so a build never ships a link to nothing. */
export function createCatalog(roles: readonly RoleEntry[], sources: readonly Source[], skills: readonly Skill[], data: OpenData): Catalog {
  const sortedRoles = [...roles].sort((a, b) => a.data.title.localeCompare(b.data.title, 'en'));
  const technologyIndex = skillIdsByTechnology(skills);
  const catalog: Catalog = {
    roles: sortedRoles,
    rolesBySlug: new Map(sortedRoles.map((role) => [role.slug, role])),
    sources: new Map(sources.map((source) => [source.id, source])),
    skills: new Map(skills.map((skill) => [skill.id, skill])),
    skillIdsByTechnology: technologyIndex,
    hotSkillOccupations: hotSkillOccupations(data.onet.values(), technologyIndex),
    data,
    usedSkillIds: new Set(sortedRoles.flatMap((role) => Object.values(role.data.skills).flat())),
    usOccupations: buildUsOccupationIndex(data, sortedRoles),
    ukOccupations: buildUkOccupationIndex(data, sortedRoles),
  };
  // The pass `npm run check` and the build's check run first; here it guards callers that skip them
  // against what would break the pages: ids that name nothing. Editorial rules are the check's alone.
  const errors = crossReferenceFindings({
    roles: roles.map((role) => ({ file: `${contentPaths.roles}/${role.slug}.mdx`, slug: role.slug, data: role.data })),
    sourceIds: new Set(catalog.sources.keys()),
    skillIds: new Set(catalog.skills.keys()),
  }).filter((finding) => catalogueBreakers.has(finding.rule));
  if (errors.length > 0) {
    const lines = errors.map((finding) => `${finding.file} ${finding.path.join('.')}: ${finding.message}`);
    throw new Error(`Broken references (run npm run check for positions):\n${lines.join('\n')}`);
  }
  return catalog;
}

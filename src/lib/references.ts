import type { RoleData } from '../schemas/role.ts';

/** A reference from a role file to something that does not exist. */
export interface BrokenReference {
  // Slug of the role file holding the reference.
  role: string;
  // Path of the field inside the frontmatter, e.g. ["related", 2].
  path: (string | number)[];
  // What the value should have named.
  message: string;
}

export interface ReferenceTargets {
  roles: ReadonlySet<string>;
  sources: ReadonlySet<string>;
  skills: ReadonlySet<string>;
}

/** Every dangling related-role, progression, skill and source reference in one role. */
export function findBrokenReferences(slug: string, role: RoleData, targets: ReferenceTargets): BrokenReference[] {
  const broken: BrokenReference[] = [];
  const check = (path: (string | number)[], value: string, known: ReadonlySet<string>, kind: string) => {
    if (!known.has(value)) broken.push({ role: slug, path, message: `expected the id of a ${kind}, got "${value}"` });
  };
  role.related.forEach((other, i) => check(['related', i], other, targets.roles, 'role'));
  for (const direction of ['from', 'to'] as const) {
    role.progression[direction].forEach((other, i) => check(['progression', direction, i], other, targets.roles, 'role'));
  }
  for (const [category, ids] of Object.entries(role.skills)) {
    ids.forEach((id, i) => check(['skills', category, i], id, targets.skills, 'skill in content/skills.yaml'));
  }
  role.salaries.forEach((figure, i) => check(['salaries', i, 'source'], figure.source, targets.sources, 'source in content/sources.yaml'));
  role.outlook.forEach((outlook, i) => check(['outlook', i, 'source'], outlook.source, targets.sources, 'source in content/sources.yaml'));
  if (role.experience) check(['experience', 'source'], role.experience.source, targets.sources, 'source in content/sources.yaml');
  check(['education', 'source'], role.education.source, targets.sources, 'source in content/sources.yaml');
  role.education.levels.forEach((level, i) => check(['education', 'levels', i, 'source'], level.source, targets.sources, 'source in content/sources.yaml'));
  if (role.related.includes(slug)) broken.push({ role: slug, path: ['related'], message: 'expected other roles, got the role itself' });
  return broken;
}

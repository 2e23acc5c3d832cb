import { skillCategories, type Skill } from '../schemas/skill.ts';
import type { Catalog } from './catalog.ts';
import { headlinePay, type HeadlinePay } from './headline.ts';

/** A role that needs a skill, with the figure lists show for it. */
export interface SkillRole {
  slug: string;
  title: string;
  family: string;
  headline?: HeadlinePay;
}

/** One skill and every role that names it. */
export interface SkillUsage {
  skill: Skill;
  // Highest headline pay first; roles without a figure last, by title.
  roles: SkillRole[];
}

export interface SkillCategoryGroup {
  category: string;
  skills: SkillUsage[];
}

export const skillCategoryLabels: Record<string, string> = {
  languages: 'Languages',
  frameworks: 'Frameworks and libraries',
  databases: 'Databases',
  tools: 'Tools and platforms',
  practices: 'Practices',
};

function byPayThenTitle(a: SkillRole, b: SkillRole): number {
  return (b.headline?.amount ?? -1) - (a.headline?.amount ?? -1) || a.title.localeCompare(b.title, 'en');
}

/**
 * Every skill at least one role needs, with those roles. Skills no role names yet are left out: their page
 * would have nothing to list, and the registry, not the reader, is where they wait for a role.
 */
export function skillUsage(catalog: Catalog): SkillUsage[] {
  const rolesBySkill = new Map<string, SkillRole[]>();
  for (const entry of catalog.roles) {
    const headline = headlinePay(catalog, entry);
    const role: SkillRole = { slug: entry.slug, title: entry.data.title, family: entry.data.family, ...(headline ? { headline } : {}) };
    for (const category of skillCategories) {
      for (const id of entry.data.skills[category]) {
        const list = rolesBySkill.get(id) ?? [];
        // Roles arrive one at a time, so a repeat (a skill under two categories) can only be the last one added.
        if (list.at(-1)?.slug !== role.slug) list.push(role);
        rolesBySkill.set(id, list);
      }
    }
  }
  return [...catalog.skills.values()]
    .filter((skill) => rolesBySkill.has(skill.id))
    .map((skill) => ({ skill, roles: [...(rolesBySkill.get(skill.id) ?? [])].sort(byPayThenTitle) }))
    .sort((a, b) => a.skill.name.localeCompare(b.skill.name, 'en'));
}

/** The same skills, grouped by category in the registry's category order. */
export function skillsByCategory(usage: readonly SkillUsage[]): SkillCategoryGroup[] {
  return skillCategories
    .map((category) => ({ category, skills: usage.filter((entry) => entry.skill.category === category) }))
    .filter((group) => group.skills.length > 0);
}

/** Skills that no role names (left out of the index; reported by tests and the build log). */
export function unusedSkills(catalog: Catalog, usage: readonly SkillUsage[]): Skill[] {
  const used = new Set(usage.map((entry) => entry.skill.id));
  return [...catalog.skills.values()].filter((skill) => !used.has(skill.id));
}

export interface PairedSkill {
  skill: Skill;
  // How many roles name both skills.
  sharedRoles: number;
}

/**
 * For every skill, the skills named most often alongside it, most shared roles first: a reader's next
 * thing to learn. One pass over each role's own skills, so the work grows with the roles, not with
 * skills × skills × roles.
 */
export function skillsPairedWith(usage: readonly SkillUsage[], limit = 8): Map<string, PairedSkill[]> {
  const skillsByRole = new Map<string, string[]>();
  for (const entry of usage) {
    for (const role of entry.roles) {
      const list = skillsByRole.get(role.slug);
      if (list) list.push(entry.skill.id);
      else skillsByRole.set(role.slug, [entry.skill.id]);
    }
  }
  const counts = new Map<string, Map<string, number>>(usage.map((entry) => [entry.skill.id, new Map()]));
  for (const ids of skillsByRole.values()) {
    for (const id of ids) {
      const row = counts.get(id)!;
      for (const other of ids) if (other !== id) row.set(other, (row.get(other) ?? 0) + 1);
    }
  }
  const skillById = new Map(usage.map((entry) => [entry.skill.id, entry.skill]));
  return new Map(
    usage.map((entry) => [
      entry.skill.id,
      [...counts.get(entry.skill.id)!]
        .map(([id, sharedRoles]) => ({ skill: skillById.get(id)!, sharedRoles }))
        .sort((a, b) => b.sharedRoles - a.sharedRoles || a.skill.name.localeCompare(b.skill.name, 'en'))
        .slice(0, limit),
    ]),
  );
}

/** The skills named most often alongside one skill (see skillsPairedWith). */
export function skillsOftenPairedWith(usage: readonly SkillUsage[], skillId: string, limit = 8): PairedSkill[] {
  return skillsPairedWith(usage, limit).get(skillId) ?? [];
}

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

/** Skills named most often alongside this one, most shared roles first: a reader's next thing to learn. */
export function skillsOftenPairedWith(usage: readonly SkillUsage[], skillId: string, limit = 8): { skill: Skill; sharedRoles: number }[] {
  const own = usage.find((entry) => entry.skill.id === skillId);
  if (!own) return [];
  const roles = new Set(own.roles.map((role) => role.slug));
  return usage
    .filter((entry) => entry.skill.id !== skillId)
    .map((entry) => ({ skill: entry.skill, sharedRoles: entry.roles.filter((role) => roles.has(role.slug)).length }))
    .filter((entry) => entry.sharedRoles > 0)
    .sort((a, b) => b.sharedRoles - a.sharedRoles || a.skill.name.localeCompare(b.skill.name, 'en'))
    .slice(0, limit);
}

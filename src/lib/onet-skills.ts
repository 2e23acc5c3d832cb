import type { OnetProfile } from '../schemas/onet.ts';
import type { Skill } from '../schemas/skill.ts';

/** Which registry skill each O*NET technology name stands for, matched on name, aliases and `onet` names. */
export function skillIdsByTechnology(skills: Iterable<Skill>): Map<string, string> {
  const byName = new Map<string, string>();
  for (const skill of skills) {
    for (const name of [skill.name, ...skill.aliases, ...skill.onet]) byName.set(name.toLowerCase(), skill.id);
  }
  return byName;
}

/** One O*NET hot technology of an occupation, with the registry skill it matches when there is one. */
export interface HotTechnology {
  name: string;
  skillId?: string;
  inDemand: boolean;
}

/** An occupation's O*NET hot technologies, In Demand first, as O*NET orders them. */
export function hotTechnologies(profile: OnetProfile, skillIds: ReadonlyMap<string, string>): HotTechnology[] {
  return profile.technologySkills
    .filter((technology) => technology.hot)
    .map((technology) => {
      const skillId = skillIds.get(technology.name.toLowerCase());
      return { name: technology.name, inDemand: technology.inDemand, ...(skillId ? { skillId } : {}) };
    });
}

/** For every registry skill, the O*NET-SOC codes that list it as a hot technology. */
export function hotSkillOccupations(profiles: Iterable<OnetProfile>, skillIds: ReadonlyMap<string, string>): Map<string, string[]> {
  const occupations = new Map<string, string[]>();
  for (const profile of profiles) {
    for (const technology of hotTechnologies(profile, skillIds)) {
      if (!technology.skillId) continue;
      const codes = occupations.get(technology.skillId) ?? [];
      if (!codes.includes(profile.code)) codes.push(profile.code);
      occupations.set(technology.skillId, codes);
    }
  }
  return occupations;
}

import type { OnetDistribution, OnetInterest, OnetJobZone, OnetProfile } from '../../schemas/onet.ts';
import { urls } from '../urls.ts';
import type { UsOccupationIndex } from './us-catalog.ts';

/** One technology O*NET lists, with the registry skill page it matches. */
export interface TechnologyView {
  name: string;
  commodityTitle: string;
  hot: boolean;
  inDemand: boolean;
  skillUrl?: string;
}

/** What an occupation page shows of one O*NET-SOC profile; O*NET's own words are rendered only as quotations. */
export interface OnetView {
  code: string;
  title: string;
  // O*NET OnLine's page, the `cite` of every quotation.
  onlineUrl: string;
  description: string;
  tasks: { text: string; category: 'Core' | 'Supplemental' | null }[];
  technologies: TechnologyView[];
  jobZone: OnetJobZone | null;
  education: OnetDistribution | null;
  experience: OnetDistribution | null;
  interests: OnetInterest[];
  alternateTitles: string[];
  related: { code: string; title: string; url?: string }[];
  // What O*NET 29.3 does not hold for this code, in words a reader can act on.
  missing: string[];
}

/** "Registered Nurse (RN)" plus its short form "RN" when O*NET gives one that the title does not already contain. */
function titlesOf(profile: OnetProfile): string[] {
  return profile.alternateTitles.map((entry) =>
    entry.shortTitle && !entry.title.includes(entry.shortTitle) ? `${entry.title} (${entry.shortTitle})` : entry.title,
  );
}

function missingOf(profile: OnetProfile): string[] {
  const missing: string[] = [];
  if (!profile.jobZone)
    missing.push(
      'O*NET 29.3 rates no Job Zone, tasks, technologies or interests for this code; it does so for residual "All Other" and military codes only by listing their titles.',
    );
  if (!profile.education) missing.push('O*NET 29.3 has no education or experience survey for this code.');
  return missing;
}

export function onetView(profile: OnetProfile, index: UsOccupationIndex, skillIds: ReadonlyMap<string, string>, skillPages: ReadonlySet<string>): OnetView {
  return {
    code: profile.code,
    title: profile.title,
    onlineUrl: urls.onetOnline(profile.code),
    description: profile.description,
    tasks: profile.tasks.map(({ text, category }) => ({ text, category })),
    technologies: profile.technologySkills.map((technology) => {
      // Only registry skills some role uses have a page to link to.
      const skillId = skillIds.get(technology.name.toLowerCase());
      const linked = skillId !== undefined && skillPages.has(skillId);
      return {
        name: technology.name,
        commodityTitle: technology.commodityTitle,
        hot: technology.hot,
        inDemand: technology.inDemand,
        ...(linked ? { skillUrl: urls.skill(skillId) } : {}),
      };
    }),
    jobZone: profile.jobZone,
    education: profile.education,
    experience: profile.experience,
    interests: profile.interests,
    alternateTitles: titlesOf(profile),
    related: profile.relatedOccupations.map((related) => {
      const page = index.byOnetCode.get(related.code);
      return { code: related.code, title: related.title, ...(page ? { url: urls.occupation(page.slug) } : {}) };
    }),
    missing: missingOf(profile),
  };
}

import { onetCodeSchema, onetProfileSchema } from '../../src/schemas/onet.ts';
import type { OnetDistributionInput, OnetProfile, OnetProfileInput, OnetTechnologySkillInput } from '../../src/schemas/onet.ts';
import { ImportError, parseWith } from './errors.ts';
import { parseJsonText } from './json.ts';
import { onetSourceIndexSchema, onetSourceProfileSchema } from './onet-source.ts';
import type { OnetSourceDistribution } from './onet-source.ts';
import { compareBooleansTrueFirst, compareCodeUnits } from './order.ts';

export const onetIndexFile = 'onet/index.json';

export type OnetProfileListing = { code: string; inputFile: string; outputFile: string };

/** onet/index.json text → the release's source id and the profiles to import, by code. */
export function readOnetIndex(indexText: string): { sourceId: string; profiles: OnetProfileListing[] } {
  const index = parseWith(onetSourceIndexSchema, parseJsonText(indexText, onetIndexFile), onetIndexFile);
  const profiles = index.occupations.map(({ onet_soc_code: code, file }, position) => {
    // The code becomes an output file name, so it must be a bare O*NET-SOC code, never a path.
    parseWith(onetCodeSchema, code, `${onetIndexFile}: occupations[${position}].onet_soc_code`);
    if (file !== `${code}.json`) throw new ImportError(`${onetIndexFile}: occupations[${position}].file: expected "${code}.json", got ${JSON.stringify(file)}`);
    return { code, inputFile: `onet/${file}`, outputFile: `onet/${file}` };
  });
  return { sourceId: `onet-${index.onet_version}`, profiles: profiles.sort((a, b) => compareCodeUnits(a.code, b.code)) };
}

/** O*NET writes months as MM/YYYY; anything else passes through for the schema to reject by name. */
function isoMonthOf(date: string): string {
  const match = /^(\d{2})\/(\d{4})$/.exec(date);
  return match ? `${match[2]}-${match[1]}` : date;
}

function distributionOf(source: OnetSourceDistribution | undefined): OnetDistributionInput | null {
  if (!source) return null;
  return {
    n: source.n,
    date: isoMonthOf(source.date),
    levels: source.categories
      .map((level) => ({ category: level.category, label: level.description, percent: level.percent }))
      .sort((a, b) => a.category - b.category),
  };
}

/** PROVENANCE.md's order: In Demand first, then Hot Technology, then commodity title, then name. */
function bySkillOrder(a: OnetTechnologySkillInput, b: OnetTechnologySkillInput): number {
  return (
    compareBooleansTrueFirst(a.inDemand, b.inDemand) ||
    compareBooleansTrueFirst(a.hot, b.hot) ||
    compareCodeUnits(a.commodityTitle, b.commodityTitle) ||
    compareCodeUnits(a.name, b.name)
  );
}

/** onet/<code>.json text → the validated content of content/data/onet/<code>.json. */
export function importOnetProfile(jsonText: string, inputFile: string): OnetProfile {
  const source = parseWith(onetSourceProfileSchema, parseJsonText(jsonText, inputFile), inputFile);
  const zone = source.job_zone;
  const profile: OnetProfileInput = {
    sourceId: `onet-${source.onet_version}`,
    code: source.onet_soc_code,
    title: source.title,
    description: source.description,
    attribution: source.attribution,
    modificationNotice: source.modification_notice,
    jobZone: {
      number: zone.value,
      name: zone.name,
      experience: zone.experience,
      education: zone.education,
      jobTraining: zone.job_training,
      examples: zone.examples,
      svpRange: zone.svp_range,
    },
    // O*NET's order (Core, then Supplemental, then unrated) is kept as given.
    tasks: source.tasks.map((task) => ({ id: task.task_id, text: task.task, category: task.category })),
    technologySkills: source.technology_skills
      .map((skill) => ({
        name: skill.example,
        commodityCode: skill.commodity_code,
        commodityTitle: skill.commodity_title,
        hot: skill.hot_technology,
        inDemand: skill.in_demand,
      }))
      .sort(bySkillOrder),
    education: distributionOf(source.education_training_experience?.required_level_of_education),
    experience: distributionOf(source.education_training_experience?.related_work_experience),
    alternateTitles: source.alternate_titles.map((alternate) => alternate.title),
    relatedOccupations: source.related_occupations
      .map((related) => ({ code: related.onet_soc_code, title: related.title, tier: related.relatedness_tier, index: related.index }))
      .sort((a, b) => a.index - b.index),
  };
  return parseWith(onetProfileSchema, profile, `onet/${source.onet_soc_code}.json (from ${inputFile})`);
}

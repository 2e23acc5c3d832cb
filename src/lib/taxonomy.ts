import { roleFamilies, seniorityLevels } from '../schemas/role-taxonomy.ts';

export type RoleFamily = (typeof roleFamilies)[number];
export type Seniority = (typeof seniorityLevels)[number];

const familyLabels: Record<RoleFamily, string> = {
  engineering: 'Engineering',
  data: 'Data',
  infrastructure: 'Infrastructure and operations',
  quality: 'Quality and testing',
  support: 'Support',
  product: 'Product',
  design: 'Design',
  leadership: 'Leadership',
};
const seniorityLabels: Record<Seniority, string> = { entry: 'Entry level', mid: 'Mid level', senior: 'Senior', lead: 'Lead', executive: 'Executive' };

/** Families in the schema's order, for filters and navigation. */
export const families: readonly RoleFamily[] = roleFamilies;
export const seniorities: readonly Seniority[] = seniorityLevels;

/** Filter values (the labels role pages give pagefind), in the order the search filters list them. */
export const filterOrder: Record<'family' | 'seniority', string[]> = {
  family: roleFamilies.map((family) => familyLabels[family]),
  seniority: seniorityLevels.map((level) => seniorityLabels[level]),
};

/** How a family is named to readers: "quality" → "Quality and testing". */
export function familyLabel(family: string): string {
  return familyLabels[family as RoleFamily] ?? family;
}

/** How a seniority level is named to readers: "mid" → "Mid level". */
export function seniorityLabel(seniority: string): string {
  return seniorityLabels[seniority as Seniority] ?? seniority;
}

/** Orders roles within a family as a career reads: by seniority, then title. */
export function bySeniorityThenTitle(a: { seniority: string; title: string }, b: { seniority: string; title: string }): number {
  const rank = (level: string) => seniorityLevels.indexOf(level as Seniority);
  return rank(a.seniority) - rank(b.seniority) || a.title.localeCompare(b.title, 'en');
}

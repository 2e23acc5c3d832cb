import type { StatisticKey } from '../schemas/salary.ts';
import { skillCategories, type Skill } from '../schemas/skill.ts';
import type { Catalog, RoleEntry } from './catalog.ts';
import { type Citation, CitationList } from './citations.ts';
import { tickStep } from './chart.ts';
import { headlinePay, type HeadlinePay } from './headline.ts';
import { payRowFromFigure, payRowFromOews, type PayRow } from './pay.ts';
import { matchRows, notComparableReason, payDifference, sameBasisKey, statisticNames, type PayDifference } from './pay-match.ts';
import { comparisonSlug } from './urls.ts';

export { payDifference, type PayDifference } from './pay-match.ts';

/** One side of a comparison: who the role is, in a few fields. */
export interface ComparedRole {
  slug: string;
  title: string;
  summary: string;
  family: string;
  seniority: string;
  headline?: HeadlinePay;
}

/** A source both roles have a figure from, in one currency, region and period. */
export interface SharedPay {
  key: string;
  citation: Citation;
  currency: string;
  region: string;
  regionName: string;
  period: 'year' | 'hour';
  a: PayRow;
  b: PayRow;
  difference?: PayDifference;
  // Why there is no difference, when there is none.
  notComparable?: string;
}

/** A projection for one role's primary occupation. */
export interface ComparedOutlook {
  soc: string;
  title: string;
  growthPct: number;
  span: string;
  openingsPerYear?: number;
  citation: Citation;
}

export interface ComparedEducation {
  typicalEntry: string;
  citation: Citation;
  levels: { level: string; share: number; citation: Citation }[];
}

/** Everything a compare page shows, resolved once. */
export interface Comparison {
  slug: string;
  a: ComparedRole;
  b: ComparedRole;
  // Each role's primary occupation in the latest OEWS release.
  government: { a?: PayRow; b?: PayRow; sameOccupation: boolean; difference?: PayDifference };
  // Other sources with a figure for both roles.
  sharedPay: SharedPay[];
  outlook: { a?: ComparedOutlook; b?: ComparedOutlook; sameOccupation: boolean };
  education: { a: ComparedEducation; b: ComparedEducation };
  skills: { shared: Skill[]; onlyA: Skill[]; onlyB: Skill[] };
  citations: Citation[];
}

/** How many comparison pages each role starts: its nearest related roles; any other pair is compared on /compare/ from the JSON API. */
export const comparisonsPerRole = 1;

function skillIds(entry: RoleEntry): Set<string> {
  return new Set(skillCategories.flatMap((category) => entry.data.skills[category]));
}

/** Share of two roles' skills they have in common (Jaccard index): 1 for the same skills, 0 for none shared. */
export function skillSimilarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const id of a) if (b.has(id)) shared += 1;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

/**
 * The curated comparison pages: each role paired with its `comparisonsPerRole` nearest related roles
 * (named as related by either role), nearest meaning most skills in common, then the editor's order.
 * At most that many pairs per role, so the set grows with the catalogue, never with its square.
 * Unordered pairs, deduplicated, sorted by page slug.
 */
export function comparisonPairs(catalog: Pick<Catalog, 'roles' | 'rolesBySlug'>, perRole = comparisonsPerRole): [string, string][] {
  // Candidates by name, either way: a's related list first (in its order), then roles that list a.
  const candidates = new Map<string, Set<string>>();
  const add = (from: string, to: string) => {
    if (from === to || !catalog.rolesBySlug.has(to)) return;
    const set = candidates.get(from);
    if (set) set.add(to);
    else candidates.set(from, new Set([to]));
  };
  for (const role of catalog.roles) for (const other of role.data.related) add(role.slug, other);
  for (const role of catalog.roles) for (const other of role.data.related) if (catalog.rolesBySlug.has(other)) add(other, role.slug);
  const skills = new Map<string, Set<string>>();
  const skillsOf = (slug: string) => {
    let set = skills.get(slug);
    if (!set) skills.set(slug, (set = skillIds(catalog.rolesBySlug.get(slug)!)));
    return set;
  };
  const pairs = new Map<string, [string, string]>();
  for (const role of catalog.roles) {
    const own = skillsOf(role.slug);
    const nearest = [...(candidates.get(role.slug) ?? [])]
      .map((slug, order) => ({ slug, order, similarity: skillSimilarity(own, skillsOf(slug)) }))
      .sort((x, y) => y.similarity - x.similarity || x.order - y.order)
      .slice(0, perRole);
    for (const { slug } of nearest) {
      const [first, second] = [role.slug, slug].sort() as [string, string];
      pairs.set(comparisonSlug(first, second), [first, second]);
    }
  }
  return [...pairs.entries()].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)).map(([, pair]) => pair);
}

/** Each role's comparison partners, from one pass over the pairs, in the pairs' order. */
export function comparisonPartners(pairs: readonly [string, string][]): Map<string, string[]> {
  const partners = new Map<string, string[]>();
  const push = (slug: string, other: string) => {
    const list = partners.get(slug);
    if (list) list.push(other);
    else partners.set(slug, [other]);
  };
  for (const [first, second] of pairs) {
    push(first, second);
    push(second, first);
  }
  return partners;
}

/** The roles a role has a comparison page with, in the order given. */
export function comparedWith(slug: string, pairs: readonly [string, string][]): string[] {
  return comparisonPartners(pairs).get(slug) ?? [];
}

/** Rows of a and b that come from the same source in the same currency, region and period, in a's order. */
export function sharedPayRows(aRows: readonly PayRow[], bRows: readonly PayRow[]): SharedPay[] {
  return matchRows(aRows, bRows, (row) =>
    sameBasisKey({ sourceId: row.citation.source.id, currency: row.currency, region: row.region, period: row.period }),
  ).map(({ key, a, b }) => {
    const difference = a.basisLabel === b.basisLabel ? payDifference(a, b) : undefined;
    const notComparable = notComparableReason(a.basisLabel, b.basisLabel, difference);
    return {
      key,
      citation: a.citation,
      currency: a.currency,
      region: a.region,
      regionName: a.regionName,
      period: a.period,
      a,
      b,
      ...(difference ? { difference } : {}),
      ...(notComparable ? { notComparable } : {}),
    };
  });
}

function primaryOccupation(entry: RoleEntry) {
  return entry.data.occupations.find((occupation) => occupation.primary) ?? entry.data.occupations[0];
}

function governmentRow(catalog: Catalog, entry: RoleEntry, citations: CitationList): PayRow | undefined {
  const occupation = primaryOccupation(entry);
  const data = occupation ? catalog.data.oews.get(occupation.soc) : undefined;
  const latest = data?.periods.at(-1);
  return occupation && data && latest ? payRowFromOews(occupation, data, latest, citations) : undefined;
}

function outlookFor(catalog: Catalog, entry: RoleEntry, citations: CitationList): ComparedOutlook | undefined {
  const occupation = primaryOccupation(entry);
  const projection = occupation ? catalog.data.projections.get(occupation.soc) : undefined;
  if (!occupation || !projection) return undefined;
  const { baseYear, targetYear, sourceId } = catalog.data.projectionsRelease;
  return {
    soc: occupation.soc,
    title: occupation.title,
    growthPct: projection.changePct,
    span: `${baseYear}–${targetYear}`,
    ...(projection.openingsPerYearThousands !== null ? { openingsPerYear: Math.round(projection.openingsPerYearThousands * 1000) } : {}),
    citation: citations.cite(sourceId),
  };
}

function educationFor(entry: RoleEntry, citations: CitationList): ComparedEducation {
  const { education } = entry.data;
  return {
    typicalEntry: education.typicalEntry,
    citation: citations.cite(education.source),
    levels: education.levels.flatMap((level) =>
      level.share !== undefined ? [{ level: level.level, share: level.share, citation: citations.cite(level.source) }] : [],
    ),
  };
}

function skillsOf(catalog: Catalog, entry: RoleEntry): Skill[] {
  return skillCategories.flatMap((category) => entry.data.skills[category].flatMap((id) => catalog.skills.get(id) ?? []));
}

/** Skills both roles need and those only one needs, each in the registry's category order. */
export function splitSkills(a: readonly Skill[], b: readonly Skill[]): Comparison['skills'] {
  const aIds = new Set(a.map((skill) => skill.id));
  const bIds = new Set(b.map((skill) => skill.id));
  return { shared: a.filter((skill) => bIds.has(skill.id)), onlyA: a.filter((skill) => !bIds.has(skill.id)), onlyB: b.filter((skill) => !aIds.has(skill.id)) };
}

function comparedRole(catalog: Catalog, entry: RoleEntry): ComparedRole {
  const headline = headlinePay(catalog, entry);
  const { title, summary, family, seniority } = entry.data;
  return { slug: entry.slug, title, summary, family, seniority, ...(headline ? { headline } : {}) };
}

/** Resolves two roles into the side-by-side page object; a is the one whose slug sorts first. */
export function buildComparison(catalog: Catalog, first: string, second: string): Comparison {
  const [slugA, slugB] = [first, second].sort() as [string, string];
  const entryA = catalog.rolesBySlug.get(slugA);
  const entryB = catalog.rolesBySlug.get(slugB);
  if (!entryA || !entryB) throw new Error(`Unknown role in comparison ${slugA} vs ${slugB}`);
  if (slugA === slugB) throw new Error(`A role cannot be compared with itself: ${slugA}`);
  // Sources are numbered in the order the page shows them: government, shared sources, outlook, education.
  const citations = new CitationList(catalog.sources);
  const govA = governmentRow(catalog, entryA, citations);
  const govB = governmentRow(catalog, entryB, citations);
  const sameOccupation = primaryOccupation(entryA)?.soc !== undefined && primaryOccupation(entryA)?.soc === primaryOccupation(entryB)?.soc;
  const governmentDifference = govA && govB && !sameOccupation ? payDifference(govA, govB) : undefined;
  // Match on scratch citations, then cite only the sources the page will show.
  const scratch = new CitationList(catalog.sources);
  const sharedPay = sharedPayRows(
    entryA.data.salaries.map((figure, index) => payRowFromFigure(figure, index, scratch)),
    entryB.data.salaries.map((figure, index) => payRowFromFigure(figure, index, scratch)),
  ).map((shared) => {
    const citation = citations.cite(shared.citation.source.id);
    return { ...shared, citation, a: { ...shared.a, citation }, b: { ...shared.b, citation } };
  });
  const outlookA = outlookFor(catalog, entryA, citations);
  const outlookB = outlookFor(catalog, entryB, citations);
  const educationA = educationFor(entryA, citations);
  const educationB = educationFor(entryB, citations);
  return {
    slug: comparisonSlug(slugA, slugB),
    a: comparedRole(catalog, entryA),
    b: comparedRole(catalog, entryB),
    government: {
      ...(govA ? { a: govA } : {}),
      ...(govB ? { b: govB } : {}),
      sameOccupation,
      ...(governmentDifference ? { difference: governmentDifference } : {}),
    },
    sharedPay,
    outlook: { ...(outlookA ? { a: outlookA } : {}), ...(outlookB ? { b: outlookB } : {}), sameOccupation },
    education: { a: educationA, b: educationB },
    skills: splitSkills(skillsOf(catalog, entryA), skillsOf(catalog, entryB)),
    citations: citations.all(),
  };
}

/** One source's like-for-like figures for both roles, as a pair of bars. */
export interface CompareChartRow {
  label: string;
  citationNumber: number;
  statistic: StatisticKey;
  a: number;
  b: number;
}

/** Annual figures in one currency; other currencies get their own chart, never a conversion. */
export interface CompareChart {
  id: string;
  currency: string;
  rows: CompareChartRow[];
  max: number;
  ticks: number[];
}

/** How a statistic reads in a sentence: "median", "average", "25th percentile", "total pay estimate". */
export function statisticLabel(statistic: StatisticKey | 'total'): string {
  return statisticNames[statistic];
}

/** The like-for-like annual differences of a comparison, one chart per currency. */
export function comparisonCharts(comparison: Comparison): CompareChart[] {
  const rows: { currency: string; row: CompareChartRow }[] = [];
  const { government } = comparison;
  if (government.a && government.b && government.difference) {
    rows.push({
      currency: government.a.currency,
      row: {
        label: 'Government (BLS OEWS)',
        citationNumber: government.a.citation.number,
        statistic: government.difference.statistic,
        a: government.difference.a,
        b: government.difference.b,
      },
    });
  }
  for (const shared of comparison.sharedPay) {
    if (shared.period !== 'year' || !shared.difference) continue;
    const { statistic, a, b } = shared.difference;
    rows.push({
      currency: shared.currency,
      row: { label: `${shared.a.publisher}, ${shared.region}`, citationNumber: shared.citation.number, statistic, a, b },
    });
  }
  const currencies = [...new Set(rows.map((entry) => entry.currency))];
  return currencies.map((currency) => {
    const chartRows = rows.filter((entry) => entry.currency === currency).map((entry) => entry.row);
    const highest = Math.max(...chartRows.flatMap((row) => [row.a, row.b]));
    const step = tickStep(highest);
    const max = Math.ceil((highest * 1.02) / step) * step;
    return {
      id: `compare-chart-${currency.toLowerCase()}`,
      currency,
      rows: chartRows,
      max,
      ticks: Array.from({ length: Math.round(max / step) + 1 }, (_, i) => i * step),
    };
  });
}

import { skillCategories, type Skill } from '../schemas/skill.ts';
import type { RoleData } from '../schemas/role.ts';
import type { Catalog, RoleEntry } from './catalog.ts';
import { payCharts, type PayChart } from './chart.ts';
import { type Citation, CitationList } from './citations.ts';
import { formatAmount } from './format.ts';
import { ukComparisons } from './uk-pay.ts';
import { headlinePay, type HeadlinePay } from './headline.ts';
import { type Amount, payRowFromFigure, payRowFromOews, type PayRow } from './pay.ts';
import { payLine, type PayLine } from './pay-line.ts';
import { payCells, payColumns, type PayCell, type PayColumn } from './pay-table.ts';
import { quickFacts, type QuickFact } from './quick-facts.ts';
import { occupationView, outlookViews, ukOccupationViews, type OccupationView, type OutlookView, type UkOccupationView } from './role-occupations.ts';

// The role page's components read these views from here, with the page they are part of.
export type { OccupationView, OutlookView } from './role-occupations.ts';

/** Entry-to-senior pay read from the primary occupation's percentiles: a proxy for experience, said as one. */
export interface SeniorityView {
  occupation: string;
  currency: string;
  low: { p10?: Amount; p25?: Amount };
  high: { p75?: Amount; p90?: Amount };
  median?: Amount;
  citation: Citation;
}

/** The pay table: the columns some row fills, and each row's cells in those columns. */
export interface PayTable {
  columns: PayColumn[];
  rows: { row: PayRow; cells: PayCell[] }[];
}

export interface RoleLink {
  slug: string;
  title: string;
  summary: string;
  headline?: HeadlinePay;
}

/** Everything a role page (and the API) shows, resolved and ready to render. */
export interface RolePage {
  slug: string;
  data: RoleData;
  // Day the role file last changed in git, when known.
  lastChanged?: string;
  headline?: HeadlinePay;
  // The opening sentence on pay, per currency and region, with the sources it rests on.
  payLine?: PayLine;
  payRows: PayRow[];
  payTable: PayTable;
  charts: PayChart[];
  facts: QuickFact[];
  occupations: OccupationView[];
  ukOccupations: UkOccupationView[];
  // Sentences comparing salary sites' UK figures with ONS ASHE for the primary unit group.
  ukComparisons: string[];
  seniority: SeniorityView[];
  outlook: OutlookView[];
  experience?: { citation: Citation; bands: { label: string; share: number }[]; note?: string };
  education: { typicalEntry: string; citation: Citation; levels: { level: string; share?: number; citation: Citation }[]; fields: string[] };
  // Skills by category; `hotIn` names the role's O*NET occupations that list the skill as a hot technology.
  skillGroups: { category: string; skills: (Skill & { hotIn: string[] })[] }[];
  related: RoleLink[];
  progression: { from: RoleLink[]; to: RoleLink[] };
  citations: Citation[];
  attributions: string[];
}

/** The primary occupations' low and high percentiles, US and UK, for the "entry to senior" reading. */
function seniorityViews(rows: readonly PayRow[], occupations: readonly OccupationView[], uk: readonly UkOccupationView[]): SeniorityView[] {
  const primaryUs = occupations.find((view) => view.occupation.primary) ?? occupations[0];
  const usRow = primaryUs ? rows.find((row) => row.id.startsWith(`oews-${primaryUs.occupation.soc}-`)) : undefined;
  const primaryUk = uk.find((view) => view.occupation.primary) ?? uk[0];
  const labelled = [
    { row: usRow, label: primaryUs ? `${primaryUs.occupation.title} (SOC ${primaryUs.occupation.soc})` : '' },
    { row: primaryUk?.row, label: primaryUk ? `${primaryUk.occupation.title} (SOC 2020 ${primaryUk.occupation.soc2020}, full-time)` : '' },
  ];
  return labelled.flatMap(({ row, label }) => {
    if (!row || (row.stats.p25 === undefined && row.stats.p10 === undefined) || (row.stats.p75 === undefined && row.stats.p90 === undefined)) return [];
    const { p10, p25, p75, p90, median } = row.stats;
    return [
      {
        occupation: label,
        currency: row.currency,
        low: { ...(p10 !== undefined ? { p10 } : {}), ...(p25 !== undefined ? { p25 } : {}) },
        high: { ...(p75 !== undefined ? { p75 } : {}), ...(p90 !== undefined ? { p90 } : {}) },
        ...(median !== undefined ? { median } : {}),
        citation: row.citation,
      },
    ];
  });
}

function payRows(catalog: Catalog, role: RoleData, citations: CitationList): { rows: PayRow[]; uk: UkOccupationView[] } {
  // Government rows lead (one method across roles); sources are numbered in the order they are shown, so the US
  // rows are cited before the UK unit groups' ASHE rows, and both before the role's own figures.
  const fromOews = role.occupations.flatMap((occupation) => {
    const data = catalog.data.oews.get(occupation.soc);
    const latest = data?.periods.at(-1);
    return data && latest ? [payRowFromOews(occupation, data, latest, citations)] : [];
  });
  const uk = ukOccupationViews(catalog, role, citations);
  const fromAshe = uk.flatMap((view) => (view.row ? [view.row] : []));
  const fromFigures = role.salaries.map((figure, index) => payRowFromFigure(figure, index, citations));
  return { rows: [...fromOews, ...fromAshe, ...fromFigures], uk };
}

function roleLink(catalog: Catalog, slug: string): RoleLink {
  const entry = catalog.rolesBySlug.get(slug);
  if (!entry) throw new Error(`Unknown role "${slug}"`);
  const headline = headlinePay(catalog, entry);
  return { slug, title: entry.data.title, summary: entry.data.summary, ...(headline ? { headline } : {}) };
}

/** Resolves one role into the typed object its page and its API entry are rendered from. */
export function buildRolePage(catalog: Catalog, entry: RoleEntry): RolePage {
  const { data: role, slug } = entry;
  const citations = new CitationList(catalog.sources);
  const { rows, uk } = payRows(catalog, role, citations);
  const occupations = role.occupations.map((occupation) => occupationView(catalog, occupation, citations));
  const outlook = outlookViews(role, occupations, catalog, citations);
  const experience = role.experience
    ? { citation: citations.cite(role.experience.source), bands: role.experience.bands, ...(role.experience.note ? { note: role.experience.note } : {}) }
    : undefined;
  const education = {
    typicalEntry: role.education.typicalEntry,
    citation: citations.cite(role.education.source),
    levels: role.education.levels.map((level) => ({
      level: level.level,
      ...(level.share !== undefined ? { share: level.share } : {}),
      citation: citations.cite(level.source),
    })),
    fields: role.education.fields,
  };
  const roleCodes = new Set(role.occupations.flatMap((occupation) => (occupation.onet ? [occupation.onet] : [])));
  const withHotness = (skill: Skill) => ({ ...skill, hotIn: (catalog.hotSkillOccupations.get(skill.id) ?? []).filter((code) => roleCodes.has(code)) });
  const skillGroups = skillCategories
    .map((category) => ({
      category,
      skills: role.skills[category].flatMap((id) => {
        const skill = catalog.skills.get(id);
        return skill ? [withHotness(skill)] : [];
      }),
    }))
    .filter((group) => group.skills.length > 0);
  const headline = headlinePay(catalog, entry);
  const cited = citations.all();
  const line = payLine(rows);
  const columns = payColumns(rows);
  return {
    slug,
    data: role,
    ...(entry.lastChanged ? { lastChanged: entry.lastChanged } : {}),
    ...(headline ? { headline } : {}),
    ...(line ? { payLine: line } : {}),
    payRows: rows,
    payTable: { columns, rows: rows.map((row) => ({ row, cells: payCells(row, columns) })) },
    charts: payCharts(rows),
    facts: quickFacts({ ...(headline ? { headline } : {}), payRows: rows, outlook, education, ...(experience ? { experience } : {}) }),
    occupations,
    ukOccupations: uk,
    ukComparisons: ukComparisons(rows, uk.find((view) => view.occupation.primary) ?? uk[0], formatAmount),
    seniority: seniorityViews(rows, occupations, uk),
    outlook,
    ...(experience ? { experience } : {}),
    education,
    skillGroups,
    related: role.related.map((other) => roleLink(catalog, other)),
    progression: { from: role.progression.from.map((other) => roleLink(catalog, other)), to: role.progression.to.map((other) => roleLink(catalog, other)) },
    citations: cited,
    attributions: cited.flatMap(({ source }) => (source.attribution ? [source.attribution] : [])),
  };
}

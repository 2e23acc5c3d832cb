import type { OnetProfile } from '../schemas/onet.ts';
import type { Occupation } from '../schemas/occupation.ts';
import type { ProjectedOccupation } from '../schemas/projections.ts';
import { skillCategories, type Skill } from '../schemas/skill.ts';
import type { RoleData } from '../schemas/role.ts';
import { statisticKeys, type StatisticKey } from '../schemas/salary.ts';
import type { Catalog, RoleEntry } from './catalog.ts';
import { payCharts, type PayChart } from './chart.ts';
import { type Citation, CitationList } from './citations.ts';
import { percentChange } from './format.ts';
import { headlinePay, type HeadlinePay } from './headline.ts';
import { hotTechnologies, type HotTechnology } from './onet-skills.ts';
import { type Amount, matchLabel, type MeasuredAs, measuredLabel, payRowFromFigure, payRowFromOews, type PayRow } from './pay.ts';
import { payLine, type PayLine } from './pay-line.ts';
import { payCells, payColumns, type PayCell, type PayColumn } from './pay-table.ts';
import { quickFacts, type QuickFact } from './quick-facts.ts';

/** An occupation linked to the role, with whatever government data covers it. */
export interface OccupationView {
  occupation: Occupation;
  matchLabel: string;
  trend?: WageTrend;
  projection?: { data: ProjectedOccupation; citation: Citation };
  // Task statements travel to the JSON API (with the licence); pages link to O*NET instead of repeating them.
  onet?: { profile: OnetProfile; citation: Citation; tasks: string[]; hotTechnologies: HotTechnology[] };
}

/** Wages of one occupation across every OEWS year in the data. */
export interface WageTrend {
  soc: string;
  title: string;
  periods: { label: string; employment: number; annual: Partial<Record<StatisticKey, Amount>>; citation: Citation }[];
  medianChangePct?: number;
  firstLabel: string;
  lastLabel: string;
}

export interface OutlookView {
  citation: Citation;
  region: string;
  growthPct: number;
  span: string;
  openings?: string;
  // What was projected when it is not exactly the role, as one phrase and in parts.
  measures?: string;
  measured?: MeasuredAs;
  note?: string;
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

const onetPreview = { technologies: 12 };

function wageTrend(catalog: Catalog, soc: string, citations: CitationList): WageTrend | undefined {
  const data = catalog.data.oews.get(soc);
  if (!data) return undefined;
  const periods = data.periods.map((period) => ({
    label: period.label,
    employment: period.employment,
    annual: Object.fromEntries(statisticKeys.flatMap((key) => (period.annual[key] === null ? [] : [[key, period.annual[key]]]))),
    citation: citations.cite(period.sourceId),
  }));
  const first = periods[0];
  const last = periods.at(-1);
  if (!first || !last) return undefined;
  const firstMedian = first.annual.median;
  const lastMedian = last.annual.median;
  return {
    soc,
    title: data.title,
    periods,
    ...(typeof firstMedian === 'number' && typeof lastMedian === 'number' && first !== last ? { medianChangePct: percentChange(firstMedian, lastMedian) } : {}),
    firstLabel: first.label,
    lastLabel: last.label,
  };
}

function occupationView(catalog: Catalog, occupation: Occupation, citations: CitationList): OccupationView {
  const trend = wageTrend(catalog, occupation.soc, citations);
  const projection = catalog.data.projections.get(occupation.soc);
  const profile = occupation.onet ? catalog.data.onet.get(occupation.onet) : undefined;
  return {
    occupation,
    matchLabel: matchLabel(occupation),
    ...(trend ? { trend } : {}),
    ...(projection ? { projection: { data: projection, citation: citations.cite(catalog.data.projectionsRelease.sourceId) } } : {}),
    ...(profile
      ? {
          onet: {
            profile,
            citation: citations.cite(profile.sourceId),
            tasks: profile.tasks.map((task) => task.text),
            hotTechnologies: hotTechnologies(profile, catalog.skillIdsByTechnology).slice(0, onetPreview.technologies),
          },
        }
      : {}),
  };
}

function payRows(catalog: Catalog, role: RoleData, citations: CitationList): PayRow[] {
  // Government rows lead (one method across roles); sources are numbered in the order they are shown.
  const fromOews = role.occupations.flatMap((occupation) => {
    const data = catalog.data.oews.get(occupation.soc);
    const latest = data?.periods.at(-1);
    return data && latest ? [payRowFromOews(occupation, data, latest, citations)] : [];
  });
  const fromFigures = role.salaries.map((figure, index) => payRowFromFigure(figure, index, citations));
  return [...fromOews, ...fromFigures];
}

const measuredParts = (measured: MeasuredAs) => ({ measures: measuredLabel(measured), measured });

function outlookViews(role: RoleData, occupations: OccupationView[], catalog: Catalog, citations: CitationList): OutlookView[] {
  const { baseYear, targetYear } = catalog.data.projectionsRelease;
  const government = occupations.flatMap(({ occupation, projection }) =>
    projection
      ? [
          {
            citation: projection.citation,
            region: 'United States',
            growthPct: projection.data.changePct,
            span: `${baseYear}–${targetYear}`,
            ...(projection.data.openingsPerYearThousands !== null
              ? { openings: `${(projection.data.openingsPerYearThousands * 1000).toLocaleString('en-US')} a year on average` }
              : {}),
            ...measuredParts({ title: occupation.title, code: `SOC ${occupation.soc}`, match: matchLabel(occupation) }),
          },
        ]
      : [],
  );
  const fromFrontmatter = role.outlook.map((outlook) => ({
    citation: citations.cite(outlook.source),
    region: outlook.region === 'US' ? 'United States' : outlook.region,
    growthPct: outlook.growthPct,
    span: outlook.fromYear && outlook.toYear ? `${outlook.fromYear}–${outlook.toYear}` : `${outlook.years} years, period not stated`,
    ...(outlook.openings !== undefined ? { openings: `${outlook.openings.toLocaleString('en-US')}${outlook.openingsBasis ? `, ${outlook.openingsBasis}` : ''}` } : {}),
    ...(outlook.publishedFor ? measuredParts({ title: outlook.publishedFor }) : {}),
    ...(outlook.note ? { note: outlook.note } : {}),
  }));
  return [...government, ...fromFrontmatter];
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
  const rows = payRows(catalog, role, citations);
  const occupations = role.occupations.map((occupation) => occupationView(catalog, occupation, citations));
  const outlook = outlookViews(role, occupations, catalog, citations);
  const experience = role.experience
    ? { citation: citations.cite(role.experience.source), bands: role.experience.bands, ...(role.experience.note ? { note: role.experience.note } : {}) }
    : undefined;
  const education = {
    typicalEntry: role.education.typicalEntry,
    citation: citations.cite(role.education.source),
    levels: role.education.levels.map((level) => ({ level: level.level, ...(level.share !== undefined ? { share: level.share } : {}), citation: citations.cite(level.source) })),
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


/** A role page's official occupations, US and UK, with the government data each brings: wages over time, projections, O*NET. */
import type { OnetProfile } from '../schemas/onet.ts';
import type { Occupation } from '../schemas/occupation.ts';
import type { ProjectedOccupation } from '../schemas/projections.ts';
import type { RoleData } from '../schemas/role.ts';
import type { UkOccupation } from '../schemas/uk-occupation.ts';
import { statisticKeys, type StatisticKey } from '../schemas/salary.ts';
import type { Catalog } from './catalog.ts';
import type { Citation, CitationList } from './citations.ts';
import { percentChange } from './format.ts';
import { payRowFromAshe, ukMatchLabel } from './uk-pay.ts';
import { urls } from './urls.ts';
import { hotTechnologies, type HotTechnology } from './onet-skills.ts';
import { type Amount, matchLabel, type MeasuredAs, measuredLabel, type PayRow, toAmount } from './pay.ts';

/** An occupation linked to the role, with whatever government data covers it. */
export interface OccupationView {
  occupation: Occupation;
  matchLabel: string;
  // The occupation's page on this site, when there is one.
  url?: string;
  trend?: WageTrend;
  projection?: { data: ProjectedOccupation; citation: Citation };
  // Task statements travel to the JSON API (with the licence); pages link to O*NET instead of repeating them.
  onet?: { profile: OnetProfile; citation: Citation; tasks: string[]; hotTechnologies: HotTechnology[] };
}

/** A UK SOC 2020 unit group linked to the role, with its ONS ASHE row and page. */
export interface UkOccupationView {
  occupation: UkOccupation;
  matchLabel: string;
  // The unit group's page, when ASHE publishes the group.
  url?: string;
  row?: PayRow;
}

/** Wages of one occupation across every OEWS year in the data. */
export interface WageTrend {
  soc: string;
  title: string;
  periods: { label: string; employment?: number; annual: Partial<Record<StatisticKey, Amount>>; citation: Citation }[];
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

const onetPreview = { technologies: 12 };

function wageTrend(catalog: Catalog, soc: string, citations: CitationList): WageTrend | undefined {
  const data = catalog.data.oews.get(soc);
  if (!data) return undefined;
  const periods = data.periods.map((period) => ({
    label: period.label,
    ...(typeof period.employment === 'number' ? { employment: period.employment } : {}),
    annual: Object.fromEntries(
      statisticKeys.flatMap((key) => {
        const value = period.annual?.[key];
        const amount = value === undefined ? undefined : toAmount(value);
        return amount === undefined ? [] : [[key, amount]];
      }),
    ),
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

export function occupationView(catalog: Catalog, occupation: Occupation, citations: CitationList): OccupationView {
  const trend = wageTrend(catalog, occupation.soc, citations);
  const projection = catalog.data.projections.get(occupation.soc);
  const profile = occupation.onet ? catalog.data.onet.get(occupation.onet) : undefined;
  const page = catalog.usOccupations.bySoc.get(occupation.soc);
  return {
    occupation,
    matchLabel: matchLabel(occupation),
    ...(page ? { url: urls.occupation(page.slug) } : {}),
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

export function ukOccupationViews(catalog: Catalog, role: RoleData, citations: CitationList): UkOccupationView[] {
  return role.ukOccupations.map((occupation) => {
    const group = catalog.data.ashe.get(occupation.soc2020);
    const page = catalog.ukOccupations.byCode.get(occupation.soc2020);
    return {
      occupation,
      matchLabel: ukMatchLabel(occupation),
      ...(page ? { url: urls.ukOccupation(page.slug) } : {}),
      ...(group ? { row: payRowFromAshe(occupation, group, citations.cite(catalog.data.asheRelease.sourceId)) } : {}),
    };
  });
}

const measuredParts = (measured: MeasuredAs) => ({ measures: measuredLabel(measured), measured });

export function outlookViews(role: RoleData, occupations: OccupationView[], catalog: Catalog, citations: CitationList): OutlookView[] {
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
    ...(outlook.openings !== undefined
      ? { openings: `${outlook.openings.toLocaleString('en-US')}${outlook.openingsBasis ? `, ${outlook.openingsBasis}` : ''}` }
      : {}),
    ...(outlook.publishedFor ? measuredParts({ title: outlook.publishedFor }) : {}),
    ...(outlook.note ? { note: outlook.note } : {}),
  }));
  return [...government, ...fromFrontmatter];
}

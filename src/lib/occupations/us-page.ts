import type { Catalog } from '../catalog.ts';
import { type Citation, CitationList } from '../citations.ts';
import { formatChange, formatCount, percentChange } from '../format.ts';
import { urls } from '../urls.ts';
import { onetView, type OnetView } from './onet-view.ts';
import type { UsOccupationEntry, UsOccupationIndex } from './us-catalog.ts';
import { wageCell, wageHistoryRows, type WageCell, type WageHistoryRow } from './wage-cells.ts';
import { formatAmount } from '../format.ts';

/** A labelled fact with its citation, e.g. "Openings a year" → "115,200". */
export interface Fact {
  label: string;
  value: string;
  citation: Citation;
}

/** Everything a US occupation page shows, built once from the catalogue. */
export interface UsOccupationPage {
  soc: string;
  title: string;
  slug: string;
  url: string;
  majorGroup: { title: string; url: string };
  // Meta description and search summary, in our words.
  summary: string;
  wages: {
    annual: WageHistoryRow[];
    hourly: WageHistoryRow[];
    citations: ReadonlyMap<string, Citation>;
    // Why a unit is missing (annual-only or hourly-only occupations), or why there are no wages at all.
    notes: string[];
    // Median annual wage, first release against the newest, not adjusted for inflation.
    medianChange?: { from: string; to: string; text: string };
  };
  projection: { facts: Fact[] } | { missing: string };
  // The first-screen facts: newest median pay, employment, growth, openings, entry education.
  keyFacts: Fact[];
  // Newest annual median for lists and the API; the cell says if it is top-coded or not available.
  latestMedian?: { cell: WageCell; unit: 'year' | 'hour'; label: string };
  // Projected change 2024–34 in percent.
  growthPct?: number;
  onet: OnetView[];
  // Why there is no O*NET profile, when there is none.
  onetMissing?: string;
  roles: { title: string; url: string }[];
  citations: Citation[];
  usesOnet: boolean;
}

function wageNotes(entry: UsOccupationEntry, releases: UsOccupationIndex['releases']): string[] {
  const periods = entry.oews?.periods ?? [];
  if (periods.length === 0) {
    return [
      entry.soc.startsWith('55-')
        ? 'BLS OEWS publishes no wages for military occupations: it surveys civilian wage and salary jobs only.'
        : 'BLS OEWS publishes no national wage estimates under this code in May 2021–May 2025: its national files combine some O*NET codes into broader or OEWS-specific codes, which are listed with the other occupations of this major group.',
    ];
  }
  const notes: string[] = [];
  const newest = periods.at(-1);
  if (newest?.wageBasis === 'annual-only')
    notes.push('BLS publishes annual wages only for this occupation (its workers are usually paid by the year, not the hour), so there is no hourly table.');
  if (newest?.wageBasis === 'hourly-only')
    notes.push(
      'BLS publishes hourly wages only for this occupation (its workers often work fewer than 2,080 hours a year), so there is no annual table; we do not convert.',
    );
  const present = new Set(periods.map((period) => period.sourceId));
  const absent = releases.filter((release) => !present.has(release.sourceId)).map((release) => release.label);
  if (absent.length > 0) notes.push(`Not published in ${absent.join(' or ')}.`);
  if (
    periods.some((period) =>
      [period.annual, period.hourly].some((set) => set && Object.values(set).some((value) => typeof value === 'object' && 'atLeast' in value)),
    )
  ) {
    notes.push(
      '"or more" marks wages BLS top-codes: it publishes only that they reach its ceiling ($208,000 a year in May 2021, $239,200 from May 2022). The May 2025 release top-codes nothing, so its top percentiles are not comparable with earlier years.',
    );
  }
  return notes;
}

function medianChange(entry: UsOccupationEntry): UsOccupationPage['wages']['medianChange'] {
  const periods = (entry.oews?.periods ?? []).filter((period) => typeof period.annual?.median === 'number');
  const first = periods[0];
  const last = periods.at(-1);
  if (!first || !last || first === last) return undefined;
  const change = percentChange(first.annual?.median as number, last.annual?.median as number);
  return {
    from: first.label,
    to: last.label,
    text: `${formatChange(change)} in the median annual wage from ${first.label} to ${last.label}, in current dollars (not adjusted for inflation)`,
  };
}

function projectionOf(entry: UsOccupationEntry, catalog: Catalog, citations: CitationList): UsOccupationPage['projection'] {
  const projection = entry.projection;
  if (!projection) return { missing: 'BLS Employment Projections 2024–34 has no line item for this code.' };
  const citation = citations.cite(catalog.data.projectionsRelease.sourceId);
  const thousands = (value: number) => formatCount(Math.round(value * 1000));
  const facts: Fact[] = [
    { label: 'Employment, 2024 (includes the self-employed)', value: thousands(projection.employment2024Thousands), citation },
    { label: 'Projected employment, 2034', value: thousands(projection.employment2034Thousands), citation },
    {
      label: 'Change, 2024–34',
      value: `${formatChange(projection.changePct)} (${projection.changeThousands >= 0 ? '+' : '\u2212'}${thousands(Math.abs(projection.changeThousands))} jobs)`,
      citation,
    },
    {
      label: 'Openings a year, on average',
      value: projection.openingsPerYearThousands === null ? 'not available' : thousands(projection.openingsPerYearThousands),
      citation,
    },
    { label: 'Typical education for entry', value: projection.typicalEducation ?? 'not available', citation },
    { label: 'Work experience in a related occupation', value: projection.workExperience ?? 'not available', citation },
    { label: 'Typical on-the-job training', value: projection.onTheJobTraining ?? 'not available', citation },
  ];
  return { facts };
}

function cellText(cell: WageCell): string {
  if (cell.kind === 'not-available') return 'not available';
  return `${formatAmount(cell.amount, 'USD')}${cell.kind === 'at-least' ? ' or more' : ''}`;
}

function latestMedianOf(entry: UsOccupationEntry): UsOccupationPage['latestMedian'] {
  const newest = entry.oews?.periods.at(-1);
  if (!newest) return undefined;
  if (newest.annual) return { cell: wageCell(newest.annual.median), unit: 'year', label: newest.label };
  if (newest.hourly) return { cell: wageCell(newest.hourly.median), unit: 'hour', label: newest.label };
  return undefined;
}

function keyFactsOf(entry: UsOccupationEntry, latest: UsOccupationPage['latestMedian'], citations: CitationList, catalog: Catalog): Fact[] {
  const facts: Fact[] = [];
  const newest = entry.oews?.periods.at(-1);
  if (newest && latest) {
    const citation = citations.cite(newest.sourceId);
    facts.push({ label: `Median pay, US, ${latest.label}`, value: `${cellText(latest.cell)} USD ${latest.unit === 'year' ? 'a year' : 'an hour'}`, citation });
    if (typeof newest.employment === 'number') facts.push({ label: `Employed, ${latest.label}`, value: formatCount(newest.employment), citation });
  }
  if (entry.projection) {
    const citation = citations.cite(catalog.data.projectionsRelease.sourceId);
    facts.push({ label: 'Projected change, 2024–34', value: formatChange(entry.projection.changePct), citation });
    if (entry.projection.openingsPerYearThousands !== null)
      facts.push({ label: 'Openings a year', value: formatCount(Math.round(entry.projection.openingsPerYearThousands * 1000)), citation });
    if (entry.projection.typicalEducation) facts.push({ label: 'Typical entry education', value: entry.projection.typicalEducation, citation });
  }
  return facts;
}

/** Turns one catalogue entry into the page object the route, the API and the search index all read. */
export function buildUsOccupationPage(catalog: Catalog, index: UsOccupationIndex, entry: UsOccupationEntry): UsOccupationPage {
  const citations = new CitationList(catalog.sources);
  const periods = entry.oews?.periods ?? [];
  const wageCitations = new Map(periods.map((period) => [period.sourceId, citations.cite(period.sourceId)]));
  const latestMedian = latestMedianOf(entry);
  const keyFacts = keyFactsOf(entry, latestMedian, citations, catalog);
  const projection = projectionOf(entry, catalog, citations);
  if (entry.onet.length > 0) citations.cite('onet-29.3');
  return {
    soc: entry.soc,
    title: entry.title,
    slug: entry.slug,
    url: urls.occupation(entry.slug),
    majorGroup: { title: entry.majorGroup.title, url: urls.occupationGroup(entry.majorGroup.slug) },
    summary: `${entry.title} (SOC ${entry.soc}): US wages from BLS OEWS May 2021–May 2025, the 2024–34 outlook and the O*NET profile, every figure cited.`,
    wages: {
      annual: wageHistoryRows(periods, 'annual'),
      hourly: wageHistoryRows(periods, 'hourly'),
      citations: wageCitations,
      notes: wageNotes(entry, index.releases),
      ...(medianChange(entry) ? { medianChange: medianChange(entry) } : {}),
    },
    projection,
    keyFacts,
    ...(latestMedian ? { latestMedian } : {}),
    ...(entry.projection ? { growthPct: entry.projection.changePct } : {}),
    onet: entry.onet.map((profile) => onetView(profile, index, catalog.skillIdsByTechnology, catalog.usedSkillIds)),
    ...(entry.onet.length === 0 ? { onetMissing: 'O*NET 29.3 has no profile filed under this code.' } : {}),
    roles: entry.roles.map((role) => ({ title: role.data.title, url: urls.role(role.slug) })),
    citations: citations.all(),
    usesOnet: entry.onet.length > 0,
  };
}

import type { OewsOccupation } from '../../schemas/oews.ts';
import type { OnetProfile } from '../../schemas/onet.ts';
import type { ProjectedOccupation } from '../../schemas/projections.ts';
import type { RoleEntry } from '../catalog.ts';
import type { OpenData } from '../open-data.ts';

/** One US occupation page: a detailed SOC code with whatever OEWS, EP and O*NET publish for it. */
export interface UsOccupationEntry {
  // 2018 SOC code, e.g. "15-1252".
  soc: string;
  // Title: BLS OEWS's newest, else EP's, else O*NET's.
  title: string;
  // URL segment, e.g. "15-1252-software-developers".
  slug: string;
  // SOC major group, e.g. { soc: "15-0000", title: "Computer and Mathematical Occupations" }.
  majorGroup: { soc: string; title: string; slug: string };
  // OEWS entry (detailed level), when BLS published wages for the code in any release.
  oews?: OewsOccupation;
  // Employment Projections line item, when EP has one.
  projection?: ProjectedOccupation;
  // O*NET-SOC profiles filed under the code ("15-1252.00", or "13-1021.00" … under a broad-only code such as 13-1020).
  onet: OnetProfile[];
  // Role guides that name the code among their occupations, in title order.
  roles: RoleEntry[];
}

/** The US occupation pages and the lookups pages need, built in one pass over each dataset. */
export interface UsOccupationIndex {
  entries: readonly UsOccupationEntry[];
  bySoc: ReadonlyMap<string, UsOccupationEntry>;
  // O*NET-SOC code → the page that shows it.
  byOnetCode: ReadonlyMap<string, UsOccupationEntry>;
  // Every OEWS release, oldest first, as the all-occupations total lists them.
  releases: readonly { sourceId: string; label: string }[];
  // Major groups in code order, with their entries.
  majorGroups: readonly { soc: string; title: string; slug: string; entries: UsOccupationEntry[] }[];
}

/** "Computer & Mathematical" → "computer-and-mathematical". */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/&/g, ' and ')
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

const majorOf = (soc: string) => `${soc.slice(0, 2)}-0000`;
// OEWS publishes a few occupations only at broad level (13-1020 Buyers and Purchasing Agents covers 13-1021…13-1023).
const broadOf = (soc: string) => `${soc.slice(0, 6)}0`;

function majorGroupOf(soc: string, titles: ReadonlyMap<string, string>): { soc: string; title: string; slug: string } {
  // OEWS has no military group; O*NET does (55-xxxx), so its title is SOC 2018's own.
  const title = titles.get(soc) ?? (soc === '55-0000' ? 'Military Specific Occupations' : `Group ${soc}`);
  return { soc, title, slug: `${soc.slice(0, 2)}-${slugify(title)}` };
}

/** Every detailed occupation any dataset publishes, each on one page, with O*NET codes attached to their SOC page. */
export function buildUsOccupationIndex(data: OpenData, roles: readonly RoleEntry[]): UsOccupationIndex {
  const majorTitles = new Map<string, string>();
  const detailed = new Map<string, OewsOccupation>();
  for (const entry of data.oewsEntries) {
    if (entry.level === 'major') majorTitles.set(entry.soc, entry.title);
    if (entry.level === 'detailed') detailed.set(entry.soc, entry);
  }
  const codes = new Set(detailed.keys());
  for (const projection of data.projections.values()) if (projection.occupationType === 'Line item') codes.add(projection.soc);
  const onetBySoc = new Map<string, OnetProfile[]>();
  for (const profile of data.onet.values()) {
    const own = profile.code.slice(0, 7);
    const soc = codes.has(own) ? own : codes.has(broadOf(own)) ? broadOf(own) : own;
    codes.add(soc);
    onetBySoc.set(soc, [...(onetBySoc.get(soc) ?? []), profile]);
  }
  const rolesBySoc = new Map<string, RoleEntry[]>();
  for (const role of roles) {
    for (const soc of new Set(role.data.occupations.map((occupation) => occupation.soc))) rolesBySoc.set(soc, [...(rolesBySoc.get(soc) ?? []), role]);
  }
  const entries: UsOccupationEntry[] = [...codes].sort().map((soc) => {
    const oews = detailed.get(soc);
    const projection = data.projections.get(soc);
    const onet = (onetBySoc.get(soc) ?? []).sort((a, b) => (a.code < b.code ? -1 : 1));
    const title = oews?.title ?? projection?.title ?? onet[0]?.title ?? soc;
    const major = majorOf(soc);
    return {
      soc,
      title,
      slug: `${soc}-${slugify(title)}`,
      majorGroup: majorGroupOf(major, majorTitles),
      ...(oews ? { oews } : {}),
      ...(projection && projection.occupationType === 'Line item' ? { projection } : {}),
      onet,
      roles: rolesBySoc.get(soc) ?? [],
    };
  });
  const bySoc = new Map(entries.map((entry) => [entry.soc, entry]));
  const byOnetCode = new Map(entries.flatMap((entry) => entry.onet.map((profile) => [profile.code, entry] as const)));
  const groups = new Map<string, { soc: string; title: string; slug: string; entries: UsOccupationEntry[] }>();
  for (const entry of entries) {
    const group = groups.get(entry.majorGroup.soc) ?? { ...entry.majorGroup, entries: [] };
    group.entries.push(entry);
    groups.set(entry.majorGroup.soc, group);
  }
  const total = data.oewsEntries.find((entry) => entry.level === 'total');
  const releases = (total?.periods ?? []).map((period) => ({ sourceId: period.sourceId, label: period.label }));
  return { entries, bySoc, byOnetCode, releases, majorGroups: [...groups.values()] };
}

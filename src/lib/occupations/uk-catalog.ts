import type { AsheGroup } from '../../schemas/ashe.ts';
import type { Soc2020Group } from '../../schemas/soc2020.ts';
import type { RoleEntry } from '../catalog.ts';
import type { OpenData } from '../open-data.ts';
import { slugify } from './us-catalog.ts';

/** One UK occupation page: a SOC 2020 unit group with its ASHE pay and ONS description. */
export interface UkOccupationEntry {
  // SOC 2020 unit group code, e.g. "2134".
  code: string;
  // Current ONS title (SOC 2020 Volume 1); ASHE's own title is kept where it differs.
  title: string;
  asheTitle: string;
  slug: string;
  majorGroup: { code: string; title: string };
  ashe: AsheGroup;
  description?: Soc2020Group;
  roles: RoleEntry[];
}

export interface UkOccupationIndex {
  entries: readonly UkOccupationEntry[];
  byCode: ReadonlyMap<string, UkOccupationEntry>;
  majorGroups: readonly { code: string; title: string; entries: UkOccupationEntry[] }[];
}

/** Every unit group ASHE publishes (412), in ONS's order, each joined once to its description and role guides. */
export function buildUkOccupationIndex(data: OpenData, roles: readonly RoleEntry[]): UkOccupationIndex {
  const rolesByCode = new Map<string, RoleEntry[]>();
  for (const role of roles) {
    for (const code of new Set(role.data.ukOccupations.map((occupation) => occupation.soc2020)))
      rolesByCode.set(code, [...(rolesByCode.get(code) ?? []), role]);
  }
  const entries: UkOccupationEntry[] = [];
  const groups = new Map<string, { code: string; title: string; entries: UkOccupationEntry[] }>();
  for (const ashe of data.ashe.values()) {
    if (ashe.level !== 'unit') continue;
    const description = data.soc2020.get(ashe.code);
    const title = description?.title ?? ashe.title;
    const majorCode = ashe.code.slice(0, 1);
    const major = groups.get(majorCode) ?? {
      code: majorCode,
      title: data.soc2020.get(majorCode)?.title ?? data.ashe.get(majorCode)?.title ?? majorCode,
      entries: [],
    };
    const entry: UkOccupationEntry = {
      code: ashe.code,
      title,
      asheTitle: ashe.title,
      slug: `${ashe.code}-${slugify(title)}`,
      majorGroup: { code: major.code, title: major.title },
      ashe,
      ...(description ? { description } : {}),
      roles: rolesByCode.get(ashe.code) ?? [],
    };
    entries.push(entry);
    major.entries.push(entry);
    groups.set(majorCode, major);
  }
  return { entries, byCode: new Map(entries.map((entry) => [entry.code, entry])), majorGroups: [...groups.values()] };
}

/**
 * Which pages a per-page browser sweep visits. `npm test` checks every kind of page (one route template: "/roles/",
 * "/occupations/", "/occupations/group/" …) on an evenly spaced, sorted sample that keeps each kind's first and last
 * page, so a run is the same every time and stays inside 10 minutes as the collections grow. `npm run test:full`
 * (ALL_PAGES=1, what CI runs) checks every page, the role guide an editor just added included.
 */

/** The kind of a page: the route it comes from, read as its parent path ("/roles/x/" → "/roles/", "/roles/" → "/"). */
export function pageKind(path: string, basePath = '/'): string {
  const segments = path.slice(basePath.length).split('/').filter(Boolean);
  return `/${segments
    .slice(0, -1)
    .map((segment) => `${segment}/`)
    .join('')}`;
}

export interface SampleOptions {
  /** Pages kept of a kind with more than this many. */
  perKind?: number;
  /** Kinds checked in full whatever their size. */
  inFull?: readonly string[];
  /** Every page, no sample. */
  all?: boolean;
  /** The site's base path, with slashes at both ends. */
  basePath?: string;
}

/** The default sample: 6 pages of each kind. */
export const defaultSample: Required<Pick<SampleOptions, 'perKind' | 'inFull'>> = { perKind: 6, inFull: [] };

/** Up to `perKind` pages of each kind (at least 2: the first and the last), evenly spaced over the sorted list; every page when `all` is true. */
export function samplePages(
  paths: readonly string[],
  { perKind = defaultSample.perKind, inFull = defaultSample.inFull, all = false, basePath = '/' }: SampleOptions = {},
): string[] {
  if (all) return [...paths];
  if (perKind < 2) throw new Error(`perKind must be at least 2 (the first and the last page of a kind), not ${perKind}`);
  const byKind = new Map<string, string[]>();
  for (const path of [...paths].sort()) {
    const kind = pageKind(path, basePath);
    byKind.set(kind, [...(byKind.get(kind) ?? []), path]);
  }
  return [...byKind].flatMap(([kind, group]) => {
    if (group.length <= perKind || inFull.includes(kind)) return group;
    const step = (group.length - 1) / (perKind - 1);
    return Array.from({ length: perKind }, (_, index) => group[Math.round(index * step)]!);
  });
}

/** True when the run asks for every page rather than a sample (npm run test:full). */
export const allPages = process.env.ALL_PAGES === '1';

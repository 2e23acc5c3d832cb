/**
 * Which pages a per-page browser check visits. Every kind of page (URL prefix: /roles/, /skills/, /compare/ …) is
 * checked; a kind with more than `perPrefix` pages is checked on an evenly spaced, sorted sample that always keeps
 * the first and the last page, so a run is the same every time and stays quick as the site grows.
 * ALL_PAGES=1 checks every page.
 */

/** The kind of a page: its first path segment under the base ("/roles/x/" → "roles"), "" for the home page. */
export function pageKind(path: string, basePath = '/'): string {
  return path.slice(basePath.length).split('/')[0] ?? '';
}

/** Up to `perPrefix` pages of each kind, evenly spaced over the sorted list; every page when `all` is true. */
export function samplePages(paths: readonly string[], { perPrefix = 50, all = false, basePath = '/' }: { perPrefix?: number; all?: boolean; basePath?: string } = {}): string[] {
  if (all) return [...paths];
  const byKind = new Map<string, string[]>();
  for (const path of [...paths].sort()) byKind.set(pageKind(path, basePath), [...(byKind.get(pageKind(path, basePath)) ?? []), path]);
  return [...byKind.values()].flatMap((group) => {
    if (group.length <= perPrefix) return group;
    const step = (group.length - 1) / (perPrefix - 1);
    return Array.from({ length: perPrefix }, (_, index) => group[Math.round(index * step)]!);
  });
}

/** True when the environment asks for every page rather than a sample. */
export const allPages = process.env.ALL_PAGES === '1';

/** Reads the per-file times `astro build` prints ("├─ /roles/x/index.html (+12ms)") into totals per route group. */
import { stripVTControlCharacters } from 'node:util';

export interface RouteGroup {
  // First path segment, e.g. "/roles/", "/og/", or the file itself at the root ("/index.html").
  prefix: string;
  files: number;
  totalMs: number;
}

const routeLine = /[├└]─ (\/\S*) \(\+(\d+(?:\.\d+)?)(ms|s)\)/;

/** Groups a build log's generated files by their first path segment, largest total first. */
export function breakdownByRoute(buildOutput: string): RouteGroup[] {
  const groups = new Map<string, RouteGroup>();
  // Strip the terminal colours Astro prints.
  for (const line of stripVTControlCharacters(buildOutput).split('\n')) {
    const match = routeLine.exec(line);
    if (!match) continue;
    const [, path = '', amount = '0', unit] = match;
    const segments = path.split('/').filter(Boolean);
    const prefix = segments.length > 1 ? `/${segments[0]}/` : path;
    const group = groups.get(prefix) ?? { prefix, files: 0, totalMs: 0 };
    group.files += 1;
    group.totalMs += Number(amount) * (unit === 's' ? 1000 : 1);
    groups.set(prefix, group);
  }
  return [...groups.values()].sort((a, b) => b.totalMs - a.totalMs);
}

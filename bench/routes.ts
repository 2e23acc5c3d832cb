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

/** A stretch of a build between two things `astro build` logs. */
export interface BuildPhase {
  name: string;
  ms: number;
}

// Log lines that open each phase, in the order Astro prints them; a phase runs until the next one's line.
const phaseMarkers: { name: string; line: RegExp }[] = [
  { name: 'content sync and types', line: /\[content\] Syncing content/ },
  { name: 'collecting build info', line: /\[build\] Collecting build info/ },
  { name: 'bundling (Vite)', line: /\[build\] Building static entrypoints/ },
  { name: 'page generation', line: /generating static routes/ },
  { name: 'integrations after the build (sitemap, search index)', line: /^\d\d:\d\d:\d\d ✓ Completed in/ },
];

function clockMs(line: string): number | undefined {
  const match = /^(\d\d):(\d\d):(\d\d) /.exec(line);
  return match ? ((Number(match[1]) * 60 + Number(match[2])) * 60 + Number(match[3])) * 1000 : undefined;
}

/**
 * Splits a build's wall time into phases from the timestamps (whole seconds) Astro prints. "Setup" is
 * from process start to the first timestamped line, so the phases add up to the wall time.
 */
export function buildPhases(buildOutput: string, wallMs: number): BuildPhase[] {
  const lines = stripVTControlCharacters(buildOutput).split('\n');
  const stamped = lines
    .map((line, index) => ({ line, index, at: clockMs(line) }))
    .filter((entry): entry is { line: string; index: number; at: number } => entry.at !== undefined);
  const first = stamped[0];
  const last = stamped.at(-1);
  if (!first || !last) return [];
  // A day boundary inside a build would make later times smaller; unwrap them.
  let offset = 0;
  let previous = first.at;
  const times = stamped.map((entry) => {
    if (entry.at + offset < previous) offset += 24 * 3600 * 1000;
    previous = entry.at + offset;
    return { ...entry, at: entry.at + offset };
  });
  // "generating static routes" has no timestamp of its own: it takes the next stamped line's time.
  const timeAt = (index: number) => times.find((entry) => entry.index >= index)?.at;
  const starts: { name: string; at: number }[] = [];
  let from = 0;
  for (const marker of phaseMarkers) {
    const index = lines.findIndex((line, position) => position >= from && marker.line.test(line));
    if (index === -1) continue;
    const at = timeAt(index);
    if (at === undefined) continue;
    starts.push({ name: marker.name, at });
    from = index + 1;
  }
  const end = times.at(-1)!.at;
  const logged = end - first.at;
  const phases = [{ name: 'setup (process start to first log line)', ms: Math.max(0, wallMs - logged) }];
  starts.forEach((start, index) => phases.push({ name: start.name, ms: (starts[index + 1]?.at ?? end) - start.at }));
  return phases;
}

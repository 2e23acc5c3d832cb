import type { RoleEntry } from './catalog.ts';

/** A move people commonly make, from one role to another. */
export interface ProgressionEdge {
  from: string;
  to: string;
}

/** One stage of the path graph: roles at the same progression depth. */
export interface PathStage {
  depth: number;
  slugs: string[];
}

/**
 * Every progression edge, from both sides of the data: a role's `to` and the other role's `from` say the same
 * thing, so either is enough. Deduplicated, self-loops and unknown roles dropped, sorted.
 */
export function progressionEdges(roles: readonly RoleEntry[]): ProgressionEdge[] {
  const known = new Set(roles.map((role) => role.slug));
  const edges = new Map<string, ProgressionEdge>();
  const add = (from: string, to: string) => {
    if (from !== to && known.has(from) && known.has(to)) edges.set(`${from}\u0000${to}`, { from, to });
  };
  for (const role of roles) {
    role.data.progression.to.forEach((to) => add(role.slug, to));
    role.data.progression.from.forEach((from) => add(from, role.slug));
  }
  return [...edges.values()].sort((x, y) => compare(x.from, y.from) || compare(x.to, y.to));
}

function compare(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}

export function pushTo<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Depth of each role: 0 where no path leads in, else one more than the deepest role leading to it (the longest
 * path, so a role sits below everything it can follow). An edge that would close a cycle is ignored, so
 * A → B → A still lays out (one of the two becomes a starting point) and the walk always ends. One visit per
 * role and edge, with an explicit stack, so long ladders cannot overflow the call stack.
 */
export function progressionDepths(slugs: readonly string[], edges: readonly ProgressionEdge[]): Map<string, number> {
  const incoming = new Map<string, string[]>(slugs.map((slug) => [slug, []]));
  for (const edge of edges) incoming.get(edge.to)?.push(edge.from);
  for (const list of incoming.values()) list.sort(compare);
  const depths = new Map<string, number>();
  const onPath = new Set<string>();
  for (const root of [...slugs].sort(compare)) {
    if (depths.has(root)) continue;
    // Each frame: a role and how many of its incoming roles have been looked at.
    const stack: { slug: string; next: number; depth: number }[] = [{ slug: root, next: 0, depth: 0 }];
    onPath.add(root);
    while (stack.length > 0) {
      const frame = stack.at(-1)!;
      const from = incoming.get(frame.slug)!;
      if (frame.next < from.length) {
        const previous = from[frame.next++]!;
        if (onPath.has(previous) || !incoming.has(previous)) continue;
        const known = depths.get(previous);
        if (known !== undefined) frame.depth = Math.max(frame.depth, known + 1);
        else {
          onPath.add(previous);
          stack.push({ slug: previous, next: 0, depth: 0 });
        }
        continue;
      }
      stack.pop();
      onPath.delete(frame.slug);
      depths.set(frame.slug, frame.depth);
      const parent = stack.at(-1);
      if (parent) parent.depth = Math.max(parent.depth, frame.depth + 1);
    }
  }
  return depths;
}

/**
 * Roles grouped by depth. Within a stage, roles follow the average position of the roles leading to them
 * in earlier stages (fewer crossing lines in the drawing), then `order` (e.g. title) breaks ties. Depths may
 * be given (those of the whole catalogue, when drawing part of it); stages keep them, without gaps filled.
 */
export function progressionStages(
  slugs: readonly string[],
  edges: readonly ProgressionEdge[],
  order: (a: string, b: string) => number = compare,
  depths: ReadonlyMap<string, number> = progressionDepths(slugs, edges),
): PathStage[] {
  const byDepth = new Map<number, string[]>();
  for (const slug of slugs) {
    const depth = depths.get(slug) ?? 0;
    const list = byDepth.get(depth);
    if (list) list.push(slug);
    else byDepth.set(depth, [slug]);
  }
  const incoming = new Map<string, string[]>();
  for (const edge of edges) pushTo(incoming, edge.to, edge.from);
  const position = new Map<string, number>();
  const stages: PathStage[] = [];
  for (const depth of [...byDepth.keys()].sort((x, y) => x - y)) {
    const members = byDepth.get(depth)!;
    // Worked out once per role, not per comparison: with thousands of roles, scanning every edge inside the sort took minutes.
    const barycentres = new Map(
      members.map((slug) => {
        const placed = (incoming.get(slug) ?? []).filter((from) => position.has(from)).map((from) => position.get(from)!);
        return [slug, placed.length > 0 ? placed.reduce((sum, value) => sum + value, 0) / placed.length : Number.POSITIVE_INFINITY];
      }),
    );
    const sorted = [...members].sort((a, b) => {
      const delta = barycentres.get(a)! - barycentres.get(b)!;
      return Number.isFinite(delta) && delta !== 0 ? delta : order(a, b);
    });
    // Positions are fractions of the stage width so stages with different counts line up.
    sorted.forEach((slug, index) => position.set(slug, (index + 0.5) / sorted.length));
    stages.push({ depth, slugs: sorted });
  }
  return stages;
}

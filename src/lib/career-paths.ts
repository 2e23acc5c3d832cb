import type { Catalog, RoleEntry } from './catalog.ts';
import { CitationList } from './citations.ts';
import { sharedPayRows } from './compare.ts';
import { headlinePay, type HeadlinePay } from './headline.ts';
import { payRowFromFigure } from './pay.ts';

/** A move people commonly make, from one role to another. */
export interface ProgressionEdge {
  from: string;
  to: string;
}

/** What a move does to pay, or why the figures cannot say. */
export type PayChange =
  | {
      comparable: true;
      // Headline: both roles' list figure; shared source: a non-government source with a figure for both.
      basis: 'headline' | 'shared-source';
      statistic: 'median' | 'mean' | 'p10' | 'p25' | 'p75' | 'p90';
      from: number;
      to: number;
      difference: number;
      percent: number;
      currency: string;
      region: string;
      sourceId: string;
      sourceLabel: string;
      // What each figure measures when it is an occupation standing in for the role.
      fromMeasures?: string;
      toMeasures?: string;
    }
  | { comparable: false; reason: string };

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

/**
 * Depth of each role: 0 where no path leads in, else one more than the deepest role leading to it (the longest
 * path, so a role sits below everything it can follow). An edge that would close a cycle is ignored, so
 * A → B → A still lays out (one of the two becomes a starting point) and the walk always ends.
 */
export function progressionDepths(slugs: readonly string[], edges: readonly ProgressionEdge[]): Map<string, number> {
  const incoming = new Map<string, string[]>(slugs.map((slug) => [slug, []]));
  for (const edge of edges) incoming.get(edge.to)?.push(edge.from);
  const depths = new Map<string, number>();
  const onPath = new Set<string>();
  const depthOf = (slug: string): number => {
    const known = depths.get(slug);
    if (known !== undefined) return known;
    onPath.add(slug);
    let depth = 0;
    for (const from of [...(incoming.get(slug) ?? [])].sort(compare)) {
      if (onPath.has(from) || !incoming.has(from)) continue;
      depth = Math.max(depth, depthOf(from) + 1);
    }
    onPath.delete(slug);
    depths.set(slug, depth);
    return depth;
  };
  [...slugs].sort(compare).forEach(depthOf);
  return depths;
}

/**
 * Roles grouped by depth. Within a stage, roles follow the average position of the roles leading to them
 * in earlier stages (fewer crossing lines in the drawing), then `order` (e.g. title) breaks ties.
 */
export function progressionStages(slugs: readonly string[], edges: readonly ProgressionEdge[], order: (a: string, b: string) => number = compare): PathStage[] {
  const depths = progressionDepths(slugs, edges);
  const maxDepth = Math.max(-1, ...depths.values());
  const position = new Map<string, number>();
  const stages: PathStage[] = [];
  const incoming = new Map<string, string[]>();
  for (const edge of edges) incoming.set(edge.to, [...(incoming.get(edge.to) ?? []), edge.from]);
  for (let depth = 0; depth <= maxDepth; depth += 1) {
    const members = slugs.filter((slug) => depths.get(slug) === depth);
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
    if (sorted.length > 0) stages.push({ depth, slugs: sorted });
  }
  return stages;
}

function comparableHeadlines(from: HeadlinePay, to: HeadlinePay): boolean {
  return from.currency === to.currency && from.region === to.region && from.sourceId === to.sourceId && from.kind === to.kind;
}

/** A change from the first source both roles have a like-for-like figure from, in the same currency, region and period. */
function sharedSourceChange(catalog: Catalog, from: RoleEntry, to: RoleEntry): PayChange | undefined {
  const citations = new CitationList(catalog.sources);
  const shared = sharedPayRows(
    from.data.salaries.map((figure, index) => payRowFromFigure(figure, index, citations)),
    to.data.salaries.map((figure, index) => payRowFromFigure(figure, index, citations)),
  ).find((row) => row.period === 'year' && row.difference);
  if (!shared?.difference) return undefined;
  const { difference } = shared;
  return {
    comparable: true,
    basis: 'shared-source',
    statistic: difference.statistic,
    from: difference.a,
    to: difference.b,
    difference: difference.difference,
    percent: difference.percent,
    currency: shared.currency,
    region: shared.region,
    sourceId: shared.citation.source.id,
    sourceLabel: shared.citation.source.publisher,
    ...(shared.a.measures ? { fromMeasures: shared.a.measures } : {}),
    ...(shared.b.measures ? { toMeasures: shared.b.measures } : {}),
  };
}

/**
 * The pay change of a move, never across currencies, regions or sources. Uses the headline figures when they
 * are like for like and measure different occupations; when both stand on the same occupation the headline
 * cannot show a change, so a source with a figure for each role is used instead, if there is one.
 */
export function payChange(catalog: Catalog, fromSlug: string, toSlug: string): PayChange {
  const from = catalog.rolesBySlug.get(fromSlug);
  const to = catalog.rolesBySlug.get(toSlug);
  if (!from || !to) throw new Error(`Unknown role in progression ${fromSlug} → ${toSlug}`);
  const fromHeadline = headlinePay(catalog, from);
  const toHeadline = headlinePay(catalog, to);
  if (fromHeadline && toHeadline && comparableHeadlines(fromHeadline, toHeadline)) {
    const sameOccupation = fromHeadline.measures !== undefined && fromHeadline.measures === toHeadline.measures;
    if (!sameOccupation) {
      const difference = toHeadline.amount - fromHeadline.amount;
      return {
        comparable: true,
        basis: 'headline',
        statistic: fromHeadline.kind,
        from: fromHeadline.amount,
        to: toHeadline.amount,
        difference,
        percent: Math.round((difference / fromHeadline.amount) * 1000) / 10,
        currency: fromHeadline.currency,
        region: fromHeadline.region,
        sourceId: fromHeadline.sourceId,
        sourceLabel: fromHeadline.sourceLabel,
        ...(fromHeadline.measures ? { fromMeasures: fromHeadline.measures } : {}),
        ...(toHeadline.measures ? { toMeasures: toHeadline.measures } : {}),
      };
    }
    return (
      sharedSourceChange(catalog, from, to) ?? {
        comparable: false,
        reason: `Both roles' government figure is for the same occupation, ${fromHeadline.measures}, so it cannot show a change, and no other source gives both roles a figure in the same currency and region.`,
      }
    );
  }
  return (
    sharedSourceChange(catalog, from, to) ?? {
      comparable: false,
      reason:
        fromHeadline && toHeadline
          ? `The two roles' figures come from different sources, currencies or regions (${fromHeadline.currency}, ${fromHeadline.region} against ${toHeadline.currency}, ${toHeadline.region}), so we do not subtract them.`
          : 'One of the roles has no annual pay figure yet.',
    }
  );
}

/** A role in the path graph, placed for drawing. */
export interface PathNode {
  slug: string;
  title: string;
  depth: number;
  headline?: HeadlinePay;
  // Top-left corner and size, in SVG user units.
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A move in the path graph, with its pay change and its drawn curve. */
export interface PathLink extends ProgressionEdge {
  change: PayChange;
  // SVG path data from the bottom of `from` to the top of `to`.
  d: string;
}

export interface PathGraph {
  width: number;
  height: number;
  stages: PathStage[];
  nodes: PathNode[];
  links: PathLink[];
  // Roles no progression mentions, listed apart so the graph stays readable.
  unlinked: { slug: string; title: string }[];
}

export interface GraphSize {
  minWidth: number;
  nodeWidth: number;
  nodeHeight: number;
  columnGap: number;
  stageGap: number;
  margin: number;
}

const defaultSize: GraphSize = { minWidth: 720, nodeWidth: 184, nodeHeight: 50, columnGap: 24, stageGap: 64, margin: 8 };

/** Places stages top to bottom and each stage's roles evenly across, wide enough that no two boxes overlap. */
export function layoutStages(stages: readonly PathStage[], size: GraphSize = defaultSize): { width: number; height: number; positions: Map<string, { x: number; y: number }> } {
  const widest = Math.max(1, ...stages.map((stage) => stage.slugs.length));
  const width = Math.max(size.minWidth, widest * (size.nodeWidth + size.columnGap) + 2 * size.margin);
  const positions = new Map<string, { x: number; y: number }>();
  stages.forEach((stage, row) => {
    const y = size.margin + row * (size.nodeHeight + size.stageGap);
    stage.slugs.forEach((slug, index) => {
      const centre = size.margin + ((width - 2 * size.margin) * (index + 0.5)) / stage.slugs.length;
      positions.set(slug, { x: Math.round(centre - size.nodeWidth / 2), y });
    });
  });
  const height = stages.length === 0 ? 0 : 2 * size.margin + stages.length * size.nodeHeight + (stages.length - 1) * size.stageGap;
  return { width, height, positions };
}

/** The whole progression graph of a catalogue: stages, placed nodes, and every move with its pay change. */
export function buildPathGraph(catalog: Catalog, size: GraphSize = defaultSize): PathGraph {
  const edges = progressionEdges(catalog.roles);
  const linked = new Set(edges.flatMap((edge) => [edge.from, edge.to]));
  const title = (slug: string) => catalog.rolesBySlug.get(slug)?.data.title ?? slug;
  const slugs = catalog.roles.map((role) => role.slug).filter((slug) => linked.has(slug));
  const stages = progressionStages(slugs, edges, (a, b) => title(a).localeCompare(title(b), 'en'));
  const { width, height, positions } = layoutStages(stages, size);
  const nodes: PathNode[] = stages.flatMap((stage) =>
    stage.slugs.map((slug) => {
      const entry = catalog.rolesBySlug.get(slug)!;
      const headline = headlinePay(catalog, entry);
      const { x, y } = positions.get(slug)!;
      return { slug, title: entry.data.title, depth: stage.depth, ...(headline ? { headline } : {}), x, y, width: size.nodeWidth, height: size.nodeHeight };
    }),
  );
  const links: PathLink[] = edges.map((edge) => {
    const from = positions.get(edge.from)!;
    const to = positions.get(edge.to)!;
    const x1 = from.x + size.nodeWidth / 2;
    const y1 = from.y + size.nodeHeight;
    const x2 = to.x + size.nodeWidth / 2;
    // An edge that runs back up (a cycle the layering ignored) still ends on the target's top edge.
    const y2 = to.y;
    const bend = Math.max(size.stageGap / 2, Math.abs(y2 - y1) / 3);
    return { ...edge, change: payChange(catalog, edge.from, edge.to), d: `M${x1} ${y1} C${x1} ${y1 + bend} ${x2} ${y2 - bend} ${x2} ${y2}` };
  });
  const unlinked = catalog.roles.filter((role) => !linked.has(role.slug)).map((role) => ({ slug: role.slug, title: role.data.title }));
  return { width, height, stages, nodes, links, unlinked };
}

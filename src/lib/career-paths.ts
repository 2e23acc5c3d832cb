import type { Catalog, RoleEntry } from './catalog.ts';
import { CitationList } from './citations.ts';
import { sharedPayRows } from './compare.ts';
import { headlinePay, type HeadlinePay } from './headline.ts';
import { payRowFromFigure } from './pay.ts';
import { familyLabel, families as familyOrder } from './taxonomy.ts';

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
      statistic: 'median' | 'mean' | 'total' | 'p10' | 'p25' | 'p75' | 'p90';
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

function pushTo<V>(map: Map<string, V[]>, key: string, value: V): void {
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
  // Set for a role of another family drawn at the end of a move that leaves or enters this one.
  externalFamily?: string;
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

/** The moves into, within and out of one family, drawn as one graph. */
export interface PathGraph {
  family: string;
  label: string;
  width: number;
  height: number;
  // Stages of the family's own roles and of the roles of other families its moves reach.
  stages: PathStage[];
  nodes: PathNode[];
  links: PathLink[];
  // The family's own roles on a path, stage by stage, each with the moves out of it.
  members: { depth: number; roles: { slug: string; title: string; moves: PathLink[] }[] }[];
}

/** Every family's path graph, and the roles no move mentions. */
export interface PathAtlas {
  graphs: PathGraph[];
  moves: number;
  // Roles no progression mentions, listed apart so the graphs stay readable.
  unlinked: { slug: string; title: string }[];
}

export interface GraphSize {
  minWidth: number;
  nodeWidth: number;
  nodeHeight: number;
  columnGap: number;
  stageGap: number;
  margin: number;
  // A stage with more roles than this wraps onto further rows, so a drawing stays a readable width.
  maxColumns: number;
}

const defaultSize: GraphSize = { minWidth: 720, nodeWidth: 184, nodeHeight: 50, columnGap: 24, stageGap: 64, margin: 8, maxColumns: 6 };
const rowGap = 20;

/**
 * Places stages top to bottom and each stage's roles evenly across, wide enough that no two boxes overlap;
 * a stage wider than `maxColumns` wraps onto more rows.
 */
export function layoutStages(stages: readonly PathStage[], size: Partial<GraphSize> = {}): { width: number; height: number; positions: Map<string, { x: number; y: number }> } {
  const { minWidth, nodeWidth, nodeHeight, columnGap, stageGap, margin, maxColumns } = { ...defaultSize, ...size };
  const widest = Math.min(maxColumns, Math.max(1, ...stages.map((stage) => stage.slugs.length)));
  const width = Math.max(minWidth, widest * (nodeWidth + columnGap) + 2 * margin);
  const positions = new Map<string, { x: number; y: number }>();
  let y = margin;
  stages.forEach((stage, index) => {
    if (index > 0) y += stageGap;
    const rows = Math.ceil(stage.slugs.length / maxColumns);
    for (let row = 0; row < rows; row += 1) {
      const line = stage.slugs.slice(row * maxColumns, (row + 1) * maxColumns);
      line.forEach((slug, column) => {
        const centre = margin + ((width - 2 * margin) * (column + 0.5)) / line.length;
        positions.set(slug, { x: Math.round(centre - nodeWidth / 2), y });
      });
      y += nodeHeight + (row < rows - 1 ? rowGap : 0);
    }
  });
  const height = stages.length === 0 ? 0 : y + margin;
  return { width, height, positions };
}

/**
 * One graph per role family: its roles on a path, the roles of other families its moves reach (drawn
 * apart), and every move with its pay change. Depths come from the whole catalogue, so a stage means the
 * same in every family's drawing. Each family's layout costs its own roles and moves: the whole atlas is
 * linear in roles plus moves, and no drawing holds the catalogue at once.
 */
export function buildPathGraphs(catalog: Catalog, size: Partial<GraphSize> = {}): PathAtlas {
  const layout = { ...defaultSize, ...size };
  const edges = progressionEdges(catalog.roles);
  const linked = new Set(edges.flatMap((edge) => [edge.from, edge.to]));
  const entry = (slug: string) => catalog.rolesBySlug.get(slug)!;
  const title = (slug: string) => entry(slug).data.title;
  const depths = progressionDepths(
    catalog.roles.map((role) => role.slug).filter((slug) => linked.has(slug)),
    edges,
  );
  // Each move once, with its pay change, shared by the graphs of both ends.
  const changes = new Map(edges.map((edge) => [edge, payChange(catalog, edge.from, edge.to)]));
  const familyOf = (slug: string) => entry(slug).data.family;
  const edgesByFamily = new Map<string, ProgressionEdge[]>();
  for (const edge of edges) {
    pushTo(edgesByFamily, familyOf(edge.from), edge);
    if (familyOf(edge.to) !== familyOf(edge.from)) pushTo(edgesByFamily, familyOf(edge.to), edge);
  }
  // Families in the schema's order (engineering first), as every list of families reads.
  const families = [...new Set([...familyOrder, ...catalog.roles.map((role) => role.data.family)])].filter((family) => edgesByFamily.has(family));
  const byTitle = (a: string, b: string) => title(a).localeCompare(title(b), 'en');
  const graphs = families.map((family): PathGraph => {
    const familyEdges = edgesByFamily.get(family)!;
    const slugs = [...new Set(familyEdges.flatMap((edge) => [edge.from, edge.to]))];
    const stages = progressionStages(slugs, familyEdges, byTitle, depths);
    const { width, height, positions } = layoutStages(stages, layout);
    const nodes: PathNode[] = stages.flatMap((stage) =>
      stage.slugs.map((slug) => {
        const headline = headlinePay(catalog, entry(slug));
        const other = familyOf(slug) === family ? undefined : familyOf(slug);
        const { x, y } = positions.get(slug)!;
        return { slug, title: title(slug), depth: stage.depth, ...(headline ? { headline } : {}), ...(other ? { externalFamily: other } : {}), x, y, width: layout.nodeWidth, height: layout.nodeHeight };
      }),
    );
    const links: PathLink[] = familyEdges.map((edge) => {
      const from = positions.get(edge.from)!;
      const to = positions.get(edge.to)!;
      const x1 = from.x + layout.nodeWidth / 2;
      const y1 = from.y + layout.nodeHeight;
      const x2 = to.x + layout.nodeWidth / 2;
      // An edge that runs back up (a cycle the layering ignored) still ends on the target's top edge.
      const y2 = to.y;
      const bend = Math.max(layout.stageGap / 2, Math.abs(y2 - y1) / 3);
      return { ...edge, change: changes.get(edge)!, d: `M${x1} ${y1} C${x1} ${y1 + bend} ${x2} ${y2 - bend} ${x2} ${y2}` };
    });
    const movesOut = new Map<string, PathLink[]>();
    for (const link of links) if (familyOf(link.from) === family) pushTo(movesOut, link.from, link);
    const members = stages
      .map((stage) => ({ depth: stage.depth, roles: stage.slugs.filter((slug) => familyOf(slug) === family).map((slug) => ({ slug, title: title(slug), moves: movesOut.get(slug) ?? [] })) }))
      .filter((stage) => stage.roles.length > 0);
    return { family, label: familyLabel(family), width, height, stages, nodes, links, members };
  });
  const unlinked = catalog.roles.filter((role) => !linked.has(role.slug)).map((role) => ({ slug: role.slug, title: role.data.title }));
  return { graphs, moves: edges.length, unlinked };
}

import type { Catalog } from './catalog.ts';
import { progressionDepths, progressionEdges, progressionStages, pushTo, type PathStage, type ProgressionEdge } from './career-paths.ts';
import { headlinePay, type HeadlinePay } from './headline.ts';
import { payChange, type PayChange } from './path-pay.ts';
import { familyLabel, families as familyOrder } from './taxonomy.ts';

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
export function layoutStages(
  stages: readonly PathStage[],
  size: Partial<GraphSize> = {},
): { width: number; height: number; positions: Map<string, { x: number; y: number }> } {
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
        return {
          slug,
          title: title(slug),
          depth: stage.depth,
          ...(headline ? { headline } : {}),
          ...(other ? { externalFamily: other } : {}),
          x,
          y,
          width: layout.nodeWidth,
          height: layout.nodeHeight,
        };
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
      .map((stage) => ({
        depth: stage.depth,
        roles: stage.slugs.filter((slug) => familyOf(slug) === family).map((slug) => ({ slug, title: title(slug), moves: movesOut.get(slug) ?? [] })),
      }))
      .filter((stage) => stage.roles.length > 0);
    return { family, label: familyLabel(family), width, height, stages, nodes, links, members };
  });
  const unlinked = catalog.roles.filter((role) => !linked.has(role.slug)).map((role) => ({ slug: role.slug, title: role.data.title }));
  return { graphs, moves: edges.length, unlinked };
}

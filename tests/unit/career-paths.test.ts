import { describe, expect, it } from 'vitest';
import { progressionDepths, progressionEdges, progressionStages, type ProgressionEdge } from '../../src/lib/career-paths.ts';
import { buildPathGraphs, layoutStages, type PathGraph } from '../../src/lib/path-graph.ts';
import { payChange } from '../../src/lib/path-pay.ts';
import { fixtureCatalog, roleEntries, roleInputs } from './fixtures/small-guide.ts';
import { generatedCatalog } from './fixtures/generated-catalog.ts';

const catalog = fixtureCatalog();
const edges = (...pairs: string[]): ProgressionEdge[] =>
  pairs.map((pair) => {
    const [from, to] = pair.split('>') as [string, string];
    return { from, to };
  });

describe('progressionEdges', () => {
  it('reads moves from both ends, once each, in order', () => {
    expect(progressionEdges(roleEntries())).toEqual(edges('developer>architect', 'junior-tester>developer', 'junior-tester>test-lead'));
  });

  it('keeps a move stated on one side only, and drops moves to itself or to unknown roles', () => {
    const inputs = {
      ...roleInputs,
      architect: { ...roleInputs.architect!, progression: { from: ['architect', 'astronaut'], to: ['test-lead'] } },
      developer: { ...roleInputs.developer!, progression: { from: [], to: [] } },
    };
    // createCatalog would reject the unknown slug, so read the entries directly.
    const found = progressionEdges(roleEntries(inputs));
    expect(found).toContainEqual({ from: 'architect', to: 'test-lead' });
    expect(found).toContainEqual({ from: 'junior-tester', to: 'developer' });
    expect(found.some((edge) => edge.from === edge.to || edge.from === 'astronaut')).toBe(false);
  });
});

describe('progressionDepths', () => {
  it('places each role one below the deepest role leading to it', () => {
    const depths = progressionDepths(['a', 'b', 'c', 'd'], edges('a>b', 'b>c', 'a>c', 'c>d'));
    expect(Object.fromEntries(depths)).toEqual({ a: 0, b: 1, c: 2, d: 3 });
  });

  it('ends on a cycle and still gives every role a depth', () => {
    const depths = progressionDepths(['a', 'b', 'c'], edges('a>b', 'b>c', 'c>a'));
    expect([...depths.keys()].sort()).toEqual(['a', 'b', 'c']);
    expect(new Set(depths.values()).size).toBe(3);
    expect(Math.min(...depths.values())).toBe(0);
  });

  it('handles a role that moves to itself and roles outside the list', () => {
    const depths = progressionDepths(['a', 'b'], edges('a>a', 'x>a', 'a>b'));
    expect(Object.fromEntries(depths)).toEqual({ a: 0, b: 1 });
  });
});

describe('progressionDepths on a long ladder', () => {
  it('walks a chain of 50,000 moves without running out of stack', () => {
    const slugs = Array.from({ length: 50_000 }, (_, index) => `r${String(index).padStart(5, '0')}`);
    const chain = slugs.slice(1).map((slug, index) => ({ from: slugs[index]!, to: slug }));
    const depths = progressionDepths(slugs, chain);
    expect(depths.get(slugs.at(-1)!)).toBe(49_999);
  });
});

describe('progressionStages', () => {
  it('orders a stage by where the roles leading to it sit, so lines cross less', () => {
    // z and y start; x follows z only and w follows y only, so w goes left under y, x right under z.
    const stages = progressionStages(['w', 'x', 'y', 'z'], edges('y>w', 'z>x'));
    expect(stages).toEqual([
      { depth: 0, slugs: ['y', 'z'] },
      { depth: 1, slugs: ['w', 'x'] },
    ]);
    const crossed = progressionStages(['w', 'x', 'y', 'z'], edges('y>x', 'z>w'));
    expect(crossed[1]?.slugs).toEqual(['x', 'w']);
  });
});

describe('layoutStages', () => {
  it('keeps boxes in a stage apart and widens the drawing for a crowded stage', () => {
    const size = { minWidth: 300, nodeWidth: 100, nodeHeight: 40, columnGap: 20, stageGap: 50, margin: 5 };
    const { width, height, positions } = layoutStages(
      [
        { depth: 0, slugs: ['a'] },
        { depth: 1, slugs: ['b', 'c', 'd', 'e'] },
      ],
      size,
    );
    expect(width).toBe(4 * 120 + 10);
    expect(height).toBe(10 + 2 * 40 + 50);
    const xs = ['b', 'c', 'd', 'e'].map((slug) => positions.get(slug)!.x);
    xs.slice(1).forEach((x, index) => expect(x - xs[index]!).toBeGreaterThanOrEqual(size.nodeWidth));
    expect(positions.get('a')!.y).toBeLessThan(positions.get('b')!.y);
  });

  it('wraps a stage wider than maxColumns onto more rows', () => {
    const size = { minWidth: 100, nodeWidth: 100, nodeHeight: 40, columnGap: 20, stageGap: 50, margin: 5, maxColumns: 2 };
    const { width, height, positions } = layoutStages(
      [
        { depth: 0, slugs: ['a', 'b', 'c'] },
        { depth: 1, slugs: ['d'] },
      ],
      size,
    );
    expect(width).toBe(2 * 120 + 10);
    expect(positions.get('c')!.y).toBe(positions.get('a')!.y + 40 + 20);
    expect(positions.get('d')!.y).toBe(positions.get('c')!.y + 40 + 50);
    expect(height).toBe(positions.get('d')!.y + 40 + 5);
  });
});

describe('payChange', () => {
  it('uses the headline figures when both are the same source, currency and region for different occupations', () => {
    expect(payChange(catalog, 'junior-tester', 'developer')).toMatchObject({
      comparable: true,
      basis: 'headline',
      statistic: 'median',
      from: 102000,
      to: 133000,
      difference: 31000,
      percent: 30.4,
      currency: 'USD',
      region: 'US',
      sourceId: 'bls-oews-m2025-national',
    });
  });

  it('turns to a source that lists both roles when their headline is the same occupation', () => {
    expect(payChange(catalog, 'junior-tester', 'test-lead')).toMatchObject({
      comparable: true,
      basis: 'shared-source',
      currency: 'GBP',
      region: 'GB',
      difference: 15000,
      percent: 50,
      sourceId: 'acme-salary-guide',
    });
  });

  it('turns to a shared source when the headlines come from different sources', () => {
    expect(payChange(catalog, 'developer', 'architect')).toMatchObject({
      comparable: true,
      basis: 'shared-source',
      statistic: 'mean',
      currency: 'USD',
      difference: 30000,
      sourceId: 'payboard',
    });
  });

  it('says why when nothing is like for like', () => {
    const change = payChange(catalog, 'test-lead', 'architect');
    expect(change.comparable).toBe(false);
    if (!change.comparable) expect(change.reason).toContain('different sources');
  });
});

describe('buildPathGraphs', () => {
  it('draws one graph per family, with the roles of other families its moves reach, and every move with its pay change', () => {
    const atlas = buildPathGraphs(catalog);
    expect(atlas.moves).toBe(3);
    expect(atlas.graphs.map((graph) => [graph.family, graph.label])).toEqual([
      ['engineering', 'Engineering'],
      ['quality', 'Quality and testing'],
    ]);
    const [engineering, quality] = atlas.graphs as [PathGraph, PathGraph];
    // Depths are the whole catalogue's, so Developer sits one stage below Junior Tester in both drawings.
    expect(engineering.stages.map((stage) => [stage.depth, stage.slugs])).toEqual([
      [0, ['junior-tester']],
      [1, ['developer']],
      [2, ['architect']],
    ]);
    expect(engineering.nodes.map((node) => [node.slug, node.externalFamily])).toEqual([
      ['junior-tester', 'quality'],
      ['developer', undefined],
      ['architect', undefined],
    ]);
    expect(engineering.links.map((link) => `${link.from}>${link.to}:${link.change.comparable}`)).toEqual([
      'developer>architect:true',
      'junior-tester>developer:true',
    ]);
    // A family lists its own roles with the moves out of them; a move in is listed under the family it leaves.
    expect(engineering.members.map((stage) => stage.roles.map((role) => [role.slug, role.moves.map((move) => move.to)]))).toEqual([
      [['developer', ['architect']]],
      [['architect', []]],
    ]);
    expect(quality.stages.map((stage) => stage.slugs)).toEqual([['junior-tester'], ['developer', 'test-lead']]);
    expect(quality.members.map((stage) => stage.roles.map((role) => [role.slug, role.moves.map((move) => move.to)]))).toEqual([
      [['junior-tester', ['developer', 'test-lead']]],
      [['test-lead', []]],
    ]);
    expect(atlas.unlinked).toEqual([]);
    for (const link of [...engineering.links, ...quality.links]) expect(link.d).toMatch(/^M[\d.]+ [\d.]+ C/);
    // The move drawn in both families is the same move, with one pay change.
    expect(quality.links.find((link) => link.to === 'developer')!.change).toBe(engineering.links.find((link) => link.from === 'junior-tester')!.change);
  });

  it('lists roles no path mentions apart from the graphs', () => {
    const inputs = {
      ...roleInputs,
      architect: { ...roleInputs.architect!, progression: { from: [], to: [] } },
      developer: { ...roleInputs.developer!, progression: { from: ['junior-tester'], to: [] } },
    };
    const atlas = buildPathGraphs(fixtureCatalog(inputs));
    expect(atlas.unlinked).toEqual([{ slug: 'architect', title: 'Architect' }]);
    expect(atlas.graphs.flatMap((graph) => graph.nodes.map((node) => node.slug))).not.toContain('architect');
  });

  it('keeps every drawing a readable width and each family to its own roles on a large catalogue', () => {
    const large = generatedCatalog(200);
    const atlas = buildPathGraphs(large);
    const drawn = new Set(atlas.graphs.flatMap((graph) => graph.links.map((link) => `${link.from}>${link.to}`)));
    expect(drawn.size).toBe(atlas.moves);
    for (const graph of atlas.graphs) {
      // At most six boxes across, however many roles a stage holds.
      expect(graph.width).toBeLessThanOrEqual(6 * (184 + 24) + 16);
      for (const node of graph.nodes) expect(node.externalFamily === undefined).toBe(large.rolesBySlug.get(node.slug)!.data.family === graph.family);
      const listed = graph.members.flatMap((stage) => stage.roles.map((role) => role.slug));
      expect(listed.sort()).toEqual(
        graph.nodes
          .filter((node) => !node.externalFamily)
          .map((node) => node.slug)
          .sort(),
      );
    }
  });
});

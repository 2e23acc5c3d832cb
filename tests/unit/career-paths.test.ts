import { describe, expect, it } from 'vitest';
import { buildPathGraph, layoutStages, payChange, progressionDepths, progressionEdges, progressionStages, type ProgressionEdge } from '../../src/lib/career-paths.ts';
import { fixtureCatalog, roleEntries, roleInputs } from './fixtures/small-guide.ts';

const catalog = fixtureCatalog();
const edges = (...pairs: string[]): ProgressionEdge[] => pairs.map((pair) => {
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
    const { width, height, positions } = layoutStages([{ depth: 0, slugs: ['a'] }, { depth: 1, slugs: ['b', 'c', 'd', 'e'] }], size);
    expect(width).toBe(4 * 120 + 10);
    expect(height).toBe(10 + 2 * 40 + 50);
    const xs = ['b', 'c', 'd', 'e'].map((slug) => positions.get(slug)!.x);
    xs.slice(1).forEach((x, index) => expect(x - xs[index]!).toBeGreaterThanOrEqual(size.nodeWidth));
    expect(positions.get('a')!.y).toBeLessThan(positions.get('b')!.y);
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
    expect(payChange(catalog, 'junior-tester', 'test-lead')).toMatchObject({ comparable: true, basis: 'shared-source', currency: 'GBP', region: 'GB', difference: 15000, percent: 50, sourceId: 'acme-salary-guide' });
  });

  it('turns to a shared source when the headlines come from different sources', () => {
    expect(payChange(catalog, 'developer', 'architect')).toMatchObject({ comparable: true, basis: 'shared-source', statistic: 'mean', currency: 'USD', difference: 30000, sourceId: 'payboard' });
  });

  it('says why when nothing is like for like', () => {
    const change = payChange(catalog, 'test-lead', 'architect');
    expect(change.comparable).toBe(false);
    if (!change.comparable) expect(change.reason).toContain('different sources');
  });
});

describe('buildPathGraph', () => {
  it('draws every role on a path and every move with its pay change', () => {
    const graph = buildPathGraph(catalog);
    expect(graph.stages.map((stage) => stage.slugs)).toEqual([['junior-tester'], ['developer', 'test-lead'], ['architect']]);
    expect(graph.links.map((link) => `${link.from}>${link.to}:${link.change.comparable}`)).toEqual([
      'developer>architect:true',
      'junior-tester>developer:true',
      'junior-tester>test-lead:true',
    ]);
    expect(graph.unlinked).toEqual([]);
    for (const link of graph.links) expect(link.d).toMatch(/^M[\d.]+ [\d.]+ C/);
  });

  it('lists roles no path mentions apart from the graph', () => {
    const inputs = { ...roleInputs, architect: { ...roleInputs.architect!, progression: { from: [], to: [] } }, developer: { ...roleInputs.developer!, progression: { from: ['junior-tester'], to: [] } } };
    const graph = buildPathGraph(fixtureCatalog(inputs));
    expect(graph.unlinked).toEqual([{ slug: 'architect', title: 'Architect' }]);
    expect(graph.nodes.map((node) => node.slug)).not.toContain('architect');
  });
});

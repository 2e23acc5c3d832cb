import { describe, expect, it } from 'vitest';
import { breakdownByRoute, buildPhases } from '../../bench/routes.ts';

// The shape of `astro build` output, colours included, as the benchmark reads it.
const log = [
  '\x1b[2m10:00:01\x1b[22m [content] Syncing content',
  '10:00:02 [content] Synced content',
  '10:00:03 [build] Collecting build info...',
  '10:00:04 [build] Building static entrypoints...',
  '10:00:12 [vite] ✓ built in 7.81s',
  '',
  ' generating static routes ',
  '10:00:13 ▶ src/pages/roles/[slug].astro',
  '10:00:13   ├─ /roles/a/index.html (+12ms)',
  '10:00:14   └─ /roles/b/index.html (+1.5s)',
  '10:00:14   └─ /index.html (+3ms)',
  '10:00:40 ✓ Completed in 27.00s.',
  '10:00:41 [@astrojs/sitemap] `sitemap-index.xml` created at `dist`',
  '10:00:45 [build] Complete!',
].join('\n');

describe('bench log readers', () => {
  it('sums per-file times by first path segment', () => {
    expect(breakdownByRoute(log)).toEqual([
      { prefix: '/roles/', files: 2, totalMs: 1512 },
      { prefix: '/index.html', files: 1, totalMs: 3 },
    ]);
  });

  it('splits the wall time into phases that add up to it', () => {
    const phases = buildPhases(log, 46_500);
    expect(phases).toEqual([
      { name: 'setup (process start to first log line)', ms: 2500 },
      { name: 'content sync and types', ms: 2000 },
      { name: 'collecting build info', ms: 1000 },
      { name: 'bundling (Vite)', ms: 9000 },
      { name: 'page generation', ms: 27000 },
      { name: 'integrations after the build (sitemap, search index)', ms: 5000 },
    ]);
    expect(phases.reduce((sum, phase) => sum + phase.ms, 0)).toBe(46_500);
  });
});

// npm run bench:check -- [N] [--runs R] [--baseline DIR]
// Times the content check on N (default 1000) roles from the benchmark generator (bench/generate.ts),
// as an editor runs it: `node scripts/check/index.ts --root <dir>` in a fresh process. With --baseline,
// runs another checkout's check on the same files too, alternating with ours, so both see the same load.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateRoles, writeCareerAtlasContent } from '../bench/generate.ts';

const projectRoot = path.resolve(import.meta.dirname, '..');

interface Sample {
  wallMs: number;
  // Load average over the last minute when the run started: above the core count, a figure is noise.
  load: number;
  status: number | null;
  summary: string;
}

function timeCheck(checkout: string, root: string): Sample {
  const load = os.loadavg()[0]!;
  const start = performance.now();
  const result = spawnSync(process.execPath, [path.join(checkout, 'scripts', 'check', 'index.ts'), '--root', root], { encoding: 'utf8' });
  const wallMs = performance.now() - start;
  return { wallMs, load, status: result.status, summary: result.stdout.trimEnd().split('\n').at(-1) ?? '' };
}

function describe(name: string, samples: readonly Sample[]): string {
  const times = samples.map((sample) => sample.wallMs).sort((a, b) => a - b);
  const runs = samples.map((sample) => `${(sample.wallMs / 1000).toFixed(2)} s (load ${sample.load.toFixed(1)})`).join(', ');
  return `${name}: min ${(times[0]! / 1000).toFixed(2)} s, median ${(times[Math.floor(times.length / 2)]! / 1000).toFixed(2)} s; runs ${runs}; last line "${samples.at(-1)?.summary}"`;
}

function main(): void {
  const { values, positionals } = parseArgs({ options: { runs: { type: 'string', default: '5' }, baseline: { type: 'string' } }, allowPositionals: true });
  const count = Number(positionals[0] ?? 1000);
  const runs = Number(values.runs);
  if (!Number.isInteger(count) || count < 6) throw new Error(`expected a whole number of roles (at least 6), got ${JSON.stringify(positionals[0])}`);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`expected --runs to be a whole number, got ${JSON.stringify(values.runs)}`);
  const root = mkdtempSync(path.join(os.tmpdir(), 'career-atlas-bench-check-'));
  try {
    writeCareerAtlasContent(path.join(root, 'content'), generateRoles(count));
    console.log(`content check on ${count} generated roles (bench/generate.ts), ${runs} fresh processes each, ${os.availableParallelism()} cores`);
    const ours: Sample[] = [];
    const baseline: Sample[] = [];
    for (let run = 0; run < runs; run++) {
      ours.push(timeCheck(projectRoot, root));
      if (values.baseline) baseline.push(timeCheck(path.resolve(values.baseline), root));
    }
    console.log(describe('this checkout', ours));
    if (values.baseline) console.log(describe(`baseline ${values.baseline}`, baseline));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

main();

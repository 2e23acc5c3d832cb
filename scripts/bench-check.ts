// node scripts/bench-check.ts [N]
// Times `checkContent` on N (default 1000) copies of back-end-developer.mdx with unique
// slugs and titles, next to the real role files they link to and the real registries and data.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCheck } from './check/content-check.ts';

const RUNS = 3;
const projectRoot = path.resolve(import.meta.dirname, '..');

function generate(count: number): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'career-atlas-bench-'));
  const content = path.join(root, 'content');
  mkdirSync(path.join(content, 'roles'), { recursive: true });
  for (const name of ['sources.yaml', 'skills.yaml']) cpSync(path.join(projectRoot, 'content', name), path.join(content, name));
  cpSync(path.join(projectRoot, 'content', 'data'), path.join(content, 'data'), { recursive: true });
  // The real roles stay so the copies' related and progression links resolve.
  for (const name of readdirSync(path.join(projectRoot, 'content', 'roles'))) {
    if (name.endsWith('.mdx') && !name.startsWith('_')) cpSync(path.join(projectRoot, 'content', 'roles', name), path.join(content, 'roles', name));
  }
  const original = readFileSync(path.join(projectRoot, 'content', 'roles', 'back-end-developer.mdx'), 'utf8');
  if (!/^title: .+$/m.test(original)) throw new Error('back-end-developer.mdx has no title line to rewrite');
  const width = String(count).length;
  for (let index = 1; index <= count; index++) {
    const number = String(index).padStart(width, '0');
    const text = original.replace(/^title: (.+)$/m, (_, title: string) => `title: ${title} ${number}`);
    writeFileSync(path.join(content, 'roles', `back-end-developer-copy-${number}.mdx`), text);
  }
  return root;
}

async function main(): Promise<void> {
  const count = Number(process.argv[2] ?? 1000);
  if (!Number.isInteger(count) || count < 1) throw new Error(`expected a whole number of copies, got ${JSON.stringify(process.argv[2])}`);
  const root = generate(count);
  try {
    const times: number[] = [];
    const cpuTimes: number[] = [];
    let result: Awaited<ReturnType<typeof runCheck>> | undefined;
    for (let run = 0; run < RUNS; run++) {
      const start = performance.now();
      const cpuStart = process.cpuUsage();
      result = await runCheck(root);
      const cpu = process.cpuUsage(cpuStart);
      times.push(performance.now() - start);
      cpuTimes.push((cpu.user + cpu.system) / 1000);
    }
    if (!result) return;
    const runs = times.map((time, run) => `${time.toFixed(0)} ms (CPU ${cpuTimes[run]!.toFixed(0)} ms)`).join(', ');
    times.sort((a, b) => a - b);
    const min = times[0]!;
    const median = times[Math.floor(times.length / 2)]!;
    const errors = result.findings.filter((finding) => finding.severity === 'error').length;
    // CPU time shows what the check costs when other processes compete for the two cores.
    console.log(`checkContent on ${result.files} files (${count} generated roles), ${RUNS} runs in one process: ${runs}`);
    console.log(`  min ${min.toFixed(0)} ms, median ${median.toFixed(0)} ms, ${((median * 1000) / result.files).toFixed(0)} µs per file (median)`);
    console.log(`  ${errors} errors, ${result.findings.length - errors} warnings`);
    // What an editor waits for: a fresh process, module loading and one cold run included.
    const start = performance.now();
    const cli = spawnSync(process.execPath, [path.join(projectRoot, 'scripts', 'check', 'index.ts'), '--root', root, '--format', 'json'], { encoding: 'utf8' });
    console.log(`npm run check equivalent (fresh node process): ${(performance.now() - start).toFixed(0)} ms, exit ${cli.status}`);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

await main();

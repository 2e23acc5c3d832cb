/**
 * `npm run bench -- [--sizes 100,1000,5000] [--no-starlight-pagefind] [--keep]`
 *
 * Builds our site and a stock Starlight site from the same N generated roles, one after the other on
 * this machine, and prints (and saves to bench/results/<date>.md) build time, peak memory of the
 * whole process tree, time per page, dist/ size and Pagefind indexing time, with ours / Starlight.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { parseArgs, stripVTControlCharacters } from 'node:util';
import { generateRoles, projectRoot } from './generate.ts';
import { directorySize, measure, type Measurement, stopMeasuredProcesses } from './measure.ts';
import { breakdownByRoute, type RouteGroup } from './routes.ts';
import { benchRoot, clearBuildCaches, createCareerAtlasWorkspace, createStarlightWorkspace, setStarlightPagefind } from './workspace.ts';

interface SiteRun {
  site: string;
  n: number;
  // The whole `astro build`, including search indexing when the site indexes inside its build.
  build: Measurement;
  // Time spent indexing for search: inside the build (from its log) or as a separate `pagefind` run.
  index?: { wallMs: number; peakTreeRssBytes?: number; where: 'inside build' | 'separate run' };
  htmlPages: number;
  // dist/ without the search index.
  distBytes: number;
  pagefindBytes?: number;
  routes?: RouteGroup[];
}

/** `astro build` less the indexing it did, to compare with Starlight building without Pagefind. */
const buildWithoutIndexMs = (run: SiteRun) => run.build.wallMs - (run.index?.where === 'inside build' ? run.index.wallMs : 0);

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100,1000,5000' },
    'no-starlight-pagefind': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const sizes = values.sizes.split(',').map(Number);
if (sizes.some((n) => !Number.isInteger(n) || n < 6)) throw new Error(`expected --sizes as whole numbers of at least 6, got ${values.sizes}`);
if (!existsSync(join(benchRoot, 'node_modules', '@astrojs', 'starlight'))) {
  console.error('Starlight is not installed for the baseline: run `npm --prefix bench install` first.');
  process.exit(1);
}

const node = process.execPath;
const workRoot = join(benchRoot, '.work');
// The same generous heap for both sites, so neither fails at 5,000 pages on Node's default limit.
const env = { ASTRO_TELEMETRY_DISABLED: '1', NODE_OPTIONS: '--max-old-space-size=12288' };
// A build that has not finished in this long has hung (a search indexer's child process once died and left one waiting).
const buildTimeoutMs = 15 * 60_000;
const astroBuild = ['node_modules/astro/bin/astro.mjs', 'build'];
const starlightAstroBuild = [join(benchRoot, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'];
const pagefindBin = join(projectRoot, 'node_modules', '.bin', 'pagefind');
const checkScript = join(projectRoot, 'scripts', 'check', 'index.ts');

const log = (message: string) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);
const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const perPage = (run: SiteRun) => buildWithoutIndexMs(run) / run.n;
const ratio = (ours: number, theirs: number) => `${(ours / theirs).toFixed(2)}×`;

function versionOf(packageJson: string): string {
  return (JSON.parse(readFileSync(packageJson, 'utf8')) as { version: string }).version;
}

function mustSucceed(what: string, result: Measurement, logFile: string): Measurement {
  writeFileSync(logFile, result.output);
  if (!result.ok) throw new Error(`${what} failed; last output in ${logFile}:\n${result.output.slice(-3000)}`);
  return result;
}

async function buildOurs(n: number, roles: ReturnType<typeof generateRoles>): Promise<{ run: SiteRun; check?: Measurement }> {
  const dir = join(workRoot, `career-atlas-${n}`);
  createCareerAtlasWorkspace(dir, roles);
  try {
    return await measureOurs(n, dir);
  } finally {
    if (!values.keep) rmSync(dir, { recursive: true, force: true });
  }
}

async function measureOurs(n: number, dir: string): Promise<{ run: SiteRun; check?: Measurement }> {
  let check: Measurement | undefined;
  if (existsSync(checkScript)) {
    log(`content check, ${n} roles`);
    check = await measure(node, [checkScript, '--root', dir], { cwd: projectRoot, env });
    writeFileSync(join(workRoot, `check-${n}.log`), check.output);
  }
  log(`Career Atlas astro build, ${n} roles`);
  const buildLog = join(workRoot, `career-atlas-${n}.log`);
  const build = mustSucceed('Career Atlas build', await measure(node, astroBuild, { cwd: dir, env, timeoutMs: buildTimeoutMs }), buildLog);
  // Our build indexes for search itself (src/integrations/pagefind-index.ts) and logs how long that took.
  const indexedInside = /\[career-atlas:pagefind-index\] .* in (\d+) ms/.exec(stripVTControlCharacters(build.output));
  let index: SiteRun['index'];
  if (indexedInside) {
    index = { wallMs: Number(indexedInside[1]), where: 'inside build' };
  } else {
    log(`Career Atlas pagefind, ${n} roles`);
    const pagefind = mustSucceed('pagefind', await measure(pagefindBin, ['--site', 'dist'], { cwd: dir, env, timeoutMs: buildTimeoutMs }), join(workRoot, `career-atlas-${n}-pagefind.log`));
    index = { wallMs: pagefind.wallMs, peakTreeRssBytes: pagefind.peakTreeRssBytes, where: 'separate run' };
  }
  const dist = directorySize(join(dir, 'dist'));
  const pagefindBytes = directorySize(join(dir, 'dist', 'pagefind')).bytes;
  const run: SiteRun = { site: 'Career Atlas', n, build, index, htmlPages: dist.htmlFiles, distBytes: dist.bytes - pagefindBytes, pagefindBytes, routes: breakdownByRoute(build.output) };
  return { run, ...(check ? { check } : {}) };
}

async function buildStarlight(n: number, roles: ReturnType<typeof generateRoles>, failures: string[]): Promise<SiteRun[]> {
  const dir = join(workRoot, `starlight-${n}`);
  createStarlightWorkspace(dir, roles, { pagefind: false });
  try {
    return await measureStarlight(n, dir, failures);
  } finally {
    if (!values.keep) rmSync(dir, { recursive: true, force: true });
  }
}

async function measureStarlight(n: number, dir: string, failures: string[]): Promise<SiteRun[]> {
  log(`Starlight astro build (pagefind: false), ${n} pages`);
  const build = mustSucceed('Starlight build', await measure(node, starlightAstroBuild, { cwd: dir, env, timeoutMs: buildTimeoutMs }), join(workRoot, `starlight-${n}.log`));
  const dist = directorySize(join(dir, 'dist'));
  const runs: SiteRun[] = [{ site: 'Starlight', n, build, htmlPages: dist.htmlFiles, distBytes: dist.bytes, routes: breakdownByRoute(build.output) }];
  if (!values['no-starlight-pagefind']) {
    clearBuildCaches(dir);
    setStarlightPagefind(dir, true);
    log(`Starlight astro build with its built-in Pagefind, ${n} pages`);
    const withPagefind = await attempt(
      `Starlight with Pagefind, N = ${n}`,
      async () => mustSucceed('Starlight build with Pagefind', await measure(node, starlightAstroBuild, { cwd: dir, env, timeoutMs: buildTimeoutMs }), join(workRoot, `starlight-${n}-pagefind.log`)),
      failures,
    );
    if (withPagefind) {
      const full = directorySize(join(dir, 'dist'));
      const pagefindBytes = directorySize(join(dir, 'dist', 'pagefind')).bytes;
      // Starlight indexes inside its build; the difference from the build without it is the indexing time.
      const index = { wallMs: Math.max(0, withPagefind.wallMs - build.wallMs), where: 'inside build' as const };
      runs.push({ site: 'Starlight + Pagefind', n, build: withPagefind, index, htmlPages: full.htmlFiles, distBytes: full.bytes - pagefindBytes, pagefindBytes });
    }
  }
  return runs;
}

function machine(): string[] {
  const cpus = os.cpus();
  return [
    `- Date: ${new Date().toISOString()}`,
    `- Machine: ${cpus.length} CPUs (nproc) × ${cpus[0]?.model ?? 'unknown'}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${os.type()} ${os.release()}`,
    `- Node ${process.version}; Astro ${versionOf(join(projectRoot, 'node_modules', 'astro', 'package.json'))} (ours), Astro ${versionOf(join(benchRoot, 'node_modules', 'astro', 'package.json'))} + Starlight ${versionOf(join(benchRoot, 'node_modules', '@astrojs', 'starlight', 'package.json'))} (baseline), Pagefind ${versionOf(join(projectRoot, 'node_modules', 'pagefind', 'package.json'))}`,
    `- Load average when the run started: ${os.loadavg().map((load) => load.toFixed(2)).join(' ')} (other work on the machine slows both sites alike, as runs alternate)`,
  ];
}

function resultsTable(runs: SiteRun[]): string[] {
  const rows = runs.map((run) => {
    const index = run.index ? `${seconds(run.index.wallMs)}, ${run.index.where}${run.index.peakTreeRssBytes ? `, ${mib(run.index.peakTreeRssBytes)}` : ''}` : 'off';
    return `| ${run.site} | ${run.n.toLocaleString('en-US')} | ${seconds(run.build.wallMs)} | ${seconds(buildWithoutIndexMs(run))} | ${perPage(run).toFixed(1)} ms | ${mib(run.build.peakTreeRssBytes)} | ${run.htmlPages.toLocaleString('en-US')} | ${mb(run.distBytes)} | ${index} | ${run.pagefindBytes !== undefined ? mb(run.pagefindBytes) : '–'} |`;
  });
  return [
    '| Site | N roles | `astro build` wall | without search indexing | per role page | peak RSS (process tree) | HTML files | `dist/` without index | search indexing | index size |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: |',
    ...rows,
  ];
}

function ratioTable(runs: SiteRun[]): string[] {
  const rows = sizes.flatMap((n) => {
    const ours = runs.find((run) => run.site === 'Career Atlas' && run.n === n);
    const theirs = runs.find((run) => run.site === 'Starlight' && run.n === n);
    const theirsIndexed = runs.find((run) => run.site === 'Starlight + Pagefind' && run.n === n);
    if (!ours || !theirs) return [];
    const oursIndexed = ours.build.wallMs + (ours.index?.where === 'separate run' ? ours.index.wallMs : 0);
    const indexed = theirsIndexed ? ratio(oursIndexed, theirsIndexed.build.wallMs) : '–';
    return [`| ${n.toLocaleString('en-US')} | ${ratio(buildWithoutIndexMs(ours), theirs.build.wallMs)} | ${ratio(ours.build.peakTreeRssBytes, theirs.build.peakTreeRssBytes)} | ${ratio(ours.distBytes, theirs.distBytes)} | ${indexed} |`];
  });
  return ['| N roles | build time without indexing | peak RSS | `dist/` size | build with search index |', '| ---: | ---: | ---: | ---: | ---: |', ...rows];
}

function targets(runs: SiteRun[]): string[] {
  const find = (site: string, n: number) => runs.find((run) => run.site === site && run.n === n);
  const lines: string[] = [];
  const ours1000 = find('Career Atlas', 1000);
  const theirs1000 = find('Starlight', 1000);
  if (ours1000 && theirs1000) {
    const share = buildWithoutIndexMs(ours1000) / theirs1000.build.wallMs;
    lines.push(`- Build time at N = 1,000 at most 0.65 × Starlight's: ${share <= 0.65 ? 'met' : 'MISSED'} (${share.toFixed(2)}×: ${seconds(buildWithoutIndexMs(ours1000))} against ${seconds(theirs1000.build.wallMs)})`);
  }
  for (const n of sizes) {
    const ours = find('Career Atlas', n);
    const theirs = find('Starlight', n);
    if (ours && theirs) {
      const below = ours.build.peakTreeRssBytes < theirs.build.peakTreeRssBytes;
      const indexed = find('Starlight + Pagefind', n);
      const likeForLike = indexed ? `; against Starlight indexing too, ${mib(indexed.build.peakTreeRssBytes)}` : '';
      lines.push(`- Peak memory below Starlight's at N = ${n.toLocaleString('en-US')}: ${below ? 'met' : 'MISSED'} (${mib(ours.build.peakTreeRssBytes)}, with our indexing, against ${mib(theirs.build.peakTreeRssBytes)}${likeForLike})`);
    }
  }
  const ours5000 = find('Career Atlas', 5000);
  if (ours1000 && ours5000) {
    const growth = perPage(ours5000) / perPage(ours1000);
    lines.push(`- Linear cost, time per page at 5,000 within 1.2 × that at 1,000: ${growth <= 1.2 ? 'met' : 'MISSED'} (${growth.toFixed(2)}×: ${perPage(ours5000).toFixed(1)} ms against ${perPage(ours1000).toFixed(1)} ms)`);
    const theirs5000 = find('Starlight', 5000);
    if (theirs1000 && theirs5000) lines.push(`  - Starlight for reference: ${(perPage(theirs5000) / perPage(theirs1000)).toFixed(2)}×`);
  }
  return lines;
}

function routeTable(runs: SiteRun[], site: string): string[] {
  const measured = runs.filter((run) => run.site === site && run.routes && run.routes.length > 0);
  const groups = [...new Set(measured.flatMap((run) => run.routes!.map((group) => group.prefix)))];
  if (groups.length === 0) return [`No per-file times in ${site}'s build log.`];
  const header = `| ${site} route group | ${measured.map((run) => `N = ${run.n.toLocaleString('en-US')}`).join(' | ')} |`;
  const rows = groups.map((prefix) => {
    const cells = measured.map((run) => {
      const group = run.routes!.find((candidate) => candidate.prefix === prefix);
      return group ? `${seconds(group.totalMs)} (${group.files.toLocaleString('en-US')} files, ${(group.totalMs / group.files).toFixed(1)} ms each)` : '–';
    });
    return `| ${prefix} | ${cells.join(' | ')} |`;
  });
  const totals = measured.map((run) => seconds(run.routes!.reduce((sum, group) => sum + group.totalMs, 0)));
  return [header, `| --- | ${measured.map(() => '---:').join(' | ')} |`, ...rows, `| all files | ${totals.join(' | ')} |`];
}

function checkLines(checks: Map<number, Measurement>): string[] {
  if (!existsSync(checkScript)) return ['- Content check: not available (scripts/check/index.ts is missing)'];
  return sizes.map((n) => {
    const check = checks.get(n);
    if (!check) return `- Content check, ${n.toLocaleString('en-US')} roles: not run`;
    const verdict = check.ok ? 'no errors' : 'reported errors (see bench/.work/check-N.log)';
    return `- Content check (\`node scripts/check/index.ts --root <dir>\`), ${n.toLocaleString('en-US')} roles: ${seconds(check.wallMs)}, ${(check.wallMs / n).toFixed(2)} ms per file, peak RSS ${mib(check.peakTreeRssBytes)}, ${verdict}`;
  });
}

function report(runs: SiteRun[], checks: Map<number, Measurement>, failures: string[], minutes: number, finished: boolean): string {
  return [
    `# Build benchmark, ${new Date().toISOString().slice(0, 10)}`,
    '',
    ...header,
    finished
      ? `- Whole benchmark: ${minutes.toFixed(1)} min; load average at the end: ${os.loadavg().map((load) => load.toFixed(2)).join(' ')}`
      : `- Partial results after ${minutes.toFixed(1)} min; the run has not finished`,
    '',
    'Both sites build the same generated roles (bench/generate.ts) from a cold cache. Ours is the working tree as it is, in a copy whose content/ holds the generated roles, so it builds everything the product builds: besides a page per role, a JSON file and a share image per role, a comparison page per related pair, skill and family pages, and its search index (see the route tables). Starlight gets one docs page per role with the same body, the pay figures as a Markdown table and the lists, plus a home page and roles index listing every role; it uses a fixed two-link sidebar, because its default sidebar lists every page on every page and grows as N².',
    '',
    '## Results',
    '',
    ...resultsTable(runs),
    '',
    '## Ours / Starlight',
    '',
    ...ratioTable(runs),
    '',
    '"Build time without indexing" is our `astro build` less the indexing time it logs, against Starlight with `pagefind: false`; "build with search index" is our whole build against Starlight with its built-in Pagefind. Peak RSS is of the whole build (ours includes its Pagefind child process).',
    '',
    '## Targets',
    '',
    ...targets(runs),
    '',
    '## Where the builds spend their page-generation time',
    '',
    'Summed from the per-file times `astro build` prints; the rest of the wall time is content sync, bundling, indexing and writing. The /roles/ rows are the like-for-like part: one HTML page per role on both sites.',
    '',
    ...routeTable(runs, 'Career Atlas'),
    '',
    ...routeTable(runs, 'Starlight'),
    '',
    '## Content check',
    '',
    ...checkLines(checks),
    '',
    ...(failures.length > 0 ? ['## Builds that failed', '', ...failures.map((failure) => `- ${failure}`), ''] : []),
  ].join('\n');
}

/** Runs `step`; a failure is recorded and the benchmark goes on with the other builds. */
async function attempt<T>(what: string, step: () => Promise<T>, failures: string[]): Promise<T | undefined> {
  try {
    return await step();
  } catch (error) {
    const message = (error as Error).message.split('\n')[0] ?? String(error);
    log(`${what} failed: ${message}`);
    failures.push(`${what}: ${message}`);
    return undefined;
  }
}

process.on('SIGINT', () => {
  stopMeasuredProcesses();
  process.exit(130);
});

mkdirSync(workRoot, { recursive: true });
const header = machine();
const runs: SiteRun[] = [];
const checks = new Map<number, Measurement>();
const failures: string[] = [];
const started = performance.now();
const resultsDir = join(benchRoot, 'results');
mkdirSync(resultsDir, { recursive: true });
const resultsFile = join(resultsDir, `${new Date().toISOString().slice(0, 10)}.md`);
const minutes = () => (performance.now() - started) / 60_000;
// One small unrecorded build of each site first, so the first measured build does not pay for a cold disk cache.
log('warm-up builds, 10 roles');
await attempt('warm-up', async () => {
  const roles = generateRoles(10);
  await buildOurs(10, roles);
  await buildStarlight(10, roles, []);
}, []);
for (const n of sizes) {
  log(`generating ${n} roles`);
  const roles = generateRoles(n);
  // Alternate the two sites at every size so background load on the machine falls on both.
  const ours = await attempt(`Career Atlas, N = ${n}`, () => buildOurs(n, roles), failures);
  if (ours) {
    runs.push(ours.run);
    if (ours.check) checks.set(n, ours.check);
  }
  runs.push(...((await attempt(`Starlight, N = ${n}`, () => buildStarlight(n, roles, failures), failures)) ?? []));
  // Saved after every size, so a long run that is stopped still leaves its figures.
  writeFileSync(resultsFile, report(runs, checks, failures, minutes(), false));
}

const text = report(runs, checks, failures, minutes(), true);
console.log(text);
writeFileSync(resultsFile, text);
log(`saved ${resultsFile}`);

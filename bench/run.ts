/**
 * `npm run bench -- [--sizes 100,1000,5000,30000] [--starlight-max 5000] [--no-starlight] [--no-starlight-pagefind]
 *                   [--no-real-site] [--no-same-pages] [--no-search] [--large-heap MiB] [--out name.md] [--keep]`
 *
 * Builds our site and a stock Starlight site from the same N generated roles, one after the other on
 * this machine, and prints (and saves to bench/results/<date>.md) build time, peak memory of the
 * whole process tree, time per page, what dist/ holds against static hosts' limits, search indexing
 * time, index size and what the first search query transfers, with ours / Starlight; plus the real
 * guide's own build. Starlight is built at the sizes up to --starlight-max (none with --no-starlight);
 * larger sizes build ours alone, with Node's heap limit set to --large-heap MiB if given (every other
 * build runs with Node's default limit, the same for both sites). Since our site builds the official
 * backbone (about 1,600 HTML pages) at any N, Starlight with its Pagefind is also built with as many
 * HTML pages as ours wrote at each of those sizes and for the real guide, up to --starlight-max pages
 * (not with --no-same-pages).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import v8 from 'node:v8';
import { join } from 'node:path';
import { parseArgs, stripVTControlCharacters } from 'node:util';
import { chromium } from '@playwright/test';
import { measureFirstSearch, type SearchTransfer } from './first-search.ts';
import { generateRoles, projectRoot } from './generate.ts';
import { serveCompressed } from './large-site.ts';
import { directorySize, measure, type Measurement, stopMeasuredProcesses } from './measure.ts';
import { breakdownByRoute, buildPhases, type BuildPhase, type RouteGroup } from './routes.ts';
import {
  benchRoot,
  clearBuildCaches,
  createCareerAtlasWorkspace,
  createRealSiteWorkspace,
  createStarlightWorkspace,
  setStarlightPagefind,
} from './workspace.ts';

interface SiteRun {
  site: string;
  n: number;
  // The whole `astro build`, including search indexing when the site indexes inside its build.
  build: Measurement;
  // Time spent indexing for search: inside the build (from its log) or as a separate `pagefind` run.
  index?: { wallMs: number; peakTreeRssBytes?: number; where: 'inside build' | 'separate run' };
  htmlPages: number;
  // Everything a host would serve: bytes and files, the search index included.
  deploy: { bytes: number; files: number };
  // dist/ without the search index.
  distBytes: number;
  pagefindBytes?: number;
  pagefindFiles?: number;
  search?: SearchTransfer;
  routes?: RouteGroup[];
  phases?: BuildPhase[];
  // For Starlight built with as many HTML pages as one of our builds: which build (its site and N).
  pagesOf?: { site: string; n: number };
}

/** Static hosts' published limits for one site (GitHub Pages: published site size; Cloudflare Pages: files per deployment). */
const hostLimits = { githubPagesBytes: 1e9, cloudflareFiles: 20_000 };

/** `astro build` less the indexing it did, to compare with Starlight building without Pagefind. */
const buildWithoutIndexMs = (run: SiteRun) => run.build.wallMs - (run.index?.where === 'inside build' ? run.index.wallMs : 0);
/** The whole build, search index included, however the site makes it. */
const buildWithIndexMs = (run: SiteRun) => run.build.wallMs + (run.index?.where === 'separate run' ? run.index.wallMs : 0);

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100,1000,5000' },
    'starlight-max': { type: 'string', default: '5000' },
    'no-starlight': { type: 'boolean', default: false },
    'no-starlight-pagefind': { type: 'boolean', default: false },
    'no-real-site': { type: 'boolean', default: false },
    'no-same-pages': { type: 'boolean', default: false },
    'no-search': { type: 'boolean', default: false },
    'large-heap': { type: 'string' },
    // File name under bench/results/; <date>.md by default, so a second run the same day needs its own.
    out: { type: 'string' },
    keep: { type: 'boolean', default: false },
  },
});
const sizes = values.sizes.split(',').map(Number);
if (sizes.some((n) => !Number.isInteger(n) || n < 6)) throw new Error(`expected --sizes as whole numbers of at least 6, got ${values.sizes}`);
const starlightMax = values['no-starlight'] ? 0 : Number(values['starlight-max']);
const withStarlight = sizes.some((n) => n <= starlightMax);
if (withStarlight && !existsSync(join(benchRoot, 'node_modules', '@astrojs', 'starlight'))) {
  console.error('Starlight is not installed for the baseline: run `npm --prefix bench install` first (or pass --no-starlight).');
  process.exit(1);
}
const heapMiB = values['large-heap'] === undefined ? undefined : Number(values['large-heap']);
if (heapMiB !== undefined && !(Number.isInteger(heapMiB) && heapMiB > 0))
  throw new Error(`expected --large-heap as a whole number of MiB, got ${values['large-heap']}`);

const node = process.execPath;
const workRoot = join(benchRoot, '.work');
const env = { ASTRO_TELEMETRY_DISABLED: '1' };
/**
 * The variables `npm run build` sets before `astro build` (package.json), so our builds here run as the
 * project's own do; Starlight builds with none, as a stock Starlight project would.
 */
function buildScriptEnv(): Record<string, string> {
  const { scripts } = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { scripts: { build: string } };
  const assignments = /^((?:[A-Z_]+=\S+\s+)*)astro build$/.exec(scripts.build);
  if (!assignments) throw new Error(`expected package.json's build script as [NAME=value …] astro build, got ${scripts.build}`);
  return Object.fromEntries([...assignments[1]!.matchAll(/([A-Z_]+)=(\S+)/g)].map(([, name, value]) => [name!, value!]));
}
const ourBuildEnv = buildScriptEnv();
// Node's own heap limit is Node's default for both sites; --large-heap raises ours only at sizes Starlight is not built at.
const envFor = (n: number) => ({ ...env, ...ourBuildEnv, ...(heapMiB && n > starlightMax ? { NODE_OPTIONS: `--max-old-space-size=${heapMiB}` } : {}) });
// A build that has not finished in this long has hung (a search indexer's child process once died and left one waiting).
const buildTimeoutMs = (n: number) => Math.max(15, Math.ceil(n / 1000) * 3) * 60_000;
const astroBuild = ['node_modules/astro/bin/astro.mjs', 'build'];
const starlightAstroBuild = [join(benchRoot, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'];
const pagefindBin = join(projectRoot, 'node_modules', '.bin', 'pagefind');
const checkScript = join(projectRoot, 'scripts', 'check', 'index.ts');
const searchQuery = 'developer';

const log = (message: string) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);
const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const count = (value: number) => value.toLocaleString('en-US');
const perPage = (run: SiteRun) => buildWithIndexMs(run) / run.n;
const ratio = (ours: number, theirs: number) => `${(ours / theirs).toFixed(2)}×`;
const loadAverage = () =>
  os
    .loadavg()
    .map((load) => load.toFixed(2))
    .join(' ');

function versionOf(packageJson: string): string {
  return (JSON.parse(readFileSync(packageJson, 'utf8')) as { version: string }).version;
}

function mustSucceed(what: string, result: Measurement, logFile: string): Measurement {
  writeFileSync(logFile, result.output);
  if (!result.ok) throw new Error(`${what} failed; last output in ${logFile}:\n${result.output.slice(-3000)}`);
  return result;
}

/** The first role page in dist/, for the search measurement. */
function someRolePath(dist: string): string | undefined {
  const roles = join(dist, 'roles');
  if (!existsSync(roles)) return undefined;
  const slug = readdirSync(roles, { withFileTypes: true }).find(
    (entry) => entry.isDirectory() && entry.name !== 'family' && existsSync(join(roles, entry.name, 'index.html')),
  )?.name;
  return slug ? `/roles/${slug}/` : undefined;
}

/** What the first query transfers, served compressed as hosts serve text (only what the reader fetches is compressed). */
async function firstSearch(dist: string): Promise<SearchTransfer | undefined> {
  const rolePath = someRolePath(dist);
  if (values['no-search'] || !rolePath || !existsSync(join(dist, 'pagefind'))) return undefined;
  const page = join(dist, ...rolePath.split('/').filter(Boolean));
  const server = await serveCompressed(
    dist,
    (file) => file.startsWith(join(dist, 'pagefind')) || file.startsWith(join(dist, '_astro')) || file.startsWith(page),
  );
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  try {
    return await measureFirstSearch(await browser.newPage(), server.url, rolePath, searchQuery);
  } finally {
    await browser.close();
    server.stop();
  }
}

async function measureOurs(site: string, n: number, dir: string): Promise<{ run: SiteRun; check?: Measurement }> {
  let check: Measurement | undefined;
  if (existsSync(checkScript)) {
    log(`content check, ${site}, ${n} roles`);
    check = await measure(node, [checkScript, '--root', dir], { cwd: projectRoot, env });
    writeFileSync(join(workRoot, `check-${n}.log`), check.output);
  }
  log(`${site} astro build, ${n} roles (load ${loadAverage()})`);
  const buildLog = join(workRoot, `${site === 'Career Atlas' ? 'career-atlas' : 'real-site'}-${n}.log`);
  const build = mustSucceed(`${site} build`, await measure(node, astroBuild, { cwd: dir, env: envFor(n), timeoutMs: buildTimeoutMs(n) }), buildLog);
  // Our build indexes for search itself (src/integrations/pagefind-index.ts) and logs how long that took.
  const indexedInside = /\[career-atlas:pagefind-index\] .* in (\d+) ms/.exec(stripVTControlCharacters(build.output));
  let index: SiteRun['index'];
  if (indexedInside) {
    index = { wallMs: Number(indexedInside[1]), where: 'inside build' };
  } else {
    log(`${site} pagefind, ${n} roles`);
    const pagefind = mustSucceed(
      'pagefind',
      await measure(pagefindBin, ['--site', 'dist'], { cwd: dir, env, timeoutMs: buildTimeoutMs(n) }),
      join(workRoot, `career-atlas-${n}-pagefind.log`),
    );
    index = { wallMs: pagefind.wallMs, peakTreeRssBytes: pagefind.peakTreeRssBytes, where: 'separate run' };
  }
  const dist = directorySize(join(dir, 'dist'));
  const pagefind = directorySize(join(dir, 'dist', 'pagefind'));
  const search = await firstSearch(join(dir, 'dist'));
  const run: SiteRun = {
    site,
    n,
    build,
    index,
    htmlPages: dist.htmlFiles,
    deploy: { bytes: dist.bytes, files: dist.files },
    distBytes: dist.bytes - pagefind.bytes,
    pagefindBytes: pagefind.bytes,
    pagefindFiles: pagefind.files,
    ...(search ? { search } : {}),
    routes: breakdownByRoute(build.output),
    phases: buildPhases(build.output, build.wallMs),
  };
  return { run, ...(check ? { check } : {}) };
}

async function buildOurs(n: number, roles: ReturnType<typeof generateRoles>): Promise<{ run: SiteRun; check?: Measurement }> {
  const dir = join(workRoot, `career-atlas-${n}`);
  createCareerAtlasWorkspace(dir, roles);
  try {
    return await measureOurs('Career Atlas', n, dir);
  } finally {
    if (!values.keep) rmSync(dir, { recursive: true, force: true });
  }
}

/** The guide as it is: every role guide in content/roles and every page built from content/data. */
async function buildRealSite(): Promise<SiteRun> {
  const dir = join(workRoot, 'real-site');
  createRealSiteWorkspace(dir);
  const roles = readdirSync(join(dir, 'content', 'roles')).filter((name) => name.endsWith('.mdx') && !name.startsWith('_')).length;
  try {
    return (await measureOurs('Career Atlas, the real guide', roles, dir)).run;
  } finally {
    if (!values.keep) rmSync(dir, { recursive: true, force: true });
  }
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

function starlightRun(site: string, n: number, build: Measurement, dir: string, index?: SiteRun['index']): SiteRun {
  const dist = directorySize(join(dir, 'dist'));
  const pagefind = directorySize(join(dir, 'dist', 'pagefind'));
  return {
    site,
    n,
    build,
    ...(index ? { index } : {}),
    htmlPages: dist.htmlFiles,
    deploy: { bytes: dist.bytes, files: dist.files },
    distBytes: dist.bytes - pagefind.bytes,
    ...(index ? { pagefindBytes: pagefind.bytes, pagefindFiles: pagefind.files } : {}),
    routes: breakdownByRoute(build.output),
    phases: buildPhases(build.output, build.wallMs),
  };
}

/** The indexing time Starlight's Pagefind logs, if it logged one. */
function starlightIndexMs(build: Measurement): number | undefined {
  const logged = /\[starlight:pagefind\] Finished building search index in ([\d.]+)s/.exec(stripVTControlCharacters(build.output));
  return logged ? Number(logged[1]) * 1000 : undefined;
}

async function measureStarlight(n: number, dir: string, failures: string[]): Promise<SiteRun[]> {
  log(`Starlight astro build (pagefind: false), ${n} pages (load ${loadAverage()})`);
  const build = mustSucceed(
    'Starlight build',
    await measure(node, starlightAstroBuild, { cwd: dir, env, timeoutMs: buildTimeoutMs(n) }),
    join(workRoot, `starlight-${n}.log`),
  );
  const runs: SiteRun[] = [starlightRun('Starlight', n, build, dir)];
  if (!values['no-starlight-pagefind']) {
    clearBuildCaches(dir);
    setStarlightPagefind(dir, true);
    log(`Starlight astro build with its built-in Pagefind, ${n} pages (load ${loadAverage()})`);
    const withPagefind = await attempt(
      `Starlight with Pagefind, N = ${n}`,
      async () =>
        mustSucceed(
          'Starlight build with Pagefind',
          await measure(node, starlightAstroBuild, { cwd: dir, env, timeoutMs: buildTimeoutMs(n) }),
          join(workRoot, `starlight-${n}-pagefind.log`),
        ),
      failures,
    );
    if (withPagefind) {
      // Starlight logs its indexing time; the difference from the build without it is the fallback.
      const index = { wallMs: starlightIndexMs(withPagefind) ?? Math.max(0, withPagefind.wallMs - build.wallMs), where: 'inside build' as const };
      runs.push(starlightRun('Starlight + Pagefind', n, withPagefind, dir, index));
    }
  }
  return runs;
}

// Starlight's HTML files besides one per role: the home page, the roles index, the sources page and 404.
const starlightOtherPages = 4;
const samePagesSite = 'Starlight + Pagefind, as many HTML pages as ours';

/**
 * Starlight with its Pagefind, given as many HTML pages as our build of N roles wrote (one docs page per
 * generated role, so the pages are like its others), to compare the cost of a page rather than of a role.
 */
async function buildStarlightSamePages(ours: SiteRun, failures: string[]): Promise<SiteRun | undefined> {
  const { n, htmlPages } = ours;
  const roles = Math.max(6, htmlPages - starlightOtherPages);
  // No larger than Starlight is built at otherwise, with the same (default) heap limit as ours at that size.
  if (roles > starlightMax) {
    log(`not building Starlight with ${count(htmlPages)} HTML pages (ours at N = ${count(n)}): more than --starlight-max ${count(starlightMax)}`);
    return undefined;
  }
  const dir = join(workRoot, `starlight-pages-${htmlPages}`);
  createStarlightWorkspace(dir, generateRoles(roles), { pagefind: true });
  try {
    log(`Starlight astro build with its built-in Pagefind, ${roles} pages, as many HTML files as ours at N = ${n} (load ${loadAverage()})`);
    const build = await attempt(
      `${samePagesSite} (${ours.site}, N = ${n})`,
      async () =>
        mustSucceed(
          'Starlight build with Pagefind',
          await measure(node, starlightAstroBuild, { cwd: dir, env, timeoutMs: buildTimeoutMs(roles) }),
          join(workRoot, `starlight-pages-${htmlPages}.log`),
        ),
      failures,
    );
    if (!build) return undefined;
    const indexMs = starlightIndexMs(build);
    const index = indexMs === undefined ? undefined : { wallMs: indexMs, where: 'inside build' as const };
    return { ...starlightRun(samePagesSite, roles, build, dir, index), pagesOf: { site: ours.site, n } };
  } finally {
    if (!values.keep) rmSync(dir, { recursive: true, force: true });
  }
}

/** Ours against Starlight with the same number of HTML pages: what a page costs on each. */
function samePagesTable(runs: SiteRun[]): string[] {
  const rows = runs.flatMap((theirs) => {
    const pagesOf = theirs.pagesOf;
    const ours = pagesOf && runs.find((run) => run.site === pagesOf.site && run.n === pagesOf.n);
    if (!ours) return [];
    const perHtml = (run: SiteRun) => `${(buildWithIndexMs(run) / run.htmlPages).toFixed(1)} ms`;
    return [
      `| ${ours.site}, N = ${count(ours.n)} | ${count(ours.htmlPages)} | ${seconds(buildWithIndexMs(ours))} | ${seconds(theirs.build.wallMs)} | ${ratio(buildWithIndexMs(ours), theirs.build.wallMs)} | ${perHtml(ours)} against ${perHtml(theirs)} | ${mib(ours.build.peakTreeRssBytes)} against ${mib(theirs.build.peakTreeRssBytes)} (${ratio(ours.build.peakTreeRssBytes, theirs.build.peakTreeRssBytes)}) |`,
    ];
  });
  if (rows.length === 0) return ['Not measured (--no-same-pages, or no Starlight).'];
  return [
    '| Ours | HTML pages (Starlight: the same) | ours, whole build | Starlight + Pagefind | ours / Starlight | per HTML page | peak RSS |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
  ];
}

function machine(): string[] {
  const cpus = os.cpus();
  const starlight = withStarlight
    ? `, Astro ${versionOf(join(benchRoot, 'node_modules', 'astro', 'package.json'))} + Starlight ${versionOf(join(benchRoot, 'node_modules', '@astrojs', 'starlight', 'package.json'))} (baseline)`
    : '';
  return [
    `- Date: ${new Date().toISOString()}; command: \`npm run bench -- ${process.argv.slice(2).join(' ')}\``,
    `- Machine: ${cpus.length} CPUs (nproc) × ${cpus[0]?.model ?? 'unknown'}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${os.type()} ${os.release()}`,
    `- Node ${process.version}; Astro ${versionOf(join(projectRoot, 'node_modules', 'astro', 'package.json'))} (ours)${starlight}, Pagefind ${versionOf(join(projectRoot, 'node_modules', 'pagefind', 'package.json'))}`,
    `- Node heap limit: Node's default (${count(Math.round(v8.getHeapStatistics().heap_size_limit / 2 ** 20))} MiB here), the same for both sites${heapMiB ? `; ${count(heapMiB)} MiB (--large-heap) for our builds${starlightMax > 0 ? ` above N = ${count(starlightMax)}` : ''}` : ''}`,
    `- Our builds run with what \`npm run build\` sets (${
      Object.entries(ourBuildEnv)
        .map(([name, value]) => `${name}=${value}`)
        .join(' ') || 'nothing'
    }); Starlight's with none`,
    `- Load average when the run started: ${loadAverage()} (other work on the machine slows both sites alike, as runs alternate)`,
  ];
}

function resultsTable(runs: SiteRun[]): string[] {
  const rows = runs.map((run) => {
    const index = run.index
      ? `${seconds(run.index.wallMs)}, ${run.index.where}${run.index.peakTreeRssBytes ? `, ${mib(run.index.peakTreeRssBytes)}` : ''}`
      : 'off';
    return `| ${run.site} | ${count(run.n)} | ${seconds(run.build.wallMs)} | ${seconds(buildWithoutIndexMs(run))} | ${perPage(run).toFixed(1)} ms | ${mib(run.build.peakTreeRssBytes)} | ${count(run.htmlPages)} | ${mb(run.distBytes)} | ${index} | ${run.pagefindBytes !== undefined ? mb(run.pagefindBytes) : '–'} |`;
  });
  return [
    '| Site | N roles | `astro build` wall | without search indexing | per role, whole build | peak RSS (process tree) | HTML files | `dist/` without index | search indexing | index size |',
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
    const indexed = theirsIndexed ? ratio(buildWithIndexMs(ours), theirsIndexed.build.wallMs) : '–';
    const memory = theirsIndexed ? ratio(ours.build.peakTreeRssBytes, theirsIndexed.build.peakTreeRssBytes) : '–';
    return [
      `| ${count(n)} | ${indexed} | ${memory} | ${ratio(buildWithoutIndexMs(ours), theirs.build.wallMs)} | ${ratio(ours.build.peakTreeRssBytes, theirs.build.peakTreeRssBytes)} | ${ratio(ours.deploy.bytes, (theirsIndexed ?? theirs).deploy.bytes)} |`,
    ];
  });
  return [
    '| N roles | whole build, both indexing | peak RSS, both indexing | build without indexing | peak RSS, ours indexing against Starlight not | deployed bytes |',
    '| ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
  ];
}

function deployTable(runs: SiteRun[]): string[] {
  const rows = runs.map((run) => {
    const bytes = run.deploy.bytes <= hostLimits.githubPagesBytes ? 'within' : 'OVER';
    const files = run.deploy.files <= hostLimits.cloudflareFiles ? 'within' : 'OVER';
    return `| ${run.site} | ${count(run.n)} | ${mb(run.deploy.bytes)} (${bytes}) | ${count(run.deploy.files)} (${files}) | ${count(run.htmlPages)} | ${run.pagefindFiles !== undefined ? count(run.pagefindFiles) : '–'} |`;
  });
  return [
    `| Site | N roles | bytes, search index included (GitHub Pages: ${mb(hostLimits.githubPagesBytes)}) | files (Cloudflare Pages: ${count(hostLimits.cloudflareFiles)}) | of which HTML | of which search index |`,
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
  ];
}

function searchTable(runs: SiteRun[]): string[] {
  const measured = runs.filter((run) => run.search);
  if (measured.length === 0) return ['Not measured (--no-search, or no index).'];
  const byKind = (run: SiteRun, pattern: RegExp) => kb(run.search!.files.filter((file) => pattern.test(file.url)).reduce((sum, file) => sum + file.bytes, 0));
  return [
    `| Site | N roles | index size | first query "${searchQuery}", transferred | files | scripts | wasm | metadata and filters | index chunks | result fragments |`,
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...measured.map((run) => {
      const search = run.search!;
      return `| ${run.site} | ${count(run.n)} | ${mb(run.pagefindBytes ?? 0)} | ${kb(search.totalBytes)}${search.beforeIntentBytes > 0 ? ` (and ${kb(search.beforeIntentBytes)} before the reader asked)` : ''} | ${search.files.length} | ${byKind(run, /\.js$/)} | ${byKind(run, /wasm\./)} | ${byKind(run, /\.pf_(meta|filter)$/)} | ${byKind(run, /\.pf_index$/)} | ${byKind(run, /\.pf_fragment$/)} (${search.results} shown) |`;
    }),
  ];
}

function targets(runs: SiteRun[]): string[] {
  const find = (site: string, n: number) => runs.find((run) => run.site === site && run.n === n);
  const lines: string[] = [];
  const verdict = (met: boolean) => (met ? 'met' : 'MISSED');
  for (const n of [1000, 5000]) {
    const ours = find('Career Atlas', n);
    const theirs = find('Starlight + Pagefind', n);
    if (!ours || !theirs) continue;
    const share = buildWithIndexMs(ours) / theirs.build.wallMs;
    lines.push(
      `- N = ${count(n)}, whole build at most 1.0× Starlight's with its Pagefind: ${verdict(share <= 1)} (${share.toFixed(2)}×: ${seconds(buildWithIndexMs(ours))} against ${seconds(theirs.build.wallMs)})${n === 1000 ? `; towards 0.65×: ${verdict(share <= 0.65)}` : ''}`,
    );
    const memory = ours.build.peakTreeRssBytes / theirs.build.peakTreeRssBytes;
    lines.push(
      `- N = ${count(n)}, peak RSS ${n === 1000 ? 'below' : 'at most 1.0×'} Starlight's with its Pagefind: ${verdict(n === 1000 ? memory < 1 : memory <= 1)} (${memory.toFixed(2)}×: ${mib(ours.build.peakTreeRssBytes)} against ${mib(theirs.build.peakTreeRssBytes)})`,
    );
  }
  const ours1000 = find('Career Atlas', 1000);
  const ours5000 = find('Career Atlas', 5000);
  if (ours1000 && ours5000) {
    const growth = perPage(ours5000) / perPage(ours1000);
    lines.push(
      `- Linear cost, time per role at 5,000 within 1.1× that at 1,000 (whole build over N): ${verdict(growth <= 1.1)} (${growth.toFixed(2)}×: ${perPage(ours5000).toFixed(1)} ms against ${perPage(ours1000).toFixed(1)} ms)`,
    );
    const theirs1000 = find('Starlight + Pagefind', 1000);
    const theirs5000 = find('Starlight + Pagefind', 5000);
    if (theirs1000 && theirs5000) lines.push(`  - Starlight for reference: ${(perPage(theirs5000) / perPage(theirs1000)).toFixed(2)}×`);
  }
  if (ours5000) {
    lines.push(
      `- N = 5,000 deployable on GitHub Pages (at most 1 GB): ${verdict(ours5000.deploy.bytes <= hostLimits.githubPagesBytes)} (${mb(ours5000.deploy.bytes)}); on Cloudflare Pages (at most 20,000 files): ${verdict(ours5000.deploy.files <= hostLimits.cloudflareFiles)} (${count(ours5000.deploy.files)} files)`,
    );
  }
  for (const n of sizes.filter((size) => size > 5000)) {
    const run = find('Career Atlas', n);
    lines.push(
      run
        ? `- N = ${count(n)} builds to completion within 24 GiB: ${verdict(run.build.peakTreeRssBytes <= 24 * 2 ** 30)} (${seconds(run.build.wallMs)}, peak RSS ${mib(run.build.peakTreeRssBytes)})`
        : `- N = ${count(n)} builds to completion within 24 GiB: MISSED (see "Builds that failed")`,
    );
  }
  return lines;
}

/**
 * Per-route page generation. With build.concurrency above 1 several pages render at once and each file's
 * logged time includes the others', so the logged times are scaled to the page-generation phase's wall
 * time: each route group's share of the logged total is what it cost.
 */
function routeTable(runs: SiteRun[], site: string): string[] {
  const measured = runs.filter((run) => run.site === site && run.routes && run.routes.length > 0);
  const groups = [...new Set(measured.flatMap((run) => run.routes!.map((group) => group.prefix)))];
  if (groups.length === 0) return [`No per-file times in ${site}'s build log.`];
  const scale = (run: SiteRun) => {
    const logged = run.routes!.reduce((sum, group) => sum + group.totalMs, 0);
    const generation = run.phases?.find((phase) => phase.name === 'page generation')?.ms;
    return generation && logged > generation * 1.05 ? generation / logged : 1;
  };
  const header = `| ${site} route group | ${measured.map((run) => `N = ${count(run.n)}`).join(' | ')} |`;
  const rows = groups.map((prefix) => {
    const cells = measured.map((run) => {
      const group = run.routes!.find((candidate) => candidate.prefix === prefix);
      const ms = group ? group.totalMs * scale(run) : 0;
      return group ? `${seconds(ms)} (${count(group.files)} files, ${(ms / group.files).toFixed(1)} ms each)` : '–';
    });
    return `| ${prefix} | ${cells.join(' | ')} |`;
  });
  const totals = measured.map(
    (run) =>
      `${seconds(run.routes!.reduce((sum, group) => sum + group.totalMs, 0) * scale(run))}${scale(run) < 1 ? ` (logged times × ${scale(run).toFixed(2)}, pages rendering concurrently)` : ''}`,
  );
  return [header, `| --- | ${measured.map(() => '---:').join(' | ')} |`, ...rows, `| all files | ${totals.join(' | ')} |`];
}

function phaseTable(runs: SiteRun[]): string[] {
  const measured = runs.filter((run) => run.phases && run.phases.length > 0);
  if (measured.length === 0) return [];
  const names = [...new Set(measured.flatMap((run) => run.phases!.map((phase) => phase.name)))];
  return [
    `| Phase | ${measured.map((run) => `${run.site}, N = ${count(run.n)}`).join(' | ')} |`,
    `| --- | ${measured.map(() => '---:').join(' | ')} |`,
    ...names.map(
      (name) =>
        `| ${name} | ${measured
          .map((run) => {
            const phase = run.phases!.find((candidate) => candidate.name === name);
            return phase ? seconds(phase.ms) : '–';
          })
          .join(' | ')} |`,
    ),
  ];
}

function checkLines(checks: Map<number, Measurement>): string[] {
  if (!existsSync(checkScript)) return ['- Content check: not available (scripts/check/index.ts is missing)'];
  return sizes.map((n) => {
    const check = checks.get(n);
    if (!check) return `- Content check, ${count(n)} roles: not run`;
    const verdict = check.ok ? 'no errors' : 'reported errors (see bench/.work/check-N.log)';
    return `- Content check (\`node scripts/check/index.ts --root <dir>\`), ${count(n)} roles: ${seconds(check.wallMs)}, ${(check.wallMs / n).toFixed(2)} ms per file, peak RSS ${mib(check.peakTreeRssBytes)}, ${verdict}`;
  });
}

function report(runs: SiteRun[], checks: Map<number, Measurement>, failures: string[], minutes: number, finished: boolean): string {
  return [
    `# Build benchmark, ${new Date().toISOString().slice(0, 10)}`,
    '',
    ...header,
    finished
      ? `- Whole benchmark: ${minutes.toFixed(1)} min; load average at the end: ${loadAverage()}`
      : `- Partial results after ${minutes.toFixed(1)} min; the run has not finished (load average now: ${loadAverage()})`,
    '',
    'Both sites build the same generated roles (bench/generate.ts) from a cold cache (no share-image cache either). Ours is the working tree as it is, in a copy whose content/ holds the generated roles, so it builds everything the product builds: besides a page per role, a JSON file per role, a share card per role family, a comparison page per role and its nearest related role, skill and family pages, the per-family career paths and its search index (see the route tables). Starlight gets one docs page per role with the same body, the pay figures as a Markdown table and the lists, plus a home page and roles index listing every role; it uses a fixed two-link sidebar, because its default sidebar lists every page on every page and grows as N². "The real guide" is the working tree with its own content.',
    '',
    '## Results',
    '',
    ...resultsTable(runs),
    '',
    ...(withStarlight
      ? [
          '## Ours / Starlight',
          '',
          ...ratioTable(runs),
          '',
          '"Whole build, both indexing" is our `astro build` (which indexes for search inside it) against Starlight with its built-in Pagefind; "build without indexing" is ours less the indexing time it logs, against Starlight with `pagefind: false`. Peak RSS is of the whole process tree (ours includes its Pagefind child process).',
          '',
          '## Ours against Starlight with as many HTML pages',
          '',
          'At any N our build also writes the official backbone (US and UK occupation pages, skills, their JSON), so N roles are N + about 2,300 HTML pages for us and N + 4 for Starlight. Here Starlight with its Pagefind builds as many HTML pages as ours wrote (one docs page per generated role), so the ratio is of what a page costs; our JSON files, share cards and search index come on top on our side. Starlight is built with at most --starlight-max pages, the largest size it is otherwise built at here, so sizes whose HTML page count is above that have no row.',
          '',
          ...samePagesTable(runs),
          '',
        ]
      : []),
    '## Targets',
    '',
    ...targets(runs),
    '',
    '## Deployable: what a static host would store',
    '',
    ...deployTable(runs),
    '',
    '## Search: index size and the first query',
    '',
    "The first query is typed into the search dialog on a role page served compressed, as hosts serve text; bytes on the wire (body and headers) of every Pagefind file, counted until the shown results' fragments have arrived.",
    '',
    ...searchTable(runs),
    '',
    '## Where the time goes',
    '',
    'Phases from the timestamps `astro build` logs (setup runs from process start to the first log line; indexing and other integrations run after page generation).',
    '',
    ...phaseTable(runs),
    '',
    'Page generation by route, summed from the per-file times `astro build` prints. The /roles/ rows are the like-for-like part: one HTML page per role on both sites.',
    '',
    ...routeTable(runs, 'Career Atlas'),
    '',
    ...(runs.some((run) => run.site === 'Career Atlas, the real guide') ? [...routeTable(runs, 'Career Atlas, the real guide'), ''] : []),
    ...(withStarlight ? [...routeTable(runs, 'Starlight'), ''] : []),
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
if (values.out !== undefined && !/^[\w.-]+\.md$/.test(values.out)) throw new Error(`expected --out as a file name ending in .md, got ${values.out}`);
const resultsFile = join(resultsDir, values.out ?? `${new Date().toISOString().slice(0, 10)}.md`);
const minutes = () => (performance.now() - started) / 60_000;
/** Starlight with as many HTML pages as `ours`, added to the runs at the sizes Starlight is built at (not with --no-same-pages). */
async function addSamePages(ours: SiteRun): Promise<void> {
  if (values['no-same-pages'] || ours.n > starlightMax) return;
  const same = await buildStarlightSamePages(ours, failures);
  if (same) runs.push(same);
}
// One small unrecorded build of each site first, so the first measured build does not pay for a cold disk cache.
log('warm-up builds, 10 roles');
await attempt(
  'warm-up',
  async () => {
    const roles = generateRoles(10);
    await buildOurs(10, roles);
    if (withStarlight) await buildStarlight(10, roles, []);
  },
  [],
);
if (!values['no-real-site']) {
  const real = await attempt('Career Atlas, the real guide', buildRealSite, failures);
  if (real) {
    runs.push(real);
    await addSamePages(real);
  }
}
for (const n of sizes) {
  log(`generating ${n} roles`);
  const roles = generateRoles(n);
  // Alternate the two sites at every size so background load on the machine falls on both.
  const ours = await attempt(`Career Atlas, N = ${n}`, () => buildOurs(n, roles), failures);
  if (ours) {
    runs.push(ours.run);
    if (ours.check) checks.set(n, ours.check);
  }
  if (n <= starlightMax) runs.push(...((await attempt(`Starlight, N = ${n}`, () => buildStarlight(n, roles, failures), failures)) ?? []));
  if (ours) await addSamePages(ours.run);
  // Saved after every size, so a long run that is stopped still leaves its figures.
  writeFileSync(resultsFile, report(runs, checks, failures, minutes(), false));
}

const text = report(runs, checks, failures, minutes(), true);
console.log(text);
writeFileSync(resultsFile, text);
log(`saved ${resultsFile}`);

/**
 * `npm run lighthouse [-- --runs=3] [--strict]`: Lighthouse (mobile preset) on the home page, the roles index and
 * the Back End Developer page of the existing dist/, served gzipped as static files on a free port, with
 * Debian's Chromium. Prints the four category scores per page and every audit that cost points.
 * Builds nothing: run `npm run build` first. Lighthouse lives in bench/ (npm --prefix bench install),
 * so the product's own install stays free of it. --strict exits 1 when a score is below 100.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { serveCompressed } from '../bench/large-site.ts';
import { chromiumFlags, chromiumPath } from './ensure-chromium.ts';

const projectRoot = join(import.meta.dirname, '..');
const benchRoot = join(projectRoot, 'bench');
const pages = [
  { name: 'Home', path: '/' },
  { name: 'Roles index', path: '/roles/' },
  { name: 'Back End Developer', path: '/roles/back-end-developer/' },
];
// Runs per page; the median stands, since simulated throttling still varies with the machine's load.
const runs = Number(process.argv.find((arg) => arg.startsWith('--runs='))?.slice('--runs='.length) ?? 3);
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** The parts of Lighthouse's result we read. */
interface Audit {
  id: string;
  title: string;
  score: number | null;
  scoreDisplayMode: string;
  displayValue?: string;
}
interface LighthouseResult {
  categories: Record<string, { title: string; score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, Audit>;
  runtimeError?: { message: string };
}
type Lighthouse = (url: string, flags: Record<string, unknown>) => Promise<{ lhr: LighthouseResult } | undefined>;
interface ChromeLauncher {
  launch: (options: { chromePath: string; chromeFlags: string[] }) => Promise<{ port: number; kill: () => Promise<void> | void }>;
}

async function importFromBench<T>(specifier: string): Promise<T> {
  const require = createRequire(join(benchRoot, 'package.json'));
  let path: string;
  try {
    path = require.resolve(specifier);
  } catch {
    console.error(`${specifier} is not installed in bench/: run "npm --prefix bench install" first.`);
    process.exit(1);
  }
  return (await import(pathToFileURL(path).href)) as T;
}

/** Audits in the category that lost points, with what Lighthouse measured. */
function failingAudits(result: LighthouseResult, category: string): string[] {
  return result.categories[category]!.auditRefs.flatMap(({ id, weight }) => {
    const audit = result.audits[id];
    if (!audit || audit.score === null || audit.score >= 1 || ['notApplicable', 'informative', 'manual'].includes(audit.scoreDisplayMode)) return [];
    // Zero-weight audits do not move the score but still describe a problem worth fixing.
    return [`${audit.title} (${audit.id}${audit.displayValue ? `: ${audit.displayValue}` : ''}${weight === 0 ? ', no weight' : ''})`];
  });
}

if (!existsSync(join(projectRoot, 'dist', 'index.html'))) {
  console.error('No dist/ to audit: run "npm run build" first.');
  process.exit(1);
}
const lighthouse = (await importFromBench<{ default: Lighthouse }>('lighthouse')).default;
const chromeLauncher = await importFromBench<ChromeLauncher>('chrome-launcher');
process.env.CHROME_PATH ??= chromiumPath;

// A copy, served gzipped as any host would; the compressed files never land in the real dist/.
const site = mkdtempSync(join(tmpdir(), 'career-atlas-lighthouse-'));
cpSync(join(projectRoot, 'dist'), site, { recursive: true });
const server = await serveCompressed(site);
const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROME_PATH, chromeFlags: [...chromiumFlags] });
const reportsDir = join(benchRoot, '.work', 'lighthouse');
mkdirSync(reportsDir, { recursive: true });
const rows: string[] = [];
const findings: string[] = [];
let belowTarget = false;
try {
  for (const page of pages) {
    const url = `${server.url}${page.path}`;
    const results: LighthouseResult[] = [];
    for (let run = 0; run < runs; run++) {
      // Default config: Lighthouse's mobile preset (Moto G Power screen, simulated slow 4G and 4× CPU slowdown).
      const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...categories] });
      if (!result || result.lhr.runtimeError) throw new Error(`Lighthouse failed on ${url}: ${result?.lhr.runtimeError?.message ?? 'no result'}`);
      results.push(result.lhr);
    }
    // The run with the median performance score stands for the page, as Lighthouse advises for variable machines.
    const lhr = results.sort((a, b) => (a.categories.performance?.score ?? 0) - (b.categories.performance?.score ?? 0))[Math.floor(results.length / 2)]!;
    writeFileSync(join(reportsDir, `${page.path.replace(/\W+/g, '-').replace(/^-|-$/g, '') || 'home'}.json`), JSON.stringify(lhr));
    const scores = categories.map((category) => Math.round((lhr.categories[category]?.score ?? 0) * 100));
    const spread = results.map((result) => Math.round((result.categories.performance?.score ?? 0) * 100)).join(', ');
    rows.push(`| ${page.name} (${page.path}) | ${scores.join(' | ')} | ${spread} |`);
    categories.forEach((category, index) => {
      if (scores[index]! < 100) belowTarget = true;
      const failing = failingAudits(lhr, category);
      if (failing.length > 0) findings.push(`- ${page.name}, ${lhr.categories[category]!.title} ${scores[index]}: ${failing.join('; ')}`);
    });
  }
} finally {
  await chrome.kill();
  server.stop();
  rmSync(site, { recursive: true, force: true });
}

console.log(
  `Median of ${runs} runs per page; load average ${os
    .loadavg()
    .map((load) => load.toFixed(2))
    .join(' ')}.\n`,
);
console.log(
  ['| Page | Performance | Accessibility | Best Practices | SEO | Performance in each run |', '| --- | ---: | ---: | ---: | ---: | --- |', ...rows].join('\n'),
);
console.log(findings.length > 0 ? `\nAudits that cost points:\n${findings.join('\n')}` : '\nEvery audit passed.');
console.log(`\nFull reports: ${reportsDir}`);
if (belowTarget && process.argv.includes('--strict')) process.exit(1);

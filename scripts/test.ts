/**
 * `npm test`: every gate in order, then one line that totals them all for CI: "N passed, N failed".
 * Gates that are not test runners (type check, lint, formatting, content check, build) count as one test each.
 * The browser sweeps (axe in both schemes, layout, CSP, html-validate) visit every kind of page on a sample and every
 * role guide; `npm run test:full` (`--full`, what CI runs) visits every page. Each suite's time is printed.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureChromium } from './ensure-chromium.ts';

interface Tally {
  passed: number;
  failed: number;
}

const full = process.argv.includes('--full');
const reports = mkdtempSync(join(tmpdir(), 'career-atlas-test-'));
const total: Tally = { passed: 0, failed: 0 };
const bin = (name: string) => join('node_modules', '.bin', name);

const timings: string[] = [];

function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}): boolean {
  const line = [command, ...args].join(' ');
  console.log(`\n> ${line}`);
  const started = performance.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const seconds = (performance.now() - started) / 1000;
  timings.push(`${seconds.toFixed(1).padStart(7)} s  ${line.length > 90 ? `${line.slice(0, 87)}...` : line}`);
  console.log(`(${seconds.toFixed(1)} s)`);
  return result.status === 0;
}

function gate(name: string, ok: boolean): boolean {
  if (ok) total.passed += 1;
  else {
    total.failed += 1;
    console.error(`FAILED: ${name}`);
  }
  return ok;
}

function vitestTally(file: string): Tally | undefined {
  if (!existsSync(file)) return undefined;
  const report = JSON.parse(readFileSync(file, 'utf8')) as { numPassedTests: number; numFailedTests: number };
  return { passed: report.numPassedTests, failed: report.numFailedTests };
}

function playwrightTally(file: string): Tally | undefined {
  if (!existsSync(file)) return undefined;
  const report = JSON.parse(readFileSync(file, 'utf8')) as { stats: { expected: number; unexpected: number; flaky: number } };
  if (report.stats.flaky > 0) console.log(`${report.stats.flaky} end-to-end test(s) failed once and passed on their retry (flaky): see the list above`);
  return { passed: report.stats.expected + report.stats.flaky, failed: report.stats.unexpected };
}

function addSuite(name: string, ok: boolean, tally: Tally | undefined): void {
  if (!tally) {
    gate(name, false);
    return;
  }
  total.passed += tally.passed;
  total.failed += tally.failed;
  if (!ok && tally.failed === 0) gate(`${name} (runner error)`, false);
}

/** Built pages must share no run of 10+ words with the seed documents (facts carry over, sentences do not). */
function proseOverlapGate(): void {
  const tool = join('..', 'shared', 'tools', 'prose-overlap.py');
  const seeds = join('..', 'shared', 'seeds');
  if (!existsSync(tool) || !existsSync(seeds)) {
    console.log(`\nprose overlap: not run (${tool} is not beside this checkout)`);
    return;
  }
  gate('prose overlap with the seed documents', run('python3', [tool, 'dist', seeds, '10']));
}

try {
  ensureChromium();
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}

// astro check first: it writes the types of astro:content (.astro/) that type-aware lint needs in a fresh clone.
gate('type check', run(bin('astro'), ['check']));
gate('lint', run(bin('eslint'), ['.']));
gate('formatting', run(bin('prettier'), ['--check', '.', '--log-level', 'warn']));
gate('content check', run(process.execPath, ['scripts/check/index.ts']));
const vitestJson = join(reports, 'vitest.json');
const unitOk = run(bin('vitest'), ['run', '--config', 'tests/vitest.config.ts', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`]);
addSuite('unit tests', unitOk, vitestTally(vitestJson));
const built = gate('production build', run('npm', ['run', 'build', '--silent']));
if (built) {
  const playwrightJson = join(reports, 'playwright.json');
  const e2eOk = run(bin('playwright'), ['test', '--config', 'tests/playwright.config.ts', '--reporter=list,json'], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson,
    ALL_PAGES: full ? '1' : '0',
  });
  addSuite('end-to-end tests', e2eOk, playwrightTally(playwrightJson));
  proseOverlapGate();
  gate('reproducible build (two builds, byte-identical)', run(process.execPath, ['scripts/reproducible-build.ts']));
} else {
  gate('end-to-end tests (skipped: no build)', false);
}

console.log(`\nTime per suite (${full ? 'every page' : 'a sample of each kind of page; npm run test:full for every page'}):\n${timings.join('\n')}`);
console.log(`\n${total.passed} passed, ${total.failed} failed`);
process.exit(total.failed === 0 ? 0 : 1);

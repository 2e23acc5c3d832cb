/**
 * Builds the site twice from the same checkout into two temporary directories and compares a SHA-256 of
 * every file. Prints each file that differs or exists in only one build, and exits non-zero if any does.
 * Two builds of one commit must give byte-identical output, so a deploy can be verified and cached.
 *
 *   node scripts/reproducible-build.ts
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { listFiles } from './site/dist-files.ts';

export interface BuildComparison {
  files: number;
  differing: string[];
  onlyInFirst: string[];
  onlyInSecond: string[];
}

function build(outDir: string): void {
  const astro = join('node_modules', '.bin', 'astro');
  const result = spawnSync(astro, ['build', '--outDir', outDir, '--silent'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (result.status !== 0) throw new Error(`astro build --outDir ${outDir} failed with exit code ${result.status}`);
}

function hashes(directory: string): Map<string, string> {
  return new Map(
    listFiles(directory).map((file) => [
      file,
      createHash('sha256')
        .update(readFileSync(join(directory, file)))
        .digest('hex'),
    ]),
  );
}

/** Compares two built directories file by file. */
export function compareBuilds(first: string, second: string): BuildComparison {
  const a = hashes(first);
  const b = hashes(second);
  return {
    files: a.size,
    differing: [...a].filter(([file, hash]) => b.has(file) && b.get(file) !== hash).map(([file]) => file),
    onlyInFirst: [...a.keys()].filter((file) => !b.has(file)),
    onlyInSecond: [...b.keys()].filter((file) => !a.has(file)),
  };
}

/** Builds twice and compares; the temporary builds are removed afterwards. */
export function buildTwiceAndCompare(): BuildComparison {
  const root = mkdtempSync(join(tmpdir(), 'career-atlas-repro-'));
  try {
    const [first, second] = [join(root, 'first'), join(root, 'second')];
    build(first);
    build(second);
    return compareBuilds(first, second);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = buildTwiceAndCompare();
  for (const file of result.differing) console.error(`differs: ${file}`);
  for (const file of result.onlyInFirst) console.error(`only in the first build: ${file}`);
  for (const file of result.onlyInSecond) console.error(`only in the second build: ${file}`);
  const problems = result.differing.length + result.onlyInFirst.length + result.onlyInSecond.length;
  console.log(`${result.files} files built twice, ${problems} differ`);
  process.exit(problems === 0 && result.files > 0 ? 0 : 1);
}

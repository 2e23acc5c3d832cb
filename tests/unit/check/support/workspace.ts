/**
 * Throwaway projects for the check's tests: a content tree (the clean fixture with some files
 * replaced), optionally inside a copy of the site so `astro build` can run on it.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const projectRoot = path.resolve(import.meta.dirname, '..', '..', '..', '..');
export const fixtures = path.resolve(import.meta.dirname, '..', 'fixtures');
// The day every test judges dates on, so "future" and "stale" never drift with the calendar.
export const TODAY = '2026-11-23';

const created: string[] = [];

/** Removes every directory these helpers made; call from afterAll/afterEach. */
export function removeWorkspaces(): void {
  for (const directory of created.splice(0)) rmSync(directory, { recursive: true, force: true });
}

/**
 * A directory holding content/: the clean fixture, then each overlay fixture (fixtures/<name>/content)
 * copied over it, then `files` (path relative to the root → text; null deletes the file).
 */
export function contentTree(
  overlays: readonly string[] = [],
  files: Record<string, string | null> = {},
  root = mkdtempSync(path.join(os.tmpdir(), 'career-atlas-check-')),
): string {
  if (!created.includes(root)) created.push(root);
  for (const name of ['content/clean', ...overlays]) cpSync(path.join(fixtures, name, 'content'), path.join(root, 'content'), { recursive: true });
  for (const [name, text] of Object.entries(files)) {
    const target = path.join(root, name);
    if (text === null) rmSync(target, { force: true });
    else {
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, text);
    }
  }
  return root;
}

// What a build reads besides content/: copied, so the copy builds exactly as the project does.
const siteParts = ['src', 'public', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json'];
// Caches that would make a build warm, or that concurrent builds must not share.
const privateCaches = new Set(['.astro', '.vite', '.cache']);

/** The site's code with `contentTree(overlays, files)` as its content, ready for `astro build`. */
export function siteWorkspace(overlays: readonly string[] = [], files: Record<string, string | null> = {}): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'career-atlas-site-'));
  created.push(root);
  for (const part of siteParts) cpSync(path.join(projectRoot, part), path.join(root, part), { recursive: true });
  mkdirSync(path.join(root, 'node_modules'));
  for (const name of readdirSync(path.join(projectRoot, 'node_modules'))) {
    if (!privateCaches.has(name)) symlinkSync(path.join(projectRoot, 'node_modules', name), path.join(root, 'node_modules', name));
  }
  return contentTree(overlays, files, root);
}

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  output: string;
}

function run(args: string[], cwd: string): Run {
  const result = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', env: { ...process.env, CHECK_TODAY: TODAY, ASTRO_TELEMETRY_DISABLED: '1' } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, output: `${result.stdout}${result.stderr}` };
}

/** `npm run check` on a tree, through the same entry point. */
export function runCheckCli(root: string, ...args: string[]): Run {
  return run([path.join(projectRoot, 'scripts', 'check', 'index.ts'), '--root', root, ...args], projectRoot);
}

/** `npm run build` (astro build) in a site workspace, with the pinned Node. */
export function runBuild(root: string): Run {
  return run([path.join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], root);
}

/** The `path:line:col  field  message` lines of a check or build output. */
export function findingLines(output: string): string[] {
  return output.split('\n').filter((line) => /^content\/\S+:\d+:\d+ {2}/.test(line));
}

/**
 * A production build of our site from N generated roles, indexed by Pagefind and served by
 * `astro preview` on a free port: what the search budget is measured on.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateRoles, projectRoot } from './generate.ts';
import { createCareerAtlasWorkspace } from './workspace.ts';

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };

function run(dir: string, command: string, args: string[]): void {
  const result = spawnSync(command, args, { cwd: dir, env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`${[command, ...args].join(' ')} failed in ${dir}:\n${(result.stdout + result.stderr).slice(-4000)}`);
}

/** Generates `count` roles into a fresh copy of the project, builds it and indexes it; returns the copy's directory and role slugs. */
export function buildLargeSite(count: number): { dir: string; slugs: string[] } {
  const dir = mkdtempSync(join(tmpdir(), `career-atlas-${count}-`));
  const roles = generateRoles(count);
  createCareerAtlasWorkspace(dir, roles);
  run(dir, process.execPath, ['node_modules/astro/bin/astro.mjs', 'build']);
  // The build script may index the site itself one day; index only when it has not.
  if (!existsSync(join(dir, 'dist', 'pagefind', 'pagefind.js'))) run(dir, join(projectRoot, 'node_modules', '.bin', 'pagefind'), ['--site', 'dist']);
  return { dir, slugs: roles.map((role) => role.slug) };
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export interface Preview {
  url: string;
  stop: () => void;
}

/** Serves `dir`/dist with `astro preview`, as readers' hosts would serve the files (no build step). */
export async function preview(dir: string): Promise<Preview> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'preview', '--host', '127.0.0.1', '--port', String(port)], { cwd: dir, env, stdio: 'ignore' });
  const stop = () => {
    if (child.exitCode === null) child.kill();
  };
  for (let attempt = 0; attempt < 300; attempt++) {
    if (child.exitCode !== null) throw new Error(`astro preview exited with ${child.exitCode} in ${dir}`);
    try {
      if ((await fetch(`${url}/`)).ok) return { url, stop };
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  stop();
  throw new Error(`astro preview did not answer on ${url}`);
}

export function removeLargeSite(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

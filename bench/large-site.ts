/**
 * A production build of our site from N generated roles, indexed by Pagefind and served as static
 * files, compressed as hosts serve them, on a free port: what the search budget is measured on.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
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

// Text a host compresses on the fly; pagefind's index, wasm and fragments come gzipped already.
const compressible = /\.(html|css|js|mjs|json|svg|xml|txt)$/;

/** Writes a gzip copy beside every text file `include` accepts, for a static server that serves them as hosts compress. */
function precompress(site: string, include: (file: string) => boolean): void {
  for (const entry of readdirSync(site, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !compressible.test(entry.name)) continue;
    const file = join(entry.parentPath, entry.name);
    if (!include(file)) continue;
    writeFileSync(`${file}.gz`, gzipSync(readFileSync(file)));
  }
}

/**
 * Serves the static site in `site` on a free port as ordinary hosts do: text gzipped, caching allowed
 * (no-store would keep pages out of the back/forward cache). Uses the plain server the e2e tests use,
 * as astro preview allows one instance per project and a test run may hold it. Writes .gz files into
 * `site`: pass a copy, never the project's own dist/. `include` limits which files get one (all text by
 * default), so a benchmark of a large site need not compress what the reader never fetches.
 */
export async function serveCompressed(site: string, include: (file: string) => boolean = () => true): Promise<Preview> {
  precompress(site, include);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const server = join(projectRoot, 'node_modules', 'http-server', 'bin', 'http-server');
  const child: ChildProcess = spawn(process.execPath, [server, site, '-a', '127.0.0.1', '-p', String(port), '-c600', '--gzip', '--silent'], {
    env,
    stdio: 'ignore',
  });
  const stop = () => {
    if (child.exitCode === null) child.kill();
  };
  for (let attempt = 0; attempt < 300; attempt++) {
    if (child.exitCode !== null) throw new Error(`the static server exited with ${child.exitCode} serving ${site}`);
    try {
      if ((await fetch(`${url}/`)).ok) return { url, stop };
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  stop();
  throw new Error(`the static server did not answer on ${url}`);
}

export function removeLargeSite(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/**
 * Throwaway projects to build: a copy of our site reading generated content, and a stock Starlight
 * site with the same pages. Copies rather than flags, so the product needs no benchmark-only code.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type GeneratedRole, projectRoot, writeCareerAtlasContent, writeStarlightDocs } from './generate.ts';

export const benchRoot = import.meta.dirname;

// Caches that would make a build warm, or that concurrent builds in the real project must not share.
const notLinked = new Set(['.astro', '.vite', '.cache']);

/**
 * Links every installed package into `target`/node_modules one by one, so the copy resolves the same
 * packages while Astro's and Vite's caches (kept in node_modules/) stay private to the copy.
 */
function linkNodeModules(source: string, target: string): void {
  mkdirSync(target, { recursive: true });
  for (const name of readdirSync(source)) {
    if (!notLinked.has(name)) symlinkSync(join(source, name), join(target, name));
  }
}

// What a build reads besides these: src/, public/, scripts/ and the root config files are copied.
const notCopied = new Set(['node_modules', 'content', 'dist', '.astro', '.git', 'bench', 'tests', 'test-results', 'playwright-report']);

/** Our site as it is in the working tree, with content/ replaced by the generated roles. */
export function createCareerAtlasWorkspace(dir: string, roles: readonly GeneratedRole[]): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(projectRoot)) {
    if (!notCopied.has(name)) cpSync(join(projectRoot, name), join(dir, name), { recursive: true });
  }
  linkNodeModules(join(projectRoot, 'node_modules'), join(dir, 'node_modules'));
  writeCareerAtlasContent(join(dir, 'content'), roles);
}

/** Our site exactly as it is in the working tree, content included: the real guide's build. */
export function createRealSiteWorkspace(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(projectRoot)) {
    if (!notCopied.has(name) || name === 'content') cpSync(join(projectRoot, name), join(dir, name), { recursive: true });
  }
  linkNodeModules(join(projectRoot, 'node_modules'), join(dir, 'node_modules'));
}

const starlightContentConfig = `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`;

/**
 * Stock Starlight, except two settings any team with thousands of pages would choose: a fixed
 * sidebar (the default lists every page on every page, which grows as N²) and, when measuring build
 * time against ours, no built-in Pagefind (ours indexes in a separate step, timed separately).
 */
function starlightConfig(pagefind: boolean): string {
  return `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
  site: 'https://career-atlas.example.org',
  integrations: [
    starlight({
      title: 'Career Atlas',
      pagefind: ${pagefind},
      sidebar: [
        { label: 'All roles', link: '/roles/' },
        { label: 'Sources', link: '/sources/' },
      ],
    }),
  ],
});
`;
}

/** A Starlight site with one docs page per generated role plus a home page, roles index and sources page. */
export function createStarlightWorkspace(dir: string, roles: readonly GeneratedRole[], options: { pagefind: boolean }): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src'), { recursive: true });
  // Vite decides which packages to bundle for the server from the dependencies listed here.
  const { dependencies } = JSON.parse(readFileSync(join(benchRoot, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
  const manifest = {
    name: 'starlight-baseline',
    private: true,
    type: 'module',
    dependencies: { astro: dependencies.astro, '@astrojs/starlight': dependencies['@astrojs/starlight'] },
  };
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  writeFileSync(join(dir, 'astro.config.mjs'), starlightConfig(options.pagefind));
  writeFileSync(join(dir, 'src', 'content.config.ts'), starlightContentConfig);
  linkNodeModules(join(benchRoot, 'node_modules'), join(dir, 'node_modules'));
  writeStarlightDocs(join(dir, 'src', 'content', 'docs'), roles);
}

/** Switches Starlight's built-in Pagefind on or off in an existing workspace. */
export function setStarlightPagefind(dir: string, pagefind: boolean): void {
  writeFileSync(join(dir, 'astro.config.mjs'), starlightConfig(pagefind));
}

/** Forgets everything a previous build left, so the next one is cold like the first. */
export function clearBuildCaches(dir: string): void {
  for (const path of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite']) rmSync(join(dir, path), { recursive: true, force: true });
}

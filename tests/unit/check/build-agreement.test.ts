/**
 * The build and the check agree: for every kind of defect, `npm run check` and `astro build` both fail
 * and print the same findings, file and line first; the clean fixture passes both. Each family of
 * defects gets one real build of a tiny site (the build stops before it renders anything, so these
 * take seconds); within a family the build must still report every defect.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findingLines, removeWorkspaces, runBuild, runCheckCli, siteWorkspace } from './support/workspace.ts';

afterAll(removeWorkspaces);

/** Each family's defects: where the check must place them ("file:line:column  field"). */
const FAMILIES: Record<string, string[]> = {
  frontmatter: [
    'content/roles/bad-currency.mdx:9:15  salaries[0].currency',
    'content/roles/future-date.mdx:22:15  lastReviewed',
    'content/roles/missing-field.mdx:2:1  family',
    'content/roles/unknown-field.mdx:13:5  salaries[0].sampel',
    'content/roles/wrong-type.mdx:11:13  salaries[0].median',
  ],
  yaml: [
    'content/roles/bad-yaml.mdx:11:4  yaml',
    // One file, nine different mistakes, all in one run.
    'content/roles/nine-mistakes.mdx:2:1  seniority',
    'content/roles/nine-mistakes.mdx:3:10  summary',
    'content/roles/nine-mistakes.mdx:5:22  related[1]',
    'content/roles/nine-mistakes.mdx:11:4  yaml',
    'content/roles/nine-mistakes.mdx:17:15  salaries[0].currency',
    'content/roles/nine-mistakes.mdx:19:13  salaries[0].median',
    'content/roles/nine-mistakes.mdx:20:5  salaries[0].sampel',
    'content/roles/nine-mistakes.mdx:31:15  lastReviewed',
    'content/roles/nine-mistakes.mdx:36:10  body',
  ],
  'between-files': [
    'content/roles/dangling-reference.mdx:6:22  related[1]',
    'content/roles/empty-section.mdx:25:1  body',
    'content/roles/imported-figure.mdx:7:13  salaries[0].source',
    'content/roles/no-imported-data.mdx:7:10  occupations[0].soc',
    'content/roles/placeholder-value.mdx:3:10  summary',
    'content/roles/tester2.mdx:2:8  title',
  ],
  mdx: [
    'content/roles/esm.mdx:25:1  body',
    'content/roles/esm.mdx:26:1  body',
    'content/roles/event-handler.mdx:25:46  body',
    'content/roles/expression.mdx:25:14  body',
    'content/roles/forbidden-element.mdx:27:1  body',
    'content/roles/unsafe-url.mdx:25:10  body',
  ],
};

// A real build per family runs on a busy two-core machine next to the other suites.
describe('npm run check and npm run build agree', { timeout: 180_000 }, () => {
  for (const [family, expected] of Object.entries(FAMILIES)) {
    it(`both refuse the ${family} defects, naming each file and line`, () => {
      const site = siteWorkspace([`sites/${family}`]);
      const check = runCheckCli(site);
      const build = runBuild(site);
      expect(check.status).toBe(1);
      expect(build.status).not.toBe(0);
      const checked = findingLines(check.stdout);
      // Exactly the findings of the check, in the same words and places.
      expect(findingLines(build.output)).toEqual(checked);
      expect(checked.map((line) => line.replace(/^(\S+ {2}\S+) {2}.*$/, '$1'))).toEqual(expected);
      expect(build.output).toContain(`nothing was built. ${check.stdout.trimEnd().split('\n').at(-1)}`);
      expect(existsSync(path.join(site, 'dist'))).toBe(false);
    });
  }

  it('never runs the code in a refused MDX body, which a build without the check does run', () => {
    const site = siteWorkspace(['sites/mdx']);
    expect(runBuild(site).status).not.toBe(0);
    // esm.mdx writes this file when its module is evaluated.
    expect(existsSync(path.join(site, 'esm-ran.txt'))).toBe(false);
    // The same site with the check taken out of astro.config.mjs: Astro compiles and runs the import,
    // and ships the iframe, which is what the check in the build prevents.
    const config = path.join(site, 'astro.config.mjs');
    writeFileSync(config, readFileSync(config, 'utf8').replace('integrations: [contentCheck(), ', 'integrations: ['));
    expect(runBuild(site).status).toBe(0);
    expect(existsSync(path.join(site, 'esm-ran.txt'))).toBe(true);
    expect(readFileSync(path.join(site, 'dist', 'roles', 'forbidden-element', 'index.html'), 'utf8')).toContain('<iframe');
  });

  it('both pass the clean fixture, and the build renders it', () => {
    const site = siteWorkspace();
    const check = runCheckCli(site);
    expect(check).toMatchObject({ status: 0, stdout: 'Content check passed: 0 errors, 0 warnings in 10 files.\n' });
    const build = runBuild(site);
    expect(build.status).toBe(0);
    expect(build.output).toContain('Content check passed: 0 errors, 0 warnings in 10 files.');
    expect(existsSync(path.join(site, 'dist', 'roles', 'developer', 'index.html'))).toBe(true);
  });
});

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findSearchableFiles } from '../../../src/integrations/pagefind-index.ts';

describe('findSearchableFiles', () => {
  const site = mkdtempSync(join(tmpdir(), 'pagefind-site-'));
  afterAll(() => rmSync(site, { recursive: true, force: true }));
  const page = (path: string, searchable: boolean) => {
    mkdirSync(dirname(join(site, path)), { recursive: true });
    writeFileSync(join(site, path), `<html><body><main${searchable ? ' data-pagefind-body' : ''}><h1>${path}</h1></main></body></html>`);
  };

  it('gives pagefind only the folders that hold pages marked for search, and marked root files by name', () => {
    page('roles/a/index.html', true);
    page('roles/index.html', false);
    page('skills/sql/index.html', true);
    page('compare/a-vs-b/index.html', false);
    page('compare/index.html', false);
    page('about.html', true);
    page('404.html', false);
    page('pagefind/ignored.html', true);
    writeFileSync(join(site, 'roles', 'a', 'data.json'), 'data-pagefind-body');
    expect(findSearchableFiles(site)).toEqual({ scanned: 7, marked: 3, glob: '{roles/**/*.html,skills/**/*.html,about.html}' });
  });

  it('finds a marker far into a large page, and one that straddles two reads', () => {
    for (const offset of [0, 65_536 - 10, 65_536 * 3 + 5]) {
      const folder = `deep-${offset}`;
      mkdirSync(join(site, folder), { recursive: true });
      writeFileSync(join(site, folder, 'index.html'), `${' '.repeat(offset)}<main data-pagefind-body></main>`);
    }
    mkdirSync(join(site, 'big'), { recursive: true });
    writeFileSync(join(site, 'big', 'index.html'), `<main>${'x'.repeat(300_000)}</main>`);
    const found = findSearchableFiles(site);
    expect(found.glob).toContain('deep-0/**/*.html');
    expect(found.glob).toContain('deep-65526/**/*.html');
    expect(found.glob).toContain('deep-196613/**/*.html');
    expect(found.glob).not.toContain('big/');
  });
});

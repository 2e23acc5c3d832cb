import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkLinks } from '../../../scripts/check-links.ts';
import { routeSources } from '../../../scripts/site/route-sources.ts';
import { site } from '../../../src/site.config.ts';

const dist = mkdtempSync(join(tmpdir(), 'check-links-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));

function page(path: string, body: string): void {
  mkdirSync(dirname(join(dist, path)), { recursive: true });
  writeFileSync(join(dist, path), `<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`);
}

page(
  'index.html',
  '<a href="/roles/back-end-developer/#pay">ok</a> <a href="/roles/">missing</a> <a href="/sources">no slash</a> <a href="https://example.com/x">external</a>',
);
page('sources/index.html', `<h1 id="top">Sources</h1><link rel="canonical" href="${site.url}/sources/#nowhere">`);
page(
  'roles/back-end-developer/index.html',
  '<h2 id="pay">Pay</h2><a href="#pay">ok</a><div class="role-body"><p><a href="../front-end-developer/">body link</a></p></div>',
);

describe('checkLinks', () => {
  const report = checkLinks(dist);
  const broken = Object.fromEntries(report.broken.map((link) => [link.href, link]));

  it('counts pages and internal links and leaves other sites alone', () => {
    expect(report.pages).toBe(3);
    expect(report.external).toBe(1);
    expect(report.internal).toBe(6);
  });

  it('reports missing pages, missing trailing slashes and missing fragments, and nothing else', () => {
    expect(Object.keys(broken).sort()).toEqual(['../front-end-developer/', '/roles/', '/sources', `${site.url}/sources/#nowhere`].sort());
    expect(broken['/sources']!.reason).toMatch(/trailing slash/);
    expect(broken[`${site.url}/sources/#nowhere`]!.reason).toBe('no element with id "nowhere" on /sources/');
  });

  it('names the file to fix: the route, or the role file for links in a role body', () => {
    expect(broken['/roles/']!.source).toBe('src/pages/index.astro');
    expect(broken['/roles/']!.at).toMatch(/^index\.html:1:\d+$/);
    expect(broken[`${site.url}/sources/#nowhere`]!.source).toBe('src/pages/sources.astro');
    expect(broken['../front-end-developer/']!.source).toBe('content/roles/back-end-developer.mdx');
  });
});

describe('routeSources', () => {
  const sourceOf = routeSources();

  it('maps built paths to static routes before dynamic ones', () => {
    expect(sourceOf('/')).toBe('src/pages/index.astro');
    expect(sourceOf('/roles/')).toBe('src/pages/roles/index.astro');
    expect(sourceOf('/roles/back-end-developer/')).toBe('src/pages/roles/[slug].astro');
    expect(sourceOf('/404.html')).toBe('src/pages/404.astro');
    expect(sourceOf('/robots.txt')).toBe('src/pages/robots.txt.ts');
  });
});

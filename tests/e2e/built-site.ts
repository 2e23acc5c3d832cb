/** The production build under test, read from disk: which pages it has and what its sitemap lists. */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import { site } from '../../src/site.config.ts';
import { listHtmlPages, pagePathOf } from '../../scripts/site/dist-files.ts';

// DIST_DIR lets a run check a build made elsewhere (astro build --outDir …) served by its own preview.
export const distDir = process.env.DIST_DIR ? `${process.env.DIST_DIR.replace(/\/$/, '')}/` : fileURLToPath(new URL('../../dist/', import.meta.url));

/** The site's base path with slashes at both ends, "/" at the root of a domain. */
export const basePath = `/${site.basePath.replace(/^\/|\/$/g, '')}/`.replace(/^\/\/$/, '/');

/** A path under the base, as the preview server serves it (it serves the site at its base path). */
export function served(path: string): string {
  return `${basePath}${path.replace(/^\//, '')}`;
}

/** Every page the sitemap lists, as paths on the preview server. Read when the spec loads, so tests can be made per page. */
export function sitemapPaths(): string[] {
  const index = `${distDir}sitemap-0.xml`;
  if (!existsSync(index)) throw new Error(`${index} is missing: run the build (npm run build) before the end-to-end tests`);
  // The sitemap is Astro's own output: <loc> elements only, no CDATA or entities in our URLs.
  return [...readFileSync(index, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
}

/** Every built HTML page (the not-found page included), as paths on the preview server. */
export function builtPagePaths(): string[] {
  return listHtmlPages(distDir).map((file) => served(pagePathOf(file)));
}

/** Absolute URL on the public site for a served path, as canonical links write it. */
export function publicUrl(path: string): string {
  return new URL(path, site.url).href;
}

/** A built page read from disk, with its elements in document order: quicker than a browser for head tags. */
export interface BuiltPage {
  path: string;
  elements: { tag: string; attrs: Record<string, string>; text: string }[];
  find(tag: string, attrs?: Record<string, string>): { tag: string; attrs: Record<string, string>; text: string }[];
  attr(tag: string, attrs: Record<string, string>, name: string): string | undefined;
}

/** Reads and parses the built file behind a served path ("/roles/x/" → dist/roles/x/index.html). */
export function readBuiltPage(path: string): BuiltPage {
  const relative = path.slice(basePath.length);
  const file = relative === '' || relative.endsWith('/') ? `${relative}index.html` : relative;
  const document = parse(readFileSync(`${distDir}${file}`, 'utf8'));
  const elements: BuiltPage['elements'] = [];
  const textOf = (node: DefaultTreeAdapterTypes.ParentNode): string =>
    node.childNodes.map((child) => ('value' in child && child.nodeName === '#text' ? child.value : 'childNodes' in child ? textOf(child) : '')).join('');
  const visit = (node: DefaultTreeAdapterTypes.ParentNode) => {
    for (const child of node.childNodes) {
      if (!('tagName' in child)) continue;
      elements.push({ tag: child.tagName, attrs: Object.fromEntries(child.attrs.map((attr) => [attr.name, attr.value])), text: textOf(child) });
      visit(child);
    }
  };
  visit(document);
  const find = (tag: string, attrs: Record<string, string> = {}) =>
    elements.filter((element) => element.tag === tag && Object.entries(attrs).every(([name, value]) => element.attrs[name] === value));
  return { path, elements, find, attr: (tag, attrs, name) => find(tag, attrs)[0]?.attrs[name] };
}

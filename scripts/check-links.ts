/**
 * Checks every link in the built site that stays on it: each internal URL must be a built file, and each
 * #fragment must be an id on the target page. Links to the site's own public origin (canonical, og:url,
 * og:image) count as internal; other origins are only counted (no network here). Each broken link is
 * reported with the built file and position that holds it and the source file to fix.
 *
 *   node scripts/check-links.ts [dist]
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import { site } from '../src/site.config.ts';
import { listFiles, pagePathOf } from './site/dist-files.ts';
import { routeSources } from './site/route-sources.ts';

type Element = DefaultTreeAdapterTypes.Element;
type ParentNode = DefaultTreeAdapterTypes.ParentNode;

export interface BrokenLink {
  // Built file and position of the link, e.g. "roles/x/index.html:1:2040".
  at: string;
  // File to edit: a route under src/pages/ or a role's MDX file.
  source: string;
  href: string;
  reason: string;
}

export interface LinkReport {
  pages: number;
  internal: number;
  external: number;
  broken: BrokenLink[];
}

/** Attributes that point somewhere, by element. */
const linkAttributes: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  img: ['src'],
  script: ['src'],
  source: ['src'],
  iframe: ['src'],
  form: ['action'],
};
const urlMetaProperties = new Set(['og:url', 'og:image', 'twitter:image']);

interface FoundLink {
  href: string;
  line: number;
  column: number;
  inRoleBody: boolean;
}

interface ParsedPage {
  ids: Set<string>;
  links: FoundLink[];
}

function attribute(element: Element, name: string): string | undefined {
  return element.attrs.find((attr) => attr.name === name)?.value;
}

function parsePage(html: string): ParsedPage {
  const ids = new Set<string>();
  const links: FoundLink[] = [];
  const visit = (node: ParentNode, inRoleBody: boolean) => {
    for (const child of node.childNodes) {
      if (!('tagName' in child)) continue;
      const element = child;
      const id = attribute(element, 'id');
      if (id) ids.add(id);
      if (element.tagName === 'a' && attribute(element, 'name')) ids.add(attribute(element, 'name')!);
      const classes = (attribute(element, 'class') ?? '').split(/\s+/);
      const insideBody = inRoleBody || classes.includes('role-body');
      const location = element.sourceCodeLocation;
      const at = { line: location?.startLine ?? 0, column: location?.startCol ?? 0, inRoleBody: insideBody };
      for (const name of linkAttributes[element.tagName] ?? []) {
        const value = attribute(element, name);
        if (value !== undefined) links.push({ href: value, ...at });
      }
      const property = attribute(element, 'property') ?? attribute(element, 'name');
      if (element.tagName === 'meta' && property && urlMetaProperties.has(property)) links.push({ href: attribute(element, 'content') ?? '', ...at });
      visit(element.tagName === 'template' ? (element as DefaultTreeAdapterTypes.Template).content : element, insideBody);
    }
  };
  visit(parse(html, { sourceCodeLocationInfo: true }), false);
  return { ids, links };
}

/** Checks every built HTML page under `directory`. */
export function checkLinks(directory: string): LinkReport {
  const origin = new URL(site.url).origin;
  const base = `/${site.basePath.replace(/^\/|\/$/g, '')}/`.replace(/^\/\/$/, '/');
  const files = new Set(listFiles(directory));
  const pages = [...files].filter((file) => file.endsWith('.html'));
  const parsed = new Map<string, ParsedPage>();
  const pageOf = (file: string) => {
    let page = parsed.get(file);
    if (!page) {
      page = parsePage(readFileSync(join(directory, file), 'utf8'));
      parsed.set(file, page);
    }
    return page;
  };
  const sourceOf = routeSources();
  const report: LinkReport = { pages: pages.length, internal: 0, external: 0, broken: [] };

  for (const file of pages) {
    const pagePath = pagePathOf(file);
    const pageUrl = new URL(`${base}${pagePath.slice(1)}`, origin);
    for (const link of pageOf(file).links) {
      const fail = (reason: string) =>
        report.broken.push({ at: `${file}:${link.line}:${link.column}`, source: sourceOf(pagePath, link.inRoleBody), href: link.href, reason });
      if (/^(mailto|tel):/i.test(link.href)) continue;
      let url: URL;
      try {
        url = new URL(link.href, pageUrl);
      } catch {
        fail('not a valid URL');
        continue;
      }
      if (url.origin !== origin) {
        report.external += 1;
        continue;
      }
      report.internal += 1;
      if (link.href.trim() === '' || link.href === '#') {
        fail('empty link');
        continue;
      }
      if (!url.pathname.startsWith(base)) {
        fail(`outside the site's base path ${base}`);
        continue;
      }
      const relative = decodeURIComponent(url.pathname.slice(base.length));
      const target = relative === '' || relative.endsWith('/') ? `${relative}index.html` : relative;
      if (!files.has(target)) {
        fail(
          files.has(`${relative}/index.html`)
            ? 'missing trailing slash (the site is built with trailingSlash: always)'
            : `no such file in the build (${target})`,
        );
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment === '') continue;
      if (!target.endsWith('.html')) fail(`#${fragment} on a file that is not a page`);
      else if (!pageOf(target).ids.has(fragment)) fail(`no element with id "${fragment}" on ${pagePathOf(target)}`);
    }
  }
  return report;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const directory = resolve(process.argv[2] ?? 'dist');
  const report = checkLinks(directory);
  for (const link of report.broken) console.error(`${join(directory, link.at)} ${link.href}: ${link.reason}\n  fix in ${link.source}`);
  console.log(`${report.pages} pages, ${report.internal} internal links checked (${report.external} external not fetched), ${report.broken.length} broken`);
  process.exit(report.broken.length === 0 && report.pages > 0 ? 0 : 1);
}

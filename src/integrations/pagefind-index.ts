import { closeSync, existsSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import { extname, join, normalize, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';

const marker = Buffer.from('data-pagefind-body');
// One buffer for every file: reading whole files into new Buffers (hundreds of MB on a large site) made the
// build's heap collect again and again, as V8 counts that memory towards its limits.
const chunk = Buffer.allocUnsafe(1 << 16);

// What the browser needs to be told about pagefind's files in `astro dev`; its index chunks are opaque bytes.
const contentTypes: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.wasm': 'application/wasm' };

/** Whether a file holds the marker, reading it a chunk at a time and stopping at the first match. */
function holdsMarker(file: string): boolean {
  const fd = openSync(file, 'r');
  try {
    // Bytes carried over from the previous chunk, so a marker split across two reads is still found.
    let carry = 0;
    for (;;) {
      const read = readSync(fd, chunk, carry, chunk.length - carry, null);
      if (read === 0) return false;
      const end = carry + read;
      if (chunk.subarray(0, end).indexOf(marker) !== -1) return true;
      carry = Math.min(marker.length - 1, end);
      chunk.copy(chunk, 0, end - carry, end);
    }
  } finally {
    closeSync(fd);
  }
}

/** What the search index is built from: the HTML files that opt in, and how many were looked at. */
export interface SearchableFiles {
  // Every HTML file in the site.
  scanned: number;
  // Those that carry data-pagefind-body.
  marked: number;
  // A glob, relative to the site, that covers every marked file and as few others as it can.
  glob: string;
}

/**
 * Finds the pages that opt in to search. Pagefind indexes only data-pagefind-body pages when any page has
 * one, but it still parses and tokenises every HTML file it is given before dropping the rest, and on this
 * site most files (comparison pages, lists, the 404 page) are not for search. So the marker is found here
 * with a byte search, and pagefind is given only the folders (by first path segment) that hold marked pages,
 * plus marked files at the root by name.
 */
export function findSearchableFiles(site: string): SearchableFiles {
  const folders = new Set<string>();
  const rootFiles = new Set<string>();
  let scanned = 0;
  let marked = 0;
  for (const entry of readdirSync(site, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const path = relative(site, join(entry.parentPath, entry.name)).split(sep);
    // Pagefind's own output is written after this, never read back.
    if (path[0] === 'pagefind') continue;
    scanned += 1;
    if (!holdsMarker(join(entry.parentPath, entry.name))) continue;
    marked += 1;
    if (path.length === 1) rootFiles.add(path[0]!);
    else folders.add(path[0]!);
  }
  const patterns = [...[...folders].sort().map((folder) => `${folder}/**/*.html`), ...[...rootFiles].sort()];
  return { scanned, marked, glob: patterns.length === 1 ? patterns[0]! : `{${patterns.join(',')}}` };
}

/**
 * Builds the search index as the last step of `astro build`, so every build (the npm script, a bare
 * `astro build`, CI) ships a dist/ whose search works. Pages opt in with data-pagefind-body.
 * `astro dev` renders pages on request and has no index of its own, so there search reads the last
 * build's index from dist/pagefind/.
 */
export function pagefindIndex(): AstroIntegration {
  let outDir = '';
  let base = '/';
  return {
    name: 'career-atlas:pagefind-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:server:setup': ({ server, logger }) => {
        const bundle = join(outDir, 'pagefind');
        const prefix = `${base}pagefind/`;
        if (existsSync(join(bundle, 'pagefind.js'))) logger.info(`Search uses the index of the last build (${bundle}); npm run build refreshes it.`);
        else logger.info('Search has no index yet: run npm run build once, and search works here too.');
        server.middlewares.use((request, response, next) => {
          const path = (request.url ?? '').split('?')[0] ?? '';
          if (!path.startsWith(prefix)) return next();
          let file: string;
          try {
            file = normalize(join(bundle, decodeURIComponent(path.slice(prefix.length))));
          } catch {
            // Not a well-formed address, so not one of pagefind's files.
            return next();
          }
          if (!file.startsWith(bundle + sep) || !existsSync(file) || !statSync(file).isFile()) return next();
          response.setHeader('Content-Type', contentTypes[extname(file)] ?? 'application/octet-stream');
          response.end(readFileSync(file));
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const site = fileURLToPath(dir);
        const searchable = findSearchableFiles(site);
        const scanned = performance.now();
        if (searchable.marked === 0) throw new Error(`pagefind: no page in ${site} carries data-pagefind-body, so search would find nothing`);
        // "#" and "+" are part of skill names readers type: C#, C++. Chart labels ("$50K") and the
        // year-by-year wage tables repeat figures the pay table already holds, so they stay out of the index.
        const { index, errors } = await createIndex({ includeCharacters: '#+', excludeSelectors: ['svg', '.trend-table'] });
        if (!index) throw new Error(`pagefind could not start: ${errors.join('; ')}`);
        try {
          const added = await index.addDirectory({ path: site, glob: searchable.glob });
          if (added.errors.length > 0) throw new Error(`pagefind could not index ${site}: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
          if (written.errors.length > 0) throw new Error(`pagefind could not write its bundle: ${written.errors.join('; ')}`);
          logger.info(
            `Indexed ${searchable.marked} of ${searchable.scanned} HTML files (those marked data-pagefind-body; pagefind read ${added.page_count} under ${searchable.glob}) and wrote the search index in ${Math.round(performance.now() - started)} ms (finding them ${Math.round(scanned - started)} ms).`,
          );
        } finally {
          await close();
        }
      },
    },
  };
}

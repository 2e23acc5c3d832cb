import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';

// What the browser needs to be told about pagefind's files; its index chunks are opaque bytes.
const contentTypes: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.wasm': 'application/wasm' };

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
          const path = decodeURIComponent((request.url ?? '').split('?')[0] ?? '');
          if (!path.startsWith(prefix)) return next();
          const file = normalize(join(bundle, path.slice(prefix.length)));
          if (!file.startsWith(bundle + sep) || !existsSync(file) || !statSync(file).isFile()) return next();
          response.setHeader('Content-Type', contentTypes[extname(file)] ?? 'application/octet-stream');
          response.end(readFileSync(file));
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const site = fileURLToPath(dir);
        // "#" and "+" are part of skill names readers type: C#, C++. Chart labels ("$50K") and the
        // year-by-year wage tables repeat figures the pay table already holds, so they stay out of the index.
        const { index, errors } = await createIndex({ includeCharacters: '#+', excludeSelectors: ['svg', '.trend-table'] });
        if (!index) throw new Error(`pagefind could not start: ${errors.join('; ')}`);
        try {
          const added = await index.addDirectory({ path: site });
          if (added.errors.length > 0) throw new Error(`pagefind could not index ${site}: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
          if (written.errors.length > 0) throw new Error(`pagefind could not write its bundle: ${written.errors.join('; ')}`);
          logger.info(`Read ${added.page_count} HTML files and wrote the search index (pages marked data-pagefind-body) in ${Math.round(performance.now() - started)} ms.`);
        } finally {
          await close();
        }
      },
    },
  };
}

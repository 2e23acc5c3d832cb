import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';

/**
 * Builds the search index as the last step of `astro build`, so every build (the npm script, a bare
 * `astro build`, CI) ships a dist/ whose search works. Pages opt in with data-pagefind-body.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'career-atlas:pagefind-index',
    hooks: {
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

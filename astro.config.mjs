// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { site } from './src/site.config.ts';
import { pagefindIndex } from './src/integrations/pagefind-index.ts';
import { contentCheck } from './scripts/check/astro-integration.ts';

export default defineConfig({
  site: site.url,
  base: site.basePath,
  trailingSlash: 'always',
  // contentCheck runs first, before any content is loaded or MDX compiled; pagefindIndex runs last: it indexes the finished dist/.
  integrations: [contentCheck(), mdx(), sitemap(), pagefindIndex()],
  // Stylesheets as files, never inlined, so the policy in public/_headers ('self' only) holds without hashes.
  // Four pages in flight at once, so writing one page's files overlaps rendering the next (same bytes out;
  // see README, Build performance).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  // The Content Security Policy is our own <meta> (src/lib/seo/csp.ts), not Astro's security.csp: with no inline
  // code anywhere, the hashes Astro would add to every page are bytes that allow nothing 'self' does not.
  // Shiki colours code with inline style attributes, which the policy forbids; Prism uses classes.
  markdown: { syntaxHighlight: 'prism' },
  vite: {
    build: {
      // Scripts as files too (Vite would inline small ones), so no page carries inline code.
      assetsInlineLimit: 0,
      // One stylesheet for the whole site (a few KB gzip), cached after the first page, instead of a chunk per page group.
      cssCodeSplit: false,
      rolldownOptions: {
        // Astro marks each MDX entry's propagated-assets module with "use astro:head-inject", a directive nothing
        // reads any more (head propagation goes through the module's __astroPropagation export), so the bundler
        // dropping it changes nothing; it warns once per role file (withastro/astro#18087, open). Every other
        // warning still prints.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('"use astro:head-inject"')) return;
          warn(warning);
        },
      },
    },
  },
  devToolbar: { enabled: false },
});

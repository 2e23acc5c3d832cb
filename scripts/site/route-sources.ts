/**
 * Which source file a built page comes from: the route under src/pages/ whose pattern matches its URL,
 * or, for links inside a role's body text, content/roles/<slug>.mdx.
 */
import { fileURLToPath } from 'node:url';
import { listFiles } from './dist-files.ts';

interface Route {
  file: string;
  pattern: RegExp;
  dynamicSegments: number;
}

const pageExtensions = /\.(astro|md|mdx)$/;
const endpointExtensions = /\.(ts|js)$/;

/** "roles/[slug].astro" → /^roles\/[^/]+\/$/; "robots.txt.ts" → /^robots\.txt$/; "404.astro" → /^404\.html$/. */
function routeOf(file: string): Route | undefined {
  const isPage = pageExtensions.test(file);
  if (!isPage && !endpointExtensions.test(file)) return undefined;
  if (file.split('/').some((segment) => segment.startsWith('_'))) return undefined;
  let route = file.replace(isPage ? pageExtensions : endpointExtensions, '');
  if (isPage) route = route === '404' ? '404.html' : `${route.replace(/(^|\/)index$/, '')}/`.replace(/^\/$/, '');
  const escaped = route
    .split('/')
    .map((segment) =>
      segment
        .replace(/[.+?^${}()|\\]/g, '\\$&')
        .replace(/\[\\?\.\\?\.\\?\.[^\]]+\]/g, '.*')
        .replace(/\[[^\]]+\]/g, '[^/]+'),
    )
    .join('/');
  return { file: `src/pages/${file}`, pattern: new RegExp(`^${escaped}$`), dynamicSegments: (file.match(/\[/g) ?? []).length };
}

/** Maps built page paths to the files that produce them. */
export function routeSources(pagesDirectory = fileURLToPath(new URL('../../src/pages/', import.meta.url))): (pagePath: string, inRoleBody?: boolean) => string {
  const routes = listFiles(pagesDirectory)
    .flatMap((file) => routeOf(file) ?? [])
    // Static routes win over dynamic ones, as in Astro's own routing.
    .sort((a, b) => a.dynamicSegments - b.dynamicSegments);
  return (pagePath, inRoleBody = false) => {
    const relative = pagePath.replace(/^\//, '');
    const roleBody = inRoleBody ? /^roles\/([^/]+)\/$/.exec(relative) : null;
    if (roleBody) return `content/roles/${roleBody[1]}.mdx`;
    return routes.find((route) => route.pattern.test(relative))?.file ?? `(no route for ${pagePath})`;
  };
}

import { contentPaths } from './content-paths.ts';

/** Site-wide settings: the one place the public URL and repository live. */
export const site = {
  // Name shown in the header and titles.
  name: 'Career Atlas',
  // Public origin of the deployed site, used for canonical URLs and the sitemap.
  url: process.env.SITE_URL ?? 'https://career-atlas.example.org',
  // Path the site is served under ("/" at the root of a domain).
  basePath: process.env.BASE_PATH ?? '/',
  // Repository whose files the "Edit this page" links open.
  repository: 'https://github.com/career-atlas/career-atlas',
  // Branch that edit links point at.
  branch: 'main',
  // Where role files live in the repository, for edit links and git dates.
  rolesDirectory: contentPaths.roles,
} as const;

/** Every internal URL, built in one place so links cannot drift from routes. */

const base = import.meta.env?.BASE_URL ?? '/';

function withBase(path: string): string {
  return `${base.replace(/\/$/, '')}${path}`;
}

export const urls = {
  home: () => withBase('/'),
  roles: () => withBase('/roles/'),
  role: (slug: string) => withBase(`/roles/${slug}/`),
  roleSection: (slug: string, section: string) => withBase(`/roles/${slug}/#${section}`),
  sources: () => withBase('/sources/'),
  source: (id: string) => withBase(`/sources/#source-${id}`),
};

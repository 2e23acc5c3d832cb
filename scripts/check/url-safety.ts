const ALLOWED_SCHEMES = new Set(['http', 'https', 'mailto']);

// Browsers ignore leading C0 controls and spaces, and drop tabs and newlines
// anywhere in a URL, so " java\tscript:" still runs as javascript:.
const LEADING_IGNORED = /^[\u0000-\u0020\s]+/;
const INNER_IGNORED = /[\t\n\r]/g;
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
// `//host` and `\\host` (browsers treat `\` as `/`) leave the site.
const PROTOCOL_RELATIVE = /^[/\\]{2}/;

/** True for http(s), mailto, relative paths and #fragments; false for everything else. */
export function isSafeUrl(url: string): boolean {
  const normalized = url.replace(LEADING_IGNORED, '').replace(INNER_IGNORED, '');
  if (PROTOCOL_RELATIVE.test(normalized)) return false;
  const scheme = SCHEME.exec(normalized)?.[1];
  if (scheme === undefined) return true;
  return ALLOWED_SCHEMES.has(scheme.toLowerCase());
}

/**
 * The Content Security Policy, in one place: every page carries it as a <meta> element (HeadTags.astro), and
 * public/_headers repeats it for hosts that send headers; a test keeps them equal. No page has an inline script
 * or style (scripts and stylesheets are files, see astro.config.mjs), so the policy lists no hashes: Astro's own
 * CSP support would add the hash of every bundled script of the site to every page (about 330 B gzip each),
 * though 'self' already allows them.
 */

/** Directives beside script-src and style-src. frame-ancestors only works as a header, so it lives in _headers. */
export const cspDirectives = [
  "default-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/** Scripts only from our own origin; search (pagefind) compiles WebAssembly, which needs 'wasm-unsafe-eval' — not 'unsafe-eval'. */
export const cspScriptSources = ["'self'", "'wasm-unsafe-eval'"] as const;

/** Stylesheets only from our own origin: no inline style attributes or elements. */
export const cspStyleSources = ["'self'"] as const;

/** The policy as a <meta http-equiv> element gives it (frame-ancestors only works in a header). */
export function cspMetaContent(): string {
  return [...cspDirectives, `script-src ${cspScriptSources.join(' ')}`, `style-src ${cspStyleSources.join(' ')}`].join('; ');
}

/** The same policy as one header value, plus what only a header can say. */
export function cspHeader(): string {
  return [...cspDirectives, `script-src ${cspScriptSources.join(' ')}`, `style-src ${cspStyleSources.join(' ')}`, "frame-ancestors 'none'"].join('; ');
}

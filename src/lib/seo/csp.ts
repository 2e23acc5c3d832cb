/**
 * The Content Security Policy, in one place: astro.config.mjs hands it to Astro (which adds the hashes of
 * anything it inlines), and public/_headers repeats it for hosts that send headers; a test keeps them equal.
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

/** The same policy as one header value, plus what only a header can say. */
export function cspHeader(): string {
  return [...cspDirectives, `script-src ${cspScriptSources.join(' ')}`, `style-src ${cspStyleSources.join(' ')}`, "frame-ancestors 'none'"].join('; ');
}

import { createRequire } from 'node:module';
import type { MdxFinding, MdxSafetyOptions } from './mdx-safety.ts';
import { emptySections, mayHaveEmptySection } from './sections.ts';
import { guidanceFindings } from './template.ts';
import { isSafeUrl } from './url-safety.ts';

type MdxSafety = typeof import('./mdx-safety.ts');
let mdxSafety: MdxSafety | undefined;

/**
 * The MDX parser and its plugins take longer to load than a whole run over plain-Markdown
 * bodies, so they load (synchronously, through require) only when a body needs them.
 */
function loadMdxSafety(): MdxSafety {
  mdxSafety ??= createRequire(import.meta.url)('./mdx-safety.ts') as MdxSafety;
  return mdxSafety;
}

const ESM_LINE = /^[ \t]*(?:import|export)\b/m;
const INLINE_LINK = /\]\(/g;

/**
 * True when the body may hold something `findUnsafeMdx` reports, so it must be parsed.
 * False only when no report is possible, which a cheap scan can prove for most prose:
 *
 * - JSX, raw HTML, autolinks and `<url>` destinations all need `<`; expressions need `{`;
 *   MDX syntax errors only arise inside those; ESM needs a line starting import/export.
 * - The only other findings are unsafe link, image and definition URLs. Definitions need
 *   `]:`, which sends the body to the parser; inline links and images need `](`, and the
 *   destination that follows on the same line is exactly what the parser reads unless it
 *   holds `(` (nested parentheses), `&` (character references) or `\` (escapes), which
 *   also send the body to the parser. Every destination must pass `isSafeUrl`.
 * - GFM autolink literals only make http:, https: and mailto: URLs, plus xmpp:, which is
 *   sent to the parser.
 */
export function bodyNeedsParse(body: string): boolean {
  if (body.includes('<') || body.includes('{') || body.includes(']:') || ESM_LINE.test(body) || /xmpp:/i.test(body)) {
    return true;
  }
  for (const match of body.matchAll(INLINE_LINK)) {
    let index = match.index + 2;
    while (body[index] === ' ' || body[index] === '\t') index++;
    if (body[index] === '\n' || body[index] === '\r') return true;
    let end = index;
    while (end < body.length && !/[\s)]/.test(body[end]!)) end++;
    const destination = body.slice(index, end);
    if (/[(&\\]/.test(destination) || !isSafeUrl(destination)) return true;
  }
  return false;
}

export interface BodyOptions extends MdxSafetyOptions {
  // The template's guidance paragraphs, which a role body must not keep; undefined for the template itself.
  guidance?: readonly string[] | undefined;
}

/**
 * Every body rule: MDX safety (`findUnsafeMdx`), no empty sections and no template guidance left
 * in. The body is parsed at most once, and not at all when a scan proves it clean. Lines and
 * columns are those of the whole file.
 */
export function checkBody(body: string, options: BodyOptions, lineOffset: number, firstLineColumnOffset = 0): MdxFinding[] {
  const findings = options.guidance ? guidanceFindings(body, options.guidance) : [];
  if (bodyNeedsParse(body) || mayHaveEmptySection(body)) {
    const safety = loadMdxSafety();
    const parsed = safety.parseBody(body);
    if (parsed.tree) findings.push(...safety.checkMdxTree(parsed.tree, options), ...emptySections(parsed.tree));
    else findings.push(parsed.syntax);
  }
  return findings
    .map((found) => ({
      ...found,
      line: found.line + lineOffset,
      column: found.line === 1 ? found.column + firstLineColumnOffset : found.column,
    }))
    .sort((a, b) => a.line - b.line || a.column - b.column);
}

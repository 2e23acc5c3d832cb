/**
 * Where a built page's weight is, so a failing HTML budget names what to trim: each part's cost is what the
 * page would weigh less, gzipped, without it ("section “Pay” 4,705 B").
 */
import { gzipSync } from 'node:zlib';
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import { formatBytes } from '../../src/lib/budgets.ts';

type Node = DefaultTreeAdapterTypes.ChildNode;
type Element = DefaultTreeAdapterTypes.Element;

interface Part {
  name: string;
  start: number;
  end: number;
}

const isElement = (node: Node): node is Element => 'tagName' in node;
const attribute = (element: Element, name: string) => element.attrs.find((attr) => attr.name === name)?.value;
const textOf = (node: Node): string => ('value' in node && node.nodeName === '#text' ? node.value : 'childNodes' in node ? node.childNodes.map(textOf).join('') : '');

/** The page's parts a reader or editor would name: head data, header, footer, and each h2 section up to the next. */
function partsOf(html: string): Part[] {
  const parts: Part[] = [];
  const span = (element: Element) => ({ start: element.sourceCodeLocation!.startOffset, end: element.sourceCodeLocation!.endOffset });
  const visit = (element: Element) => {
    const children = element.childNodes.filter(isElement);
    children.forEach((child, index) => {
      if (child.tagName === 'script' && attribute(child, 'type') === 'application/ld+json') parts.push({ name: 'JSON-LD in <head>', ...span(child) });
      else if (child.tagName === 'meta' && attribute(child, 'http-equiv') === 'content-security-policy') parts.push({ name: 'Content-Security-Policy <meta>', ...span(child) });
      else if (/^site-(header|footer)\b/.test(attribute(child, 'class') ?? '')) parts.push({ name: attribute(child, 'class')!.split(' ')[0]!.replace('-', ' '), ...span(child) });
      else if (child.tagName === 'h2' || child.tagName === 'h3') {
        // A heading's section runs to the next heading of its level or above among its siblings.
        const levels = child.tagName === 'h2' ? ['h2'] : ['h2', 'h3', 'section'];
        // A wrapper (a div around the O*NET sections) ends the section when what it wraps would.
        const ends = (sibling: Element) => levels.includes(sibling.tagName) || sibling.childNodes.filter(isElement).some((node) => levels.includes(node.tagName));
        const next = children.slice(index + 1).find(ends);
        const end = next ? next.sourceCodeLocation!.startOffset : children.at(-1)!.sourceCodeLocation!.endOffset;
        parts.push({ name: `${child.tagName === 'h2' ? 'section' : 'subsection'} “${textOf(child).trim()}”`, start: span(child).start, end });
      } else if (child.tagName === 'section') {
        const heading = child.childNodes.filter(isElement).find((node) => /^h[2-4]$/.test(node.tagName));
        if (heading) parts.push({ name: `subsection “${textOf(heading).trim()}”`, ...span(child) });
      }
      visit(child);
    });
  };
  const document = parse(html, { sourceCodeLocationInfo: true });
  for (const node of document.childNodes) if (isElement(node)) visit(node);
  return parts;
}

/** The heaviest parts of a page, heaviest first, e.g. "section “Pay” 4,705 B, JSON-LD in <head> 1,275 B". */
export function heaviestParts(html: string, count = 6): string {
  const whole = gzipSync(html).length;
  return partsOf(html)
    .map((part) => ({ name: part.name, bytes: whole - gzipSync(html.slice(0, part.start) + html.slice(part.end)).length }))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, count)
    .map((part) => `${part.name} ${formatBytes(part.bytes)}`)
    .join(', ');
}

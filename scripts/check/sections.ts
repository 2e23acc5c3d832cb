import type { Nodes, Root, RootContent } from 'mdast';
import type { MdxFinding } from './mdx-safety.ts';

const ATX_HEADING = /^ {0,3}(#{1,6})(?:[ \t]|$)/;
// A line that would turn the paragraph above it into a setext heading (`Title` over `===`).
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;
const FENCE = /^ {0,3}(?:`{3,}|~{3,})/m;

/**
 * True when the body may have a heading with nothing under it, so it must be parsed to be sure.
 * False only when a scan proves it has none: every ATX heading is followed, past blank lines, by a
 * line that is not a heading of the same or a higher level. Fenced code (whose `#` lines are not
 * headings) and setext headings are left to the parser.
 */
export function mayHaveEmptySection(body: string): boolean {
  if (FENCE.test(body)) return true;
  const lines = body.split('\n');
  let open: number | undefined;
  for (const line of lines) {
    if (line.trim() === '') continue;
    const depth = ATX_HEADING.exec(line)?.[1]?.length;
    if (open !== undefined && depth !== undefined && depth <= open) return true;
    if (SETEXT_UNDERLINE.test(line)) return true;
    open = depth;
  }
  return open !== undefined;
}

/** Nodes that put nothing on the page: comments in braces and link definitions. */
function isInvisible(node: RootContent): boolean {
  if (node.type === 'definition') return true;
  return node.type === 'mdxFlowExpression' && node.data?.estree?.body.length === 0;
}

function plainText(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string' && (node.type === 'text' || node.type === 'inlineCode')) return node.value;
  return 'children' in node ? node.children.map((child) => plainText(child as Nodes)).join('') : '';
}

/** Every heading followed by nothing but another heading of the same or a higher level, or the end. */
export function emptySections(tree: Root): MdxFinding[] {
  const visible = tree.children.filter((node) => !isInvisible(node));
  return visible.flatMap((node, index): MdxFinding[] => {
    if (node.type !== 'heading') return [];
    const next = visible[index + 1];
    if (next && !(next.type === 'heading' && next.depth <= node.depth)) return [];
    const start = node.position?.start;
    return [
      {
        line: start?.line ?? 1,
        column: start?.column ?? 1,
        rule: 'empty-section',
        message: `expected text under the heading ${JSON.stringify(plainText(node).trim())}, got nothing before ${next ? 'the next heading' : 'the end of the file'}; write the section or delete the heading`,
      },
    ];
  });
}

import type { Directive, Identifier, ImportDeclaration, ImportSpecifier, ModuleDeclaration, Program, SimpleLiteral, Statement } from 'estree';
import type { Nodes, Root } from 'mdast';
import type {
  MdxFlowExpression,
  MdxJsxAttribute,
  MdxJsxExpressionAttribute,
  MdxJsxFlowElement,
  MdxJsxTextElement,
  MdxTextExpression,
  MdxjsEsm,
} from 'mdast-util-mdx';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Point } from 'unist';
import { visit } from 'unist-util-visit';
import { isSafeUrl } from './url-safety.ts';

export interface MdxFinding {
  line: number;
  column: number;
  rule: string;
  message: string;
}

export interface AllowedComponent {
  importFrom: string;
  props: readonly string[];
}

export interface MdxSafetyOptions {
  allowedComponents: Record<string, AllowedComponent>;
}

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;
type MdxExpression = MdxFlowExpression | MdxTextExpression;
type Place = Pick<Point, 'line' | 'column'> | undefined;
type AllowedElement = { kind: 'html' } | { kind: 'component'; props: readonly string[] };
type ElementClass = AllowedElement | { kind: 'forbidden' } | { kind: 'unknown' };

const FORBIDDEN_TAGS = new Set(['script', 'style', 'iframe', 'object', 'embed', 'form', 'link', 'meta', 'base']);

// Presentational tags only: nothing that loads resources beyond a URL we check,
// submits data, or hosts foreign markup (svg, math).
const HARMLESS_TAGS = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'blockquote',
  'br',
  'caption',
  'cite',
  'code',
  'col',
  'colgroup',
  'dd',
  'del',
  'details',
  'dfn',
  'div',
  'dl',
  'dt',
  'em',
  'figcaption',
  'figure',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'i',
  'img',
  'ins',
  'kbd',
  'li',
  'mark',
  'ol',
  'p',
  'pre',
  'q',
  'rp',
  'rt',
  'ruby',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'summary',
  'sup',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'time',
  'tr',
  'u',
  'ul',
  'var',
  'wbr',
]);

const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'srcset']);

const MAX_QUOTED_LENGTH = 60;

const tagList = (tags: ReadonlySet<string>) => [...tags].map((tag) => `\`<${tag}>\``).join(', ');

/** What the safety rules reject and why, in the words of the field reference (CONTRIBUTING.md). */
export const mdxSafetyRules: readonly { rejected: string; why: string }[] = [
  {
    rejected: '`import` and `export` statements',
    why: 'they run code at build time and can read files or secrets; components may only come from the allowlist in `scripts/check/allowed-components.ts` (empty today)',
  },
  { rejected: '`{expressions}`', why: 'any JavaScript expression runs at build time; only comments such as `{/* note */}` are allowed' },
  { rejected: tagList(FORBIDDEN_TAGS), why: "they run code, restyle or take over the page, load other sites, or submit readers' data" },
  {
    rejected: 'unknown elements and components',
    why: `only presentational tags (${tagList(new Set(['kbd', 'abbr', 'details']))} and the like) and allowlisted components are allowed`,
  },
  { rejected: '`on*` attributes (`onclick`, `onerror`, …)', why: 'event handlers are JavaScript' },
  { rejected: '`style` and `dangerouslySetInnerHTML` attributes', why: 'inline styles can hide or fake content; raw HTML bypasses every other check' },
  { rejected: 'spread attributes and expression values on HTML tags', why: 'they smuggle code in where a plain value belongs' },
  {
    rejected: `\`javascript:\`, \`data:\`, \`vbscript:\` and other non-web URLs in links, images and ${[...URL_ATTRIBUTES]
      .slice(0, 2)
      .map((name) => `\`${name}\``)
      .join('/')}`,
    why: 'clicking or loading them runs code; only `http:`, `https:`, `mailto:`, relative and `#fragment` URLs pass',
  },
  { rejected: 'raw HTML', why: 'MDX treats it as JSX, so write Markdown or the tags above instead' },
];

const EXPORT_MESSAGE = 'export statements are not allowed; MDX content may only import allowlisted components';

/**
 * Parses an MDX body with the real MDX parser and reports every construct that
 * could run code or load unsafe URLs. `lineOffset` shifts lines past the frontmatter.
 */
export function findUnsafeMdx(body: string, options: MdxSafetyOptions, lineOffset = 0): MdxFinding[] {
  const parsed = parseBody(body);
  const findings = parsed.tree ? checkMdxTree(parsed.tree, options) : [parsed.syntax];
  return findings.map((found) => ({ ...found, line: found.line + lineOffset })).sort(byPosition);
}

/** The body's tree from the real MDX parser (with GFM, as the site renders it), or its syntax error. */
export function parseBody(body: string): { tree: Root; syntax?: undefined } | { tree?: undefined; syntax: MdxFinding } {
  try {
    return { tree: parseMdx(body) };
  } catch (error) {
    if (!isParserMessage(error)) throw error;
    return { syntax: syntaxFinding(error) };
  }
}

/** Checks an already parsed tree; positions are those of the tree. */
export function checkMdxTree(tree: Root, options: MdxSafetyOptions): MdxFinding[] {
  const findings: MdxFinding[] = [];
  visit(tree, (node: Nodes) => {
    findings.push(...checkNode(node, options));
  });
  return findings;
}

function parseMdx(body: string): Root {
  return unified().use(remarkParse).use(remarkMdx).use(remarkGfm).parse(body);
}

function checkNode(node: Nodes, options: MdxSafetyOptions): MdxFinding[] {
  switch (node.type) {
    case 'mdxjsEsm':
      return checkEsm(node, options);
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return checkExpression(node);
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return checkElement(node, options);
    case 'link':
    case 'image':
    case 'definition':
      return checkUrl(node.url, node.type, node.position?.start);
    case 'html':
      return [finding(node.position?.start, 'raw-html', 'raw HTML is not allowed; use Markdown or an allowlisted component')];
    default:
      return [];
  }
}

// ---- ESM -----------------------------------------------------------------

function checkEsm(node: MdxjsEsm, options: MdxSafetyOptions): MdxFinding[] {
  const statements = node.data?.estree?.body;
  // remark-mdx always attaches estree; without it the code cannot be judged, so it is rejected whole.
  if (!statements) {
    return [finding(node.position?.start, 'esm-import', `ESM code ${quoteExpression(node.value)} is not allowed; ${allowedImports(options)}`)];
  }
  return statements.flatMap((statement) => {
    const at = startOf(statement) ?? node.position?.start;
    if (statement.type !== 'ImportDeclaration') return [finding(at, 'esm-export', EXPORT_MESSAGE)];
    if (isAllowedImport(statement, options)) return [];
    return [finding(at, 'esm-import', importMessage(statement, options))];
  });
}

function isAllowedImport(declaration: ImportDeclaration, options: MdxSafetyOptions): boolean {
  const [specifier, ...others] = declaration.specifiers;
  if (!specifier || others.length > 0 || (declaration.attributes ?? []).length > 0) return false;
  const name = specifier.local.name;
  if (ownComponent(options, name)?.importFrom !== declaration.source.value) return false;
  if (specifier.type === 'ImportDefaultSpecifier') return true;
  return specifier.type === 'ImportSpecifier' && importedName(specifier) === name;
}

function importMessage(declaration: ImportDeclaration, options: MdxSafetyOptions): string {
  const bindings = declaration.specifiers.map(describeSpecifier).join(', ');
  const what = `${bindings ? `${bindings} from ` : ''}${JSON.stringify(String(declaration.source.value))}`;
  return `import of ${what} is not allowed; ${allowedImports(options)}`;
}

function allowedImports(options: MdxSafetyOptions): string {
  const allowed = Object.entries(options.allowedComponents).map(([name, component]) => `${name} from ${JSON.stringify(component.importFrom)}`);
  return allowed.length > 0 ? `only these components may be imported: ${allowed.join(', ')}` : 'no imports are allowed';
}

function describeSpecifier(specifier: ImportDeclaration['specifiers'][number]): string {
  const local = specifier.local.name;
  if (specifier.type === 'ImportDefaultSpecifier') return local;
  if (specifier.type === 'ImportNamespaceSpecifier') return `* as ${local}`;
  const imported = importedName(specifier);
  return imported === local ? `{ ${local} }` : `{ ${imported} as ${local} }`;
}

function importedName(specifier: ImportSpecifier): string {
  const imported = specifier.imported;
  return imported.type === 'Identifier' ? imported.name : String(imported.value);
}

// ---- Expressions -----------------------------------------------------------

function checkExpression(node: MdxExpression): MdxFinding[] {
  // `{/* note */}` compiles to nothing, so comment-only (or empty) braces are harmless.
  if (node.data?.estree?.body.length === 0) return [];
  const message = `JavaScript expression ${quoteExpression(node.value)} is not allowed; only comments such as {/* note */} may appear in braces`;
  return [finding(node.position?.start, 'expression', message)];
}

// ---- JSX -------------------------------------------------------------------

function checkElement(node: JsxElement, options: MdxSafetyOptions): MdxFinding[] {
  const name = node.name;
  if (name === null) return []; // A fragment renders only its children, which are visited anyway.
  const at = node.position?.start;
  const element = classifyElement(name, options);
  switch (element.kind) {
    case 'forbidden':
      return [
        finding(at, 'jsx-forbidden-element', `<${name}> elements are never allowed; use Markdown or an allowlisted component (${componentNames(options)})`),
      ];
    case 'unknown':
      return [
        finding(
          at,
          'jsx-unknown-element',
          `element <${name}> is not allowed; use an allowlisted component (${componentNames(options)}) or a harmless HTML tag such as <kbd> or <abbr>`,
        ),
      ];
    default:
      return node.attributes.flatMap((attribute) => checkAttribute(attribute, name, element));
  }
}

function classifyElement(name: string, options: MdxSafetyOptions): ElementClass {
  if (FORBIDDEN_TAGS.has(name.toLowerCase())) return { kind: 'forbidden' };
  const component = ownComponent(options, name);
  if (component) return { kind: 'component', props: component.props };
  return HARMLESS_TAGS.has(name) ? { kind: 'html' } : { kind: 'unknown' };
}

function checkAttribute(attribute: MdxJsxAttribute | MdxJsxExpressionAttribute, elementName: string, element: AllowedElement): MdxFinding[] {
  const at = attribute.position?.start;
  const tag = `<${elementName}>`;
  if (attribute.type === 'mdxJsxExpressionAttribute') {
    return [finding(at, 'jsx-spread', `spread attribute ${quoteExpression(attribute.value)} on ${tag} is not allowed; write each attribute out by name`)];
  }
  const name = attribute.name;
  const lowerName = name.toLowerCase();
  if (lowerName.startsWith('on')) {
    return [finding(at, 'jsx-event-handler', `event handler attribute "${name}" on ${tag} is not allowed; no attribute starting with "on" is permitted`)];
  }
  if (lowerName === 'dangerouslysetinnerhtml') {
    return [finding(at, 'jsx-dangerous-html', `attribute "${name}" on ${tag} is not allowed; write the content as Markdown instead`)];
  }
  if (lowerName === 'style') {
    return [finding(at, 'jsx-style', `attribute "${name}" on ${tag} is not allowed; use Markdown or an allowlisted component for formatting`)];
  }
  if (element.kind === 'component' && !element.props.includes(name)) {
    const allowed = element.props.length > 0 ? element.props.join(', ') : 'none';
    return [finding(at, 'jsx-unknown-prop', `prop "${name}" is not allowed on ${tag}; allowed props: ${allowed}`)];
  }
  const value = attribute.value;
  if (value === null || value === undefined) return [];
  if (typeof value === 'string') return checkAttributeUrl(lowerName, value, name, tag, at);
  if (element.kind === 'html') {
    return [
      finding(
        at,
        'jsx-expression-value',
        `attribute "${name}" on ${tag} has the expression ${quoteExpression(value.value)}; HTML tags only accept plain string values`,
      ),
    ];
  }
  const simple = literalOrName(value.data?.estree);
  if (!simple) {
    return [
      finding(
        at,
        'jsx-expression-value',
        `prop "${name}" on ${tag} has the expression ${quoteExpression(value.value)}; only string, number, boolean or null literals and bare names are allowed`,
      ),
    ];
  }
  const isStringLiteral = simple.type === 'Literal' && typeof simple.value === 'string';
  return isStringLiteral ? checkAttributeUrl(lowerName, String(simple.value), name, tag, at) : [];
}

function checkAttributeUrl(lowerName: string, value: string, name: string, tag: string, at: Place): MdxFinding[] {
  if (!URL_ATTRIBUTES.has(lowerName)) return [];
  const urls = lowerName === 'srcset' ? srcsetUrls(value) : [value];
  return urls.flatMap((url) => checkUrl(url, `attribute "${name}" of ${tag}`, at)).slice(0, 1);
}

function srcsetUrls(srcset: string): string[] {
  return srcset.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? '');
}

/** The expression when it is a lone identifier or string/number/boolean/null literal, else `undefined`. */
function literalOrName(program: Program | null | undefined): Identifier | SimpleLiteral | undefined {
  const [statement, ...others] = program?.body ?? [];
  if (!statement || others.length > 0 || statement.type !== 'ExpressionStatement') return undefined;
  const expression = statement.expression;
  if (expression.type === 'Identifier') return expression;
  if (expression.type !== 'Literal' || 'regex' in expression || 'bigint' in expression) return undefined;
  return expression;
}

// ---- URLs --------------------------------------------------------------------

function checkUrl(url: string, where: string, at: Place): MdxFinding[] {
  if (isSafeUrl(url)) return [];
  const message = `unsafe URL ${JSON.stringify(truncate(url))} in ${where}; only http:, https:, mailto:, relative and #fragment URLs are allowed`;
  return [finding(at, 'unsafe-url', message)];
}

// ---- Helpers -------------------------------------------------------------------

function ownComponent(options: MdxSafetyOptions, name: string): AllowedComponent | undefined {
  // Own keys only, so names like `constructor` never match Object.prototype.
  return Object.hasOwn(options.allowedComponents, name) ? options.allowedComponents[name] : undefined;
}

function componentNames(options: MdxSafetyOptions): string {
  const names = Object.keys(options.allowedComponents);
  return names.length > 0 ? names.join(', ') : 'none configured';
}

function startOf(statement: Directive | Statement | ModuleDeclaration): Place {
  const start = statement.loc?.start;
  // estree columns are 0-based; unist columns are 1-based.
  return start ? { line: start.line, column: start.column + 1 } : undefined;
}

function quoteExpression(source: string): string {
  return `{${truncate(source.replace(/\s+/g, ' ').trim())}}`;
}

function truncate(text: string): string {
  return text.length > MAX_QUOTED_LENGTH ? `${text.slice(0, MAX_QUOTED_LENGTH)}…` : text;
}

function finding(at: Place, rule: string, message: string): MdxFinding {
  return { line: at?.line ?? 1, column: at?.column ?? 1, rule, message };
}

function byPosition(a: MdxFinding, b: MdxFinding): number {
  return a.line - b.line || a.column - b.column;
}

// ---- Syntax errors ---------------------------------------------------------------

interface ParserMessage {
  reason: string;
  line?: number | undefined;
  column?: number | undefined;
  cause?: unknown;
}

function isParserMessage(error: unknown): error is ParserMessage {
  return error instanceof Error && typeof (error as Partial<ParserMessage>).reason === 'string';
}

function syntaxFinding(error: ParserMessage): MdxFinding {
  // Acorn failures arrive as a generic reason with the useful detail in `cause`.
  const detail = error.cause instanceof Error ? ` (${error.cause.message})` : '';
  const at = error.line && error.column ? { line: error.line, column: error.column } : undefined;
  return finding(at, 'mdx-syntax', `MDX syntax error: ${error.reason}${detail}`);
}

import { readFileSync } from 'node:fs';
import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { checkMdxTree, findUnsafeMdx, type MdxFinding, type MdxSafetyOptions } from '../../../scripts/check/mdx-safety.ts';
import { isSafeUrl } from '../../../scripts/check/url-safety.ts';

const OPTIONS: MdxSafetyOptions = {
  allowedComponents: {
    Callout: { importFrom: '../../src/components/content/Callout.astro', props: ['type', 'title'] },
  },
};

// Repeated message tails, spelled out once so every expectation stays an exact string.
const ONLY_CALLOUT_IMPORT = 'only these components may be imported: Callout from "../../src/components/content/Callout.astro"';
const SAFE_URLS = 'only http:, https:, mailto:, relative and #fragment URLs are allowed';
const ONLY_COMMENTS = 'only comments such as {/* note */} may appear in braces';
const FORBIDDEN = 'elements are never allowed; use Markdown or an allowlisted component (Callout)';

function fixture(name: string): string {
  return readFileSync(new URL(`./fixtures/mdx/${name}`, import.meta.url), 'utf8');
}

function at(line: number, column: number, rule: string, message: string): MdxFinding {
  return { line, column, rule, message };
}

const ATTACKS: Array<[file: string, expected: MdxFinding[]]> = [
  [
    'import-node-fs.mdx',
    [
      at(1, 1, 'esm-import', `import of fs from "node:fs" is not allowed; ${ONLY_CALLOUT_IMPORT}`),
      at(5, 1, 'expression', `JavaScript expression {fs.readFileSync("/etc/passwd", "utf8")} is not allowed; ${ONLY_COMMENTS}`),
    ],
  ],
  ['import-component-wrong-path.mdx', [at(1, 1, 'esm-import', `import of Callout from "../../evil/Callout.astro" is not allowed; ${ONLY_CALLOUT_IMPORT}`)]],
  [
    'import-component-aliased.mdx',
    [at(1, 1, 'esm-import', `import of { Callout as Box } from "../../src/components/content/Callout.astro" is not allowed; ${ONLY_CALLOUT_IMPORT}`)],
  ],
  [
    'import-namespace-and-side-effect.mdx',
    [
      at(1, 1, 'esm-import', `import of * as all from "../../src/components/content/Callout.astro" is not allowed; ${ONLY_CALLOUT_IMPORT}`),
      at(2, 1, 'esm-import', `import of "./side-effect.js" is not allowed; ${ONLY_CALLOUT_IMPORT}`),
      at(3, 1, 'esm-import', `import of Callout, { helper } from "../../src/components/content/Callout.astro" is not allowed; ${ONLY_CALLOUT_IMPORT}`),
    ],
  ],
  ['export-const.mdx', [at(3, 1, 'esm-export', 'export statements are not allowed; MDX content may only import allowlisted components')]],
  ['flow-expression-env.mdx', [at(3, 1, 'expression', `JavaScript expression {process.env.SECRET} is not allowed; ${ONLY_COMMENTS}`)]],
  ['text-expression.mdx', [at(1, 22, 'expression', `JavaScript expression {1+1} is not allowed; ${ONLY_COMMENTS}`)]],
  [
    'script.mdx',
    [
      at(1, 1, 'jsx-forbidden-element', `<script> ${FORBIDDEN}`),
      at(1, 9, 'expression', `JavaScript expression {\`alert(document.cookie)\`} is not allowed; ${ONLY_COMMENTS}`),
    ],
  ],
  ['script-uppercase.mdx', [at(3, 1, 'jsx-forbidden-element', `<SCRIPT> ${FORBIDDEN}`)]],
  [
    'style.mdx',
    [
      at(1, 1, 'jsx-forbidden-element', `<style> ${FORBIDDEN}`),
      at(1, 8, 'expression', `JavaScript expression {"body { display: none }"} is not allowed; ${ONLY_COMMENTS}`),
    ],
  ],
  ['iframe.mdx', [at(3, 1, 'jsx-forbidden-element', `<iframe> ${FORBIDDEN}`)]],
  ['object.mdx', [at(1, 1, 'jsx-forbidden-element', `<object> ${FORBIDDEN}`)]],
  ['embed.mdx', [at(1, 1, 'jsx-forbidden-element', `<embed> ${FORBIDDEN}`)]],
  ['form.mdx', [at(1, 1, 'jsx-forbidden-element', `<form> ${FORBIDDEN}`)]],
  ['link-element.mdx', [at(1, 1, 'jsx-forbidden-element', `<link> ${FORBIDDEN}`)]],
  ['meta.mdx', [at(1, 1, 'jsx-forbidden-element', `<meta> ${FORBIDDEN}`)]],
  ['base.mdx', [at(1, 1, 'jsx-forbidden-element', `<base> ${FORBIDDEN}`)]],
  [
    'onclick-attribute.mdx',
    [at(1, 25, 'jsx-event-handler', 'event handler attribute "onClick" on <a> is not allowed; no attribute starting with "on" is permitted')],
  ],
  [
    'onerror-attribute.mdx',
    [at(1, 33, 'jsx-event-handler', 'event handler attribute "onerror" on <img> is not allowed; no attribute starting with "on" is permitted')],
  ],
  [
    'dangerously-set-inner-html.mdx',
    [at(1, 6, 'jsx-dangerous-html', 'attribute "dangerouslySetInnerHTML" on <div> is not allowed; write the content as Markdown instead')],
  ],
  ['style-attribute.mdx', [at(1, 12, 'jsx-style', 'attribute "style" on <span> is not allowed; use Markdown or an allowlisted component for formatting')]],
  ['spread-attribute.mdx', [at(3, 10, 'jsx-spread', 'spread attribute {...props} on <Callout> is not allowed; write each attribute out by name')]],
  [
    'html-expression-attribute.mdx',
    [at(1, 7, 'jsx-expression-value', 'attribute "title" on <abbr> has the expression {secret}; HTML tags only accept plain string values')],
  ],
  [
    'component-call-prop.mdx',
    [
      at(
        3,
        25,
        'jsx-expression-value',
        'prop "title" on <Callout> has the expression {fetch("x")}; only string, number, boolean or null literals and bare names are allowed',
      ),
    ],
  ],
  ['component-unknown-prop.mdx', [at(3, 21, 'jsx-unknown-prop', 'prop "color" is not allowed on <Callout>; allowed props: type, title')]],
  [
    'unknown-component.mdx',
    [at(3, 1, 'jsx-unknown-element', 'element <Evil> is not allowed; use an allowlisted component (Callout) or a harmless HTML tag such as <kbd> or <abbr>')],
  ],
  ['link-javascript.mdx', [at(1, 6, 'unsafe-url', `unsafe URL "javascript:alert(1)" in link; ${SAFE_URLS}`)]],
  ['link-javascript-mixed-case.mdx', [at(1, 1, 'unsafe-url', `unsafe URL "JaVaScRiPt:alert(document.domain)" in link; ${SAFE_URLS}`)]],
  ['link-javascript-entity-tab.mdx', [at(1, 1, 'unsafe-url', `unsafe URL "java\\tscript:alert(1)" in link; ${SAFE_URLS}`)]],
  ['link-protocol-relative.mdx', [at(1, 1, 'unsafe-url', `unsafe URL "//evil.example/roles/" in link; ${SAFE_URLS}`)]],
  ['image-data-uri.mdx', [at(1, 1, 'unsafe-url', `unsafe URL "data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My…" in image; ${SAFE_URLS}`)]],
  ['definition-vbscript.mdx', [at(3, 1, 'unsafe-url', `unsafe URL "vbscript:msgbox(1)" in definition; ${SAFE_URLS}`)]],
  ['anchor-javascript-href.mdx', [at(1, 4, 'unsafe-url', `unsafe URL "javascript:alert(1)" in attribute "href" of <a>; ${SAFE_URLS}`)]],
  ['anchor-leading-space-href.mdx', [at(1, 4, 'unsafe-url', `unsafe URL "  javascript:alert(1)" in attribute "href" of <a>; ${SAFE_URLS}`)]],
  ['syntax-error-expression.mdx', [at(1, 13, 'mdx-syntax', 'MDX syntax error: Could not parse expression with acorn (Unexpected token)')]],
  // The parser gives no position for an unclosed tag at end of input; its reason names the tag's place.
  ['syntax-error-unclosed-tag.mdx', [at(1, 1, 'mdx-syntax', 'MDX syntax error: Expected a closing tag for `<details>` (3:1-3:10)')]],
];

describe('findUnsafeMdx', () => {
  it.each(ATTACKS)('reports %s', (file, expected) => {
    expect(findUnsafeMdx(fixture(file), OPTIONS)).toEqual(expected);
  });

  it.each(['benign-role.mdx', 'benign-component.mdx', 'benign-named-import.mdx', 'benign-html.mdx'])('accepts %s', (file) => {
    expect(findUnsafeMdx(fixture(file), OPTIONS)).toEqual([]);
  });

  it('adds lineOffset to every line, syntax errors included', () => {
    expect(findUnsafeMdx(fixture('import-node-fs.mdx'), OPTIONS, 6).map(({ line, column }) => [line, column])).toEqual([
      [7, 1],
      [11, 1],
    ]);
    expect(findUnsafeMdx(fixture('syntax-error-expression.mdx'), OPTIONS, 6)).toEqual([
      at(7, 13, 'mdx-syntax', 'MDX syntax error: Could not parse expression with acorn (Unexpected token)'),
    ]);
  });

  it('sorts findings by line, then column', () => {
    const body = '<a href="javascript:x" title={t}>x</a> {y}\n\n<Evil />';
    expect(findUnsafeMdx(body, OPTIONS).map(({ line, column, rule }) => [line, column, rule])).toEqual([
      [1, 4, 'unsafe-url'],
      [1, 24, 'jsx-expression-value'],
      [1, 40, 'expression'],
      [3, 1, 'jsx-unknown-element'],
    ]);
  });

  it('words messages for an empty allowlist', () => {
    expect(findUnsafeMdx('import X from "y"\n\n<X />', { allowedComponents: {} })).toEqual([
      at(1, 1, 'esm-import', 'import of X from "y" is not allowed; no imports are allowed'),
      at(
        3,
        1,
        'jsx-unknown-element',
        'element <X> is not allowed; use an allowlisted component (none configured) or a harmless HTML tag such as <kbd> or <abbr>',
      ),
    ]);
  });

  it('does not treat Object.prototype keys as allowlisted components', () => {
    expect(findUnsafeMdx('<constructor />', OPTIONS).map((found) => found.rule)).toEqual(['jsx-unknown-element']);
  });

  it('checks string literal props of components for unsafe URLs', () => {
    const options = { allowedComponents: { Card: { importFrom: './Card.astro', props: ['href'] } } };
    expect(findUnsafeMdx('<Card href={"javascript:x"} />', options)).toEqual([
      at(1, 7, 'unsafe-url', `unsafe URL "javascript:x" in attribute "href" of <Card>; ${SAFE_URLS}`),
    ]);
  });

  it('checks every srcset candidate', () => {
    expect(findUnsafeMdx('<img srcset="/a.png 1x, data:x 2x" />', OPTIONS)).toEqual([
      at(1, 6, 'unsafe-url', `unsafe URL "data:x" in attribute "srcset" of <img>; ${SAFE_URLS}`),
    ]);
  });
});

describe('checkMdxTree', () => {
  it('rejects raw HTML nodes, which the MDX parser never produces itself', () => {
    const position = { start: { line: 2, column: 3 }, end: { line: 2, column: 11 } };
    const tree: Root = { type: 'root', children: [{ type: 'html', value: '<script>', position }] };
    expect(checkMdxTree(tree, OPTIONS)).toEqual([at(2, 3, 'raw-html', 'raw HTML is not allowed; use Markdown or an allowlisted component')]);
  });

  it('rejects ESM nodes that carry no estree to inspect', () => {
    const position = { start: { line: 1, column: 1 }, end: { line: 1, column: 19 } };
    const tree: Root = { type: 'root', children: [{ type: 'mdxjsEsm', value: 'import x from "y"', position }] };
    expect(checkMdxTree(tree, OPTIONS)).toEqual([at(1, 1, 'esm-import', `ESM code {import x from "y"} is not allowed; ${ONLY_CALLOUT_IMPORT}`)]);
  });
});

describe('isSafeUrl', () => {
  it.each([
    'https://example.org/',
    'HTTP://example.org/',
    'mailto:hello@example.org',
    '/roles/front-end-developer/',
    '../front-end-developer/',
    'salary.png',
    '#pay',
    '?tab=pay',
    '',
  ])('allows %j', (url) => {
    expect(isSafeUrl(url)).toBe(true);
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    '\u0001javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    '//evil.example/',
    '\\\\evil.example/',
    '/\\evil.example/',
    'ftp://example.org/',
  ])('rejects %j', (url) => {
    expect(isSafeUrl(url)).toBe(false);
  });
});

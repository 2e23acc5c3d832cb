import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { allowedComponents } from '../../../scripts/check/allowed-components.ts';
import { bodyNeedsParse, checkBody } from '../../../scripts/check/body-check.ts';
import { splitFrontmatter } from '../../../scripts/check/frontmatter.ts';
import { findUnsafeMdx } from '../../../scripts/check/mdx-safety.ts';

const projectRoot = path.resolve(import.meta.dirname, '..', '..', '..');
const OPTIONS = { allowedComponents: { ...allowedComponents } };

const CRAFTED = [
  'Plain prose with a [link](/roles/x/) and ![image](https://example.org/a.png).',
  'A [link]( javascript:alert(1)) with a space.',
  'A [link](\njavascript:alert(1)) across lines.',
  '> A [quoted link](\n> javascript:alert(1))',
  'An [entity](java&#115;cript:alert(1)) link.',
  'An [escaped](java\\script:alert(1)) link.',
  'A [nested](a(javascript:x)) link.',
  'A [reference][r].\n\n[r]: javascript:alert(1)',
  'A [reference][r].\n\n[r]:\n  javascript:alert(1)',
  '[x](data:text/html;base64,PHNjcmlwdD4=)',
  '[x](vbscript:msgbox)',
  '[x](//evil.example/)',
  '[x](JaVaScRiPt:alert(1))',
  '[x](%6Aavascript:alert(1))',
  'import fs from "node:fs"\n\nText.',
  'Text.\n\nexport const a = 1',
  'Text with {1 + 1} in it.',
  'Text with } alone.',
  '<script>alert(1)</script>',
  'Mail me at someone@example.org or www.example.org, or xmpp:someone@example.org.',
  'A table:\n\n| a | b |\n| --- | --- |\n| [c](mailto:x@example.org) | d |',
  '    [indented](javascript:alert(1))',
  '- [in a list](javascript:alert(1))',
  'Footnote[^1].\n\n[^1]: A note.',
];

function bodies(): [string, string][] {
  const found: [string, string][] = CRAFTED.map((text, index) => [`crafted ${index}`, text]);
  const mdxFixtures = path.join(import.meta.dirname, 'fixtures', 'mdx');
  for (const name of readdirSync(mdxFixtures)) found.push([name, readFileSync(path.join(mdxFixtures, name), 'utf8')]);
  for (const name of readdirSync(path.join(projectRoot, 'content', 'roles')).filter((file) => file.endsWith('.mdx'))) {
    const split = splitFrontmatter(readFileSync(path.join(projectRoot, 'content', 'roles', name), 'utf8'));
    if (split) found.push([name, split.body]);
  }
  return found;
}

describe('bodyNeedsParse', () => {
  it('only skips the parser for bodies the parser finds nothing in', () => {
    let skipped = 0;
    for (const [name, body] of bodies()) {
      if (bodyNeedsParse(body)) continue;
      skipped++;
      expect({ name, findings: findUnsafeMdx(body, OPTIONS) }).toEqual({ name, findings: [] });
    }
    expect(skipped).toBeGreaterThan(3);
  });

  it('sends every attack in the crafted list to the parser', () => {
    for (const text of CRAFTED.filter((body) => findUnsafeMdx(body, OPTIONS).length > 0)) {
      expect({ text, needsParse: bodyNeedsParse(text) }).toEqual({ text, needsParse: true });
    }
  });

  it('skips plain Markdown with safe links', () => {
    expect(bodyNeedsParse(CRAFTED[0]!)).toBe(false);
    expect(bodyNeedsParse('# Heading\n\n- a list\n- [mail](mailto:a@example.org)\n')).toBe(false);
  });
});

describe('checkBody', () => {
  it('reports findings at their lines in the whole file', () => {
    expect(checkBody('\n\nText {1 + 1}.\n', OPTIONS, 20)).toEqual([
      {
        line: 23,
        column: 6,
        rule: 'expression',
        message: 'JavaScript expression {1 + 1} is not allowed; only comments such as {/* note */} may appear in braces',
      },
    ]);
  });

  it('shifts columns on the line shared with the closing ---', () => {
    expect(checkBody(' {x}\n', OPTIONS, 9, 3)).toEqual([
      { line: 10, column: 5, rule: 'expression', message: 'JavaScript expression {x} is not allowed; only comments such as {/* note */} may appear in braces' },
    ]);
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
// The parser Astro runs on every role file's frontmatter (js-yaml inside), to prove we read the same values.
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../../scripts/check/frontmatter.ts';
import { YamlDocument } from '../../../scripts/check/yaml-document.ts';
import { fixtures, projectRoot } from './support/workspace.ts';

const TRICKY = `# comment
a:
- x
- y: 1
  z: [1, "b,c", d]
b:
  c:
    - - 1
      - 2
    - {q: 1}
  e: |
    text: not a key
    - not an item
  f:
  g: &x 5
  h: *x
  "i": 3
  j:   # a comment
    k: 1
`;

/** Every role file in the project and the check's fixtures. */
function roleFiles(): string[] {
  const directories = [path.join(projectRoot, 'content', 'roles'), path.join(fixtures, 'content', 'clean', 'content', 'roles')];
  return directories.flatMap((directory) =>
    readdirSync(directory)
      .filter((name) => name.endsWith('.mdx'))
      .map((name) => path.join(directory, name)),
  );
}

describe('YamlDocument values', () => {
  it('reads every role file’s frontmatter exactly as Astro does', () => {
    const files = roleFiles();
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const ours = new YamlDocument(splitFrontmatter(text)!.yaml);
      expect({ file, problems: ours.problems, data: ours.data }).toEqual({ file, problems: [], data: parseFrontmatter(text).frontmatter });
    }
  });

  it('reads unquoted dates as Dates and keeps months and years as written', () => {
    expect(new YamlDocument('a: 2026-11-01\nb: 2025-05\nc: 2025\n').data).toEqual({ a: new Date('2026-11-01T00:00:00Z'), b: '2025-05', c: 2025 });
  });
});

describe('YamlDocument positions', () => {
  it('places values, keys, empty values and missing paths', () => {
    const document = new YamlDocument(TRICKY, 10);
    expect(document.locate(['a', 1, 'z', 2])).toEqual({ line: 15, column: 17 });
    expect(document.locate(['b', 'c', 1, 'q'])).toEqual({ line: 20, column: 11 });
    expect(document.locate(['b', 'h'])).toEqual({ line: 26, column: 6 });
    expect(document.locate(['b', 'i'], 'key')).toEqual({ line: 27, column: 3 });
    // An empty value points at its key; a path that is not there, at its nearest ancestor.
    expect(document.locate(['b', 'f'])).toEqual({ line: 24, column: 3 });
    expect(document.locate(['b', 'j'])).toEqual({ line: 29, column: 5 });
    expect(document.locate(['b', 'missing', 3])).toEqual({ line: 17, column: 3 });
    expect(document.locate(['nothing'])).toEqual({ line: 12, column: 1 });
  });

  it('places values in JSON', () => {
    const document = new YamlDocument('{\n  "a": [1, {"b": null}],\n  "c": "x"\n}\n');
    expect(document.locate(['a', 1, 'b'])).toEqual({ line: 2, column: 18 });
    expect(document.locate(['c'], 'key')).toEqual({ line: 3, column: 3 });
  });

  it('finds the values marked # placeholder on their own line only', () => {
    const document = new YamlDocument(
      'a: 1 # placeholder\nb:\n  - x # placeholder\n  - y\nc: # placeholder\n  - z\nd:\n  e: 2\n  # placeholder\nf: [1] # placeholder\ng: 3 # placeholders\n',
    );
    expect(document.placeholderPaths()).toEqual([['a'], ['b', 0], ['f']]);
  });
});

describe('YamlDocument syntax errors', () => {
  it('reports one error per damaged top-level field and marks the field damaged', () => {
    const document = new YamlDocument('title: A\nlist:\n  - a: 1\n    - b: 2\nother: 1\nmore:\n  - x: 1\n   - y: 2\nlast: 3\n', 1);
    expect(document.problems).toEqual([
      { line: 5, column: 5, message: 'this list item is indented more than the one above it on line 4; start both - in the same column' },
      { line: 9, column: 4, message: 'this list item is indented more than the one above it on line 8; start both - in the same column' },
    ]);
    expect(document.damaged).toEqual(new Set(['list', 'more']));
    expect(document.data).toMatchObject({ title: 'A', other: 1, last: 3 });
  });

  it('damages entries of a list, as in the registries', () => {
    const document = new YamlDocument('- id: a\n  name: A\n- id: b\n   name: B\n- id: c\n');
    expect(document.problems).toHaveLength(1);
    expect(document.damaged).toEqual(new Set(['1']));
  });

  it('refuses an unknown tag, which Astro’s parser cannot read', () => {
    expect(new YamlDocument('a: !secret 1\n').problems).toEqual([{ line: 1, column: 4, message: 'the YAML tag !secret is not used in content; remove it' }]);
  });
});
